using System.CommandLine;
using ClaimCheck.Reporting;
using ClaimCheck.Rules;

namespace ClaimCheck.Cli;

/// <summary><c>claimcheck rules lint|test|background [--rules DIR]</c>: validate the rule pack, run its examples, write its background table.</summary>
internal static class RulesCommand
{
    public static Option<string?> RulesOption() => new("--rules")
    {
        Description = "The rule pack folder (default: rules/ of the repository).",
        HelpName = "DIR",
    };

    public static Command Build(CliConsole console)
    {
        var lintRules = RulesOption();
        var lint = new Command("lint", "List every problem in the rule files as file(line,col): error CODE: message.") { lintRules };
        lint.SetAction(parsed => Lint(console, parsed.GetValue(lintRules)));

        var testRules = RulesOption();
        var test = new Command("test", "Run every rule's examples and list the ones that fail.") { testRules };
        test.SetAction(parsed => Test(console, parsed.GetValue(testRules)));

        return new Command("rules", "Work on the rule pack.") { lint, test, BackgroundCommand.Build(console) };
    }

    private static int Lint(CliConsole console, string? rules)
    {
        var pack = Workspace.LoadRules(console, rules);
        if (pack is null)
        {
            return ExitCodes.Stopped;
        }

        foreach (var diagnostic in pack.Diagnostics)
        {
            console.Out.WriteLine(diagnostic);
        }

        var errors = Workspace.Errors(pack.Diagnostics);
        var warnings = pack.Diagnostics.Length - errors;
        console.Out.WriteLine($"{ReportText.Plural(errors, "error")}, {ReportText.Plural(warnings, "warning")} in {console.Show(pack.Directory)}");
        return errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static int Test(CliConsole console, string? rules)
    {
        var pack = Workspace.LoadRules(console, rules);
        if (pack is null)
        {
            return ExitCodes.Stopped;
        }

        // A rule file that did not load has examples that never ran: that is a failure too.
        var loadErrors = pack.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        console.Report(loadErrors);

        var results = RuleTester.Run(pack);
        var failed = results.Where(r => !r.Passed).ToList();
        foreach (var result in failed)
        {
            console.Out.WriteLine($"{result.Example.File}({result.Example.Line}): FAILED {result.Explain()}");
        }

        var closing = $"{results.Length - failed.Count} passed, {failed.Count} failed";
        console.Out.WriteLine(loadErrors.Count == 0 ? closing : $"{closing}; {ReportText.Plural(loadErrors.Count, "rule error")} kept some rules from loading");
        return failed.Count > 0 || loadErrors.Count > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }
}
