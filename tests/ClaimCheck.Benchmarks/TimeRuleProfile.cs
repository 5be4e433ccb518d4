using System.Globalization;
using ClaimCheck.Corpus;
using ClaimCheck.Corpus.Import;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using ClaimCheck.Time.TimeMl;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// Where the time recognizer spends its time, rule by rule, over TimeBank or over the 300 GVA
/// articles of StageBenchmarks (news text, what users run; the two corpora differ): how many
/// sentences each rule's prefilter and requirement let through, how many matches the pattern found
/// there, and the time spent running the compiled pattern (best of several passes). The time of
/// the whole recognizer and of its one-pass prefilter is printed first, so the rules' share shows.
/// Not a BenchmarkDotNet benchmark: it answers "which rule to tighten next". Run:
/// dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- profile-time [timebank|gva]
/// </summary>
internal static class TimeRuleProfile
{
    private const int WholePasses = 20;

    public static void Run(string corpusName)
    {
        var root = Repository.Root();
        var rules = RulePack.Load(Path.Combine(root, "rules"));
        var documents = Documents(corpusName, root, rules);
        var sentences = documents
            .SelectMany(doc => doc.Sentences.Select(s => doc.Slice(s.Span)))
            .ToArray();
        var time = rules.Time.Rules;

        // Enough passes that every busy pattern is compiled (TieredRegex), as in a long run.
        var whole = Passes.Best(count: WholePasses, pass: () =>
        {
            foreach (var document in documents)
            {
                rules.Time.Recognize(document, new DiagnosticBag());
            }
        });
        var combined = new CombinedPrefilter([.. time.Select(r => LiteralPrefilter.Of(r.Pattern))]);
        var mayMatch = new bool[combined.Count];
        var prefilterMilliseconds = Passes.Best(() =>
        {
            foreach (var sentence in sentences)
            {
                combined.Test(sentence, mayMatch);
            }
        });

        var rows = new List<(string Id, int Passed, int Matched, double Milliseconds, double FilterMilliseconds)>();
        foreach (var rule in time)
        {
            var pattern = CompiledPatterns.Of(rule.Pattern);
            var requirement = rule.Requires is { } r ? CompiledPatterns.Of(r) : null;
            var prefilter = LiteralPrefilter.Of(rule.Pattern);
            var requirementFilter = rule.Requires is { } requires ? LiteralPrefilter.Of(requires) : null;
            var through = new List<string>();
            var filterMilliseconds = Passes.Best(() =>
            {
                through.Clear();
                foreach (var sentence in sentences)
                {
                    if ((prefilter?.MayMatch(sentence) ?? true)
                        && (requirement is null || ((requirementFilter?.MayMatch(sentence) ?? true) && requirement.IsMatch(sentence))))
                    {
                        through.Add(sentence);
                    }
                }
            });

            var matched = 0;
            var patternMilliseconds = Passes.Best(() =>
            {
                matched = 0;
                foreach (var sentence in through)
                {
                    // All matches, as the recognizer collects them: a pattern's cost is the whole scan.
                    for (var match = pattern.Match(sentence); match.Success; match = match.NextMatch())
                    {
                        matched++;
                    }
                }
            });

            rows.Add((rule.Id, through.Count, matched, patternMilliseconds, filterMilliseconds));
        }

        Console.WriteLine($"{corpusName}: {documents.Length} documents, {sentences.Length} sentences, {time.Length} rules; times are the best of {Passes.Default} passes ({WholePasses} for the whole recognizer)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whole recognizer {whole:0.00} ms; one-pass prefilter of the rules {prefilterMilliseconds:0.00} ms"));
        Console.WriteLine("filter ms: each rule's own prefilter and requirement over every sentence (the recognizer tests the prefilters in one pass)");
        Console.WriteLine($"{"rule",-40} {"passed",7} {"matched",7} {"pattern ms",10} {"filter ms",9}");
        foreach (var row in rows.OrderByDescending(r => r.Milliseconds))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Id,-40} {row.Passed,7} {row.Matched,7} {row.Milliseconds,10:0.00} {row.FilterMilliseconds,9:0.00}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total pattern ms {rows.Sum(r => r.Milliseconds):0.0}, filter ms {rows.Sum(r => r.FilterMilliseconds):0.0}"));
    }

    private static Document[] Documents(string corpusName, string root, RulePack rules)
    {
        var shared = Path.Combine(root, "..", "shared", "data");
        if (corpusName == "gva")
        {
            return [.. GvaImporter.ReadArticles(Path.Combine(shared, "gva", "articles.jsonl")).Articles.Take(300).Select(a => rules.Text.Clean(a))];
        }

        var corpus = TimeMlCorpus.Read([Path.Combine(shared, "timeml", "TBAQ-cleaned", "TimeBank")]);
        return [.. corpus.Documents.Select(d => rules.Text.Clean(new Article(d.Id, TimeMlAnnotator.Outlet, d.Created, d.Text, d.Path)))];
    }
}
