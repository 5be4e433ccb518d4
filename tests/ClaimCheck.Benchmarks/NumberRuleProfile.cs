using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCheck.Corpus.Import;
using ClaimCheck.Numbers;
using ClaimCheck.Rules;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// Where the number recognizer spends its time on the 300 GVA articles of StageBenchmarks, rule by
/// rule: how many sentences with a number each rule's prefilter and requirement let through, how
/// many anchors it was tried at and matched, the time spent running the compiled pattern at those
/// anchors, and the time spent reading the matches into quantities (best of several passes). Not a
/// BenchmarkDotNet benchmark: it answers "which rule to tighten next". Run:
/// dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- profile-numbers
/// </summary>
internal static class NumberRuleProfile
{
    public static void Run()
    {
        var root = Repository.Root();
        var rules = RulePack.Load(Path.Combine(root, "rules"));
        var articles = GvaImporter.ReadArticles(Path.Combine(root, "..", "shared", "data", "gva", "articles.jsonl")).Articles.Take(300);
        var documents = articles.Select(a => rules.Text.Clean(a)).ToArray();
        var sentences = documents
            .SelectMany(doc => doc.Sentences.Select(s => doc.Slice(s.Span)))
            .ToArray();
        var numbers = rules.Numbers;
        var anchored = new List<(string Text, int[] Anchors)>();
        var anchorMilliseconds = Passes.Best(() =>
        {
            anchored.Clear();
            var anchors = new List<int>();
            foreach (var sentence in sentences)
            {
                anchors.Clear();
                numbers.Lexicon.FindAnchors(sentence, anchors);
                if (anchors.Count > 0)
                {
                    anchored.Add((sentence, [.. anchors]));
                }
            }
        });

        var rows = new List<Row>();
        foreach (var rule in numbers.Rules)
        {
            rows.Add(Profile(rule, anchored, numbers.Lexicon));
        }

        var whole = Passes.Best(() =>
        {
            foreach (var document in documents)
            {
                numbers.Recognize(document, new DiagnosticBag());
            }
        });

        Console.WriteLine($"{sentences.Length} sentences, {anchored.Count} with a number ({anchored.Sum(a => a.Anchors.Length)} anchors), {numbers.Rules.Length} rules; times are the best of {Passes.Default} passes");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"finding anchors {anchorMilliseconds:0.00} ms; whole recognizer {whole:0.00} ms"));
        Console.WriteLine($"{"rule",-24} {"passed",7} {"tried",7} {"matched",7} {"filter ms",9} {"pattern ms",10} {"read ms",8}");
        foreach (var row in rows.OrderByDescending(r => r.PatternMilliseconds))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Id,-24} {row.Passed,7} {row.Tried,7} {row.Matched,7} {row.FilterMilliseconds,9:0.00} {row.PatternMilliseconds,10:0.00} {row.ReadMilliseconds,8:0.00}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total filter ms {rows.Sum(r => r.FilterMilliseconds):0.0}, pattern ms {rows.Sum(r => r.PatternMilliseconds):0.0}, read ms {rows.Sum(r => r.ReadMilliseconds):0.0}"));
    }

    private static Row Profile(NumberRule rule, List<(string Text, int[] Anchors)> anchored, NumberLexicon lexicon)
    {
        var pattern = CompiledPatterns.Of(rule.Pattern);
        var prefilter = LiteralPrefilter.Of(rule.Pattern);
        var requirementFilter = rule.Requires is { } requires ? LiteralPrefilter.Of(requires) : null;
        var requirement = rule.Requires is { } r ? CompiledPatterns.Of(r) : null;
        var first = LiteralPrefilter.Start(rule.Pattern)?.First;
        var through = new List<(string Text, int[] Anchors)>();
        var filterMilliseconds = Passes.Best(() =>
        {
            through.Clear();
            foreach (var sentence in anchored)
            {
                if ((prefilter?.MayMatch(sentence.Text) ?? true)
                    && (requirement is null || ((requirementFilter?.MayMatch(sentence.Text) ?? true) && requirement.IsMatch(sentence.Text))))
                {
                    through.Add(sentence);
                }
            }
        });

        var matches = new List<Match>();
        var patternMilliseconds = Passes.Best(() =>
        {
            matches.Clear();
            foreach (var (text, anchors) in through)
            {
                foreach (var anchor in anchors)
                {
                    if (NumberRecognizer.MayBeginWith(first, text[anchor]) && pattern.Match(text, anchor) is { Success: true } match)
                    {
                        matches.Add(match);
                    }
                }
            }
        });

        var readMilliseconds = Passes.Best(() =>
        {
            foreach (var match in matches)
            {
                rule.Interpret(match, lexicon);
            }
        });

        return new Row(rule.Id, through.Count, through.Sum(t => t.Anchors.Length), matches.Count, filterMilliseconds, patternMilliseconds, readMilliseconds);
    }

    private sealed record Row(string Id, int Passed, int Tried, int Matched, double FilterMilliseconds, double PatternMilliseconds, double ReadMilliseconds);
}
