using ClaimCheck.Rules;
using Spectre.Console;

namespace ClaimCheck.Cli;

/// <summary>
/// Where a command writes and from where it resolves paths. Commands take it explicitly so that
/// tests can capture output without touching the process console or Spectre's terminal detection.
/// </summary>
internal sealed class CliConsole
{
    private const int UnwrappedWidth = 4096;

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

    /// <summary>Diagnostics go to <see cref="Error"/>, one a line; they never stop a command on their own.</summary>
    public void Report(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Error.WriteLine(diagnostic);
        }
    }

    public string WorkingDirectory { get; }

    /// <summary>The process console: colours and width when it is a terminal.</summary>
    public static CliConsole FromProcess() =>
        new(Console.Out, Console.Error, Directory.GetCurrentDirectory(), terminal: true);

    /// <summary>
    /// A Spectre console over one of the writers: colours and the terminal's width on an
    /// interactive terminal; otherwise plain text that is never wrapped, so logs and pipes get
    /// one line per line.
    /// </summary>
    public IAnsiConsole Human(TextWriter writer)
    {
        var onTerminal = terminal && IsTerminal(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = onTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = onTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!onTerminal)
        {
            console.Profile.Width = UnwrappedWidth;
        }

        return console;
    }

    private static bool IsTerminal(TextWriter writer) =>
        (writer == Console.Out && !Console.IsOutputRedirected) || (writer == Console.Error && !Console.IsErrorRedirected);

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
