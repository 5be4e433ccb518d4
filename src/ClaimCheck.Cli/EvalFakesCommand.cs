using System.CommandLine;
using ClaimCheck.Corpus.Import;
using ClaimCheck.Evaluation;
using ClaimCheck.Rules;

namespace ClaimCheck.Cli;

/// <summary>
/// <c>claimcheck eval fakes CSV [--rules DIR] [--json]</c>: runs ClaimCheck on the FA-KES articles
/// and scores its casualty counts, dates and places against the crowd annotations.
/// </summary>
internal static class EvalFakesCommand
{
    public static Command Build(CliConsole console)
    {
        var csv = new Argument<string>("CSV") { Description = "The FA-KES file fakes.csv (or its folder)." };
        var rules = RulesCommand.RulesOption();
        var json = new Option<bool>("--json") { Description = "Write the figures and every article's score as JSON to stdout." };
        var command = new Command("fakes", "Score casualty counts, dates and places on FA-KES.") { csv, rules, json };
        command.SetAction(parsed => Run(console, parsed.GetValue(csv)!, parsed.GetValue(rules), parsed.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, string given, string? rulesFolder, bool json)
    {
        var path = EvalInput.Resolve(console, given, "fakes.csv");
        if (path is null)
        {
            return console.Stop($"'{given}' does not exist");
        }

        var pack = Workspace.LoadReportedRules(console, rulesFolder);
        if (pack is null)
        {
            return ExitCodes.Stopped;
        }

        var import = FakesImporter.Read(path);
        console.Report(import.Diagnostics);
        if (import.Articles.IsEmpty)
        {
            return console.Stop($"no article could be read from {given}");
        }

        var extraction = new DiagnosticBag();
        var result = FakesEvaluation.Run(import, pack, extraction);
        console.Report(extraction.ToImmutable());
        if (json)
        {
            console.Out.Write(System.Text.Encoding.UTF8.GetString(EvaluationJson.Render(result)));
            return ExitCodes.Success;
        }

        console.Out.WriteLine($"FA-KES: {import.Articles.Length} articles, {import.Annotations.Length} annotations, {result.WithCivilians.Length} with a nonzero civilian count");
        EvalInput.WriteFigures(console.Out, result.Figures);
        var g = result.Groups;
        console.Out.WriteLine($"Stories: {g.Stories}; across outlets: {g.CrossOutlet} (death counts disagree in {g.Disagree}, update in {g.Updates}, agree in {g.Agree}, not compared in {g.NoComparedCounts}; {g.SameAnnotatedEvent} hold one annotated date and place)");
        return ExitCodes.Success;
    }
}
