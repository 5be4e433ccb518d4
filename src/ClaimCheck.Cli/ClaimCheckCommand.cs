using System.CommandLine;
using System.CommandLine.Invocation;

namespace ClaimCheck.Cli;

/// <summary>The <c>claimcheck</c> command tree: check, extract, rules lint|test, import fakes|gva, timeml, eval timeml.</summary>
internal static class ClaimCheckCommand
{
    /// <summary>With any command: a failure of ClaimCheck itself prints its stack trace too.</summary>
    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "On a failure of ClaimCheck itself (exit code 3), print the stack trace.",
        Recursive = true,
    };

    public static RootCommand Build(CliConsole console, CheckEngine engine) =>
        new($"ClaimCheck: compare what news outlets claim about the same events.\n\n{ExitCodes.Help}")
        {
            Verbose,
            CheckCommand.Build(console, engine),
            ExtractCommand.Build(console, engine),
            RulesCommand.Build(console),
            ImportCommand.Build(console),
            TimeMlCommand.Build(console),
            EvalCommand.Build(console),
        };

    /// <summary>
    /// Parses and runs one command line. Usage errors (unknown options, missing arguments) exit
    /// with <see cref="ExitCodes.Stopped"/>, not System.CommandLine's default of 1, which here
    /// means "findings"; an exception that escapes a command exits with <see cref="ExitCodes.Failure"/>.
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

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // No input should get here: bad input is a diagnostic. So this is a bug, and its exit
            // code must not read as a verdict on the articles (1) or on the input (2).
            var verbose = parsed.GetValue(Verbose);
            var failure = $"error: ClaimCheck failed ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}); this is a bug, not a finding";
            console.Error.WriteLine(verbose ? failure : $"{failure} (--verbose prints the stack trace)");
            if (verbose)
            {
                console.Error.WriteLine(e);
            }

            return ExitCodes.Failure;
        }
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
