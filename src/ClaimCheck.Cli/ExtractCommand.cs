using ClaimCheck.Corpus;
using System.Collections.Immutable;
using System.CommandLine;
using System.Text;
using ClaimCheck.Reporting;
using ClaimCheck.Rules;

namespace ClaimCheck.Cli;

/// <summary>
/// <c>claimcheck extract FILE [--rules DIR] [--json]</c>: what the rules find in one article
/// (mentions and claims, each with span, text, rule and value), for rule authors.
/// </summary>
internal static class ExtractCommand
{
    public static Command Build(CliConsole console, CheckEngine engine)
    {
        var file = new Argument<string>("FILE") { Description = "The article file (Markdown or text, with optional front matter)." };
        var rules = RulesCommand.RulesOption();
        var json = new Option<bool>("--json") { Description = "Write JSON to stdout instead of tables." };
        var command = new Command("extract", "Show the mentions and claims the rules find in one article.") { file, rules, json };
        command.SetAction(parsed => Run(console, engine, parsed.GetValue(file)!, parsed.GetValue(rules), parsed.GetValue(json)));
        return command;
    }

    private static int Run(CliConsole console, CheckEngine engine, string file, string? rules, bool json)
    {
        var pack = Workspace.LoadRules(console, rules);
        if (pack is null)
        {
            return ExitCodes.Stopped;
        }

        var corpus = engine.LoadCorpus([file], console.WorkingDirectory, CorpusOptions.Default);
        foreach (var skipped in corpus.Skipped)
        {
            console.Error.WriteLine(skipped.Reason);
        }

        if (corpus.Articles.IsEmpty)
        {
            return console.Stop($"no article could be loaded from {file}");
        }

        var diagnostics = new DiagnosticBag();
        var extracted = corpus.Articles.Select(a => engine.Extract(a, pack, diagnostics)).ToList();
        var problems = pack.Diagnostics.AddRange(diagnostics.ToImmutable());
        if (json)
        {
            console.Out.Write(Encoding.UTF8.GetString(ExtractionListing.RenderJson(extracted, problems)));
            return ExitCodes.Success;
        }

        console.Report(problems);

        foreach (var article in extracted)
        {
            var a = article.Analysis.Article;
            console.Out.WriteLine($"{a.Id} ({a.Outlet}, {a.Published:yyyy-MM-dd}) from {a.SourcePath}");
            WriteRows(console.Out, "Mentions", ExtractionListing.Mentions(article));
            WriteRows(console.Out, "Claims", ExtractionListing.Claims(article));
        }

        return ExitCodes.Success;
    }

    /// <summary>One row a line, columns aligned, so the listing reads in a terminal and greps in a pipe.</summary>
    private static void WriteRows(TextWriter output, string title, ImmutableArray<ExtractionRow> rows)
    {
        output.WriteLine(rows.IsEmpty ? $"{title}: none" : $"{title}:");
        if (rows.IsEmpty)
        {
            return;
        }

        var kindWidth = rows.Max(r => r.Kind.Length);
        var spanWidth = rows.Max(r => r.Span.ToString().Length);
        var placeWidth = rows.Max(r => $"{r.Line}:{r.Column}".Length);
        var ruleWidth = rows.Max(r => r.Rule.Length);
        foreach (var row in rows)
        {
            var text = row.Text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
            output.WriteLine(
                $"  {row.Kind.PadRight(kindWidth)}  {row.Span.ToString().PadRight(spanWidth)}  {$"{row.Line}:{row.Column}".PadRight(placeWidth)}  " +
                $"{row.Rule.PadRight(ruleWidth)}  \u201c{text}\u201d  {row.Value}");
        }
    }
}
