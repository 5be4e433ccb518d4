using System.Collections.Immutable;
using System.CommandLine;
using System.Text;
using ClaimCheck.Reporting;
using ClaimCheck.Rules;
using Spectre.Console;

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

        var corpus = engine.LoadCorpus([file]);
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

        foreach (var diagnostic in problems)
        {
            console.Error.WriteLine(diagnostic);
        }

        var human = console.Human(console.Out);
        foreach (var article in extracted)
        {
            var a = article.Analysis.Article;
            human.WriteLine($"{a.Id} ({a.Outlet}, {a.Published:yyyy-MM-dd}) from {a.SourcePath}");
            WriteRows(human, "Mentions", "Kind", ExtractionListing.Mentions(article));
            WriteRows(human, "Claims", "Slot", ExtractionListing.Claims(article));
        }

        return ExitCodes.Success;
    }

    private static void WriteRows(IAnsiConsole human, string title, string kindHeader, ImmutableArray<ExtractionRow> rows)
    {
        if (rows.IsEmpty)
        {
            human.WriteLine($"{title}: none");
            return;
        }

        var table = new Table { Title = new TableTitle(title) }
            .AddColumns(kindHeader, "Span", "Line:Col", "Text", "Rule", "Value");
        foreach (var row in rows)
        {
            table.AddRow(
                new Spectre.Console.Text(row.Kind),
                new Spectre.Console.Text(row.Span.ToString()),
                new Spectre.Console.Text($"{row.Line}:{row.Column}"),
                new Spectre.Console.Text(row.Text),
                new Spectre.Console.Text(row.Rule),
                new Spectre.Console.Text(row.Value));
        }

        human.Write(table);
    }
}
