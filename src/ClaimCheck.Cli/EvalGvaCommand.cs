using System.CommandLine;
using ClaimCheck.Alignment;
using ClaimCheck.Corpus.Import;
using ClaimCheck.Evaluation;
using ClaimCheck.Rules;

namespace ClaimCheck.Cli;

/// <summary>
/// <c>claimcheck eval gva DIR [--rules DIR] [--json] [--errors [--examples N]]</c>: runs ClaimCheck on the Gun Violence
/// Archive articles (DIR/articles.jsonl) and scores them against the incidents (DIR/incidents.jsonl).
/// Each section scores one kind of fact; a section is a name and a function from the data to its
/// figures and, where the section classifies its errors, their listing.
/// </summary>
internal static class EvalGvaCommand
{
    /// <summary>The GVA data, the rule pack, and the articles run once through the pipeline for every section.</summary>
    internal sealed record GvaData(GvaArticleImport Articles, GvaIncidentImport Incidents, RulePack Rules, IReadOnlyDictionary<string, ExtractedArticle> Extracted, int ExamplesPerClass, bool Errors);

    /// <summary>The sections, in the order they are written: counts (killed, injured), participant names, then story grouping against the incidents.</summary>
    private static readonly (string Name, Func<GvaData, (IEnumerable<EvaluationFigure> Figures, string? Errors)> Score)[] Sections =
    [
        ("counts", data => (GvaCountEvaluation.Run(data.Articles.Reports, data.Incidents.Incidents, data.Extracted).Figures, null)),
        ("names", Names),
        ("stories", data => (GvaStoryEvaluation.Score(data.Articles.Reports, Aligner.BuildStories([.. data.Extracted.Values], data.Rules.Claims.Policies.Stories)).Figures, null)),
    ];

    private static (IEnumerable<EvaluationFigure>, string?) Names(GvaData data)
    {
        var recognized = data.Extracted.ToDictionary(e => e.Key, e => e.Value.Analysis.Entities, StringComparer.Ordinal);
        var names = GvaNameEvaluation.Evaluate(data.Articles, data.Incidents, data.Rules, data.ExamplesPerClass, recognized);
        return (names.Figures, data.Errors ? names.RenderErrors() : null);
    }

    public static Command Build(CliConsole console)
    {
        var folder = new Argument<string>("DIR") { Description = "The folder holding articles.jsonl and incidents.jsonl." };
        var rules = RulesCommand.RulesOption();
        var json = new Option<bool>("--json") { Description = "Write the figures as JSON to stdout." };
        var (errors, examples) = EvalInput.ErrorOptions("of each section by class after its figures (text output)");
        var command = new Command("gva", "Score killed and injured counts, participant names and story grouping on the Gun Violence Archive news.") { folder, rules, json, errors, examples };
        command.SetAction(parsed => Run(console, parsed.GetValue(folder)!, parsed.GetValue(rules), parsed.GetValue(json), parsed.GetValue(errors), parsed.GetValue(examples)));
        return command;
    }

    private static int Run(CliConsole console, string given, string? rulesFolder, bool json, bool errors, int examplesPerClass)
    {
        var articlesPath = EvalInput.Resolve(console, given, "articles.jsonl");
        var incidentsPath = EvalInput.Resolve(console, Path.Combine(given, "incidents.jsonl"), "incidents.jsonl");
        if (articlesPath is null || incidentsPath is null)
        {
            return console.Stop($"'{given}' must be a folder holding articles.jsonl and incidents.jsonl");
        }

        var pack = Workspace.LoadReportedRules(console, rulesFolder);
        if (pack is null)
        {
            return ExitCodes.Stopped;
        }

        var articles = GvaImporter.ReadArticles(articlesPath);
        var incidents = GvaImporter.ReadIncidents(incidentsPath);
        console.Report([.. articles.Diagnostics, .. incidents.Diagnostics]);
        if (articles.Reports.IsEmpty || incidents.Incidents.IsEmpty)
        {
            return console.Stop($"no article or no incident could be read from {given}");
        }

        var extraction = new DiagnosticBag();
        var data = new GvaData(articles, incidents, pack, GvaCountEvaluation.Extract(articles.Reports, pack, extraction), examplesPerClass, errors && !json);
        console.Report(extraction.ToImmutable());

        var sections = Sections.Select(s => (s.Name, Result: s.Score(data))).ToList();
        if (json)
        {
            var all = sections.SelectMany(s => s.Result.Figures.Select(f => f with { Key = $"{s.Name}.{f.Key}" }));
            console.Out.Write(System.Text.Encoding.UTF8.GetString(EvaluationJson.Render(EvaluationJson.GvaSchema, all)));
            return ExitCodes.Success;
        }

        console.Out.WriteLine($"GVA: {data.Articles.Reports.Length} article reports of {data.Incidents.Incidents.Length} incidents");
        foreach (var (name, result) in sections)
        {
            console.Out.WriteLine($"{name}:");
            EvalInput.WriteFigures(console.Out, result.Figures);
            if (result.Errors is { } listing)
            {
                console.Out.WriteLine($"{name} errors:");
                console.Out.Write(listing);
            }
        }

        return ExitCodes.Success;
    }
}
