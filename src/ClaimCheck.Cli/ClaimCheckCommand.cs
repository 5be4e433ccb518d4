using System.CommandLine;
using System.CommandLine.Invocation;

namespace ClaimCheck.Cli;

/// <summary>The <c>claimcheck</c> command tree: check, extract, rules lint|test, import fakes|gva.</summary>
internal static class ClaimCheckCommand
{
    public static RootCommand Build(CliConsole console, CheckEngine engine) =>
        new("ClaimCheck: compare what news outlets claim about the same events.")
        {
            CheckCommand.Build(console, engine),
            ExtractCommand.Build(console, engine),
            RulesCommand.Build(console),
            ImportCommand.Build(console),
            EvalCommand.Build(console),
        };

    /// <summary>
    /// Parses and runs one command line. Usage errors (unknown options, missing arguments) exit
    /// with <see cref="ExitCodes.Stopped"/>, not System.CommandLine's default of 1, which here
    /// means "findings".
    /// </summary>
    public static int Run(IReadOnlyList<string> args, CliConsole console, CheckEngine? engine = null)
    {
        var parsed = Build(console, engine ?? CheckEngine.Library).Parse(args);
        if (parsed.Action is ParseErrorAction)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error.WriteLine($"error: {error.Message}");
            }

            console.Error.WriteLine($"Run '{UsageFor(parsed)} --help' for usage.");
            return ExitCodes.Stopped;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error });
    }

    private static string UsageFor(ParseResult parsed)
    {
        var names = new List<string>();
        for (var command = parsed.CommandResult; command is not null; command = command.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(command.Command.Name);
        }

        names.Reverse();
        names[0] = "claimcheck";
        return string.Join(' ', names);
    }
}
