using Spectre.Console;

namespace ClaimCheck.Cli;

/// <summary>
/// Where a command writes and from where it resolves paths. Commands take it explicitly so that
/// tests can capture output without touching the process console or Spectre's terminal detection.
/// </summary>
internal sealed class CliConsole
{
    private readonly bool terminal;

    public CliConsole(TextWriter output, TextWriter error, string workingDirectory, bool terminal = false)
    {
        Out = output;
        Error = error;
        WorkingDirectory = workingDirectory;
        this.terminal = terminal;
    }

    /// <summary>Command output: reports, listings, summaries.</summary>
    public TextWriter Out { get; }

    /// <summary>Errors, and anything that must not mix with machine-readable output on <see cref="Out"/>.</summary>
    public TextWriter Error { get; }

    public string WorkingDirectory { get; }

    /// <summary>The process console: colours and width when it is a terminal.</summary>
    public static CliConsole FromProcess() =>
        new(Console.Out, Console.Error, Directory.GetCurrentDirectory(), terminal: true);

    /// <summary>A Spectre console over one of the writers; plain text unless this is the process terminal.</summary>
    public IAnsiConsole Human(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
    });

    /// <summary>Reports an error that stops the run, and gives its exit code.</summary>
    public int Stop(string message)
    {
        Error.WriteLine($"error: {message}");
        return ExitCodes.Stopped;
    }

    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>A path as shown to the user: relative to the working directory when it lies below it.</summary>
    public string Show(string fullPath)
    {
        var relative = Path.GetRelativePath(WorkingDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative.Replace('\\', '/');
    }
}
