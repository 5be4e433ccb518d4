using System.CommandLine;
using System.Globalization;
using ClaimCheck.Rules;
using ClaimCheck.Time.TimeMl;

namespace ClaimCheck.Cli;

/// <summary><c>claimcheck eval timeml GOLD...</c>: annotate TimeML gold documents' text and score TempEval-3 style.</summary>
internal static class EvalTimeMlCommand
{
    public static Command Build(CliConsole console)
    {
        var gold = new Argument<string[]>("GOLD") { Description = "TimeML gold files, or folders searched for *.tml.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Write the figures as JSON to stdout." };
        var (errors, examples) = EvalInput.ErrorOptions("grouped by cause");
        var rules = RulesCommand.RulesOption();
        var command = new Command("timeml", "Annotate the gold TimeML documents' text and score TempEval-3 style (extent, type, value).") { gold, json, errors, examples, rules };
        command.SetAction(parsed => RunTimeMl(console, parsed.GetValue(gold)!, parsed.GetValue(json), parsed.GetValue(errors) ? parsed.GetValue(examples) : null, parsed.GetValue(rules)));
        return command;
    }

    private static int RunTimeMl(CliConsole console, string[] gold, bool json, int? examplesPerCause, string? rules)
    {
        var pack = Workspace.LoadReportedRules(console, rules);
        if (pack is null || TimeMlCommand.ReadCorpus(console, gold) is not { } corpus)
        {
            return ExitCodes.Stopped;
        }

        var diagnostics = new DiagnosticBag();
        var score = corpus.Evaluate(new TimeMlAnnotator(pack), diagnostics);
        console.Report(diagnostics.ToImmutable());

        if (json)
        {
            console.Out.Write(System.Text.Encoding.UTF8.GetString(TimeMlScoreJson.Render(score, examplesPerCause)));
            return ExitCodes.Success;
        }

        var o = console.Out;
        o.WriteLine($"documents {score.Documents}, gold TIMEX3 {score.Gold}, system TIMEX3 {score.System}, matched {score.Matched}, value right {score.ValueCorrect}");
        o.WriteLine($"strict extent   P {F(score.StrictPrecision)}  R {F(score.StrictRecall)}  F1 {F(score.StrictF1)}");
        o.WriteLine($"relaxed extent  P {F(score.RelaxedPrecision)}  R {F(score.RelaxedRecall)}  F1 {F(score.RelaxedF1)}");
        o.WriteLine($"type accuracy   {F(score.TypeAccuracy)}");
        o.WriteLine($"value accuracy  {F(score.ValueAccuracy)}");
        o.WriteLine($"value F1        {F(score.ValueF1)}");
        o.WriteLine($"gold audit      value F1 {F(score.ValueF1AnySpelling)} if gold spellings were TIMEX3's; {score.GoldWrongWeekday} gold dates not on the weekday their text names");
        if (examplesPerCause is { } count)
        {
            foreach (var group in score.ErrorsByCause())
            {
                o.WriteLine();
                o.WriteLine($"{group.Key}: {group.Count()}");
                foreach (var error in group.Take(count))
                {
                    o.WriteLine($"  {error.Document}: {Side(error.GoldText, error.Gold)} | {Side(error.SystemText, error.System)}");
                }
            }
        }

        return ExitCodes.Success;
    }

    private static string Side(string? text, Timex? timex) =>
        timex is null ? "-" : $"'{text}' {timex.Type} {timex.Value}{(timex.Mod is { } mod ? " " + mod : "")}";

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
