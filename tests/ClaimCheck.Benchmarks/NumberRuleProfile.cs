using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCheck.Numbers;
using ClaimCheck.Rules;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// Where the number recognizer spends its time on the 300 GVA articles of StageBenchmarks, rule by
/// rule: how many sentences with a number the recognizer's gate opens to each rule (its literals and
/// `requires`), how many anchors it was tried at and matched, the time spent running the compiled
/// pattern at those anchors, and the time spent reading the matches into quantities (best of
/// several passes). Not a BenchmarkDotNet benchmark: it answers "which rule to tighten next". Run:
/// dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- profile-numbers
/// </summary>
internal static class NumberRuleProfile
{
    public static void Run()
    {
        var root = Repository.Root();
        var rules = RulePack.Load(Path.Combine(root, "rules"));
        var documents = BenchmarkCorpora.Documents("gva", root, rules);
        var numbers = rules.Numbers;
        var anchors = new Dictionary<(int Document, int Sentence), int[]>();
        var found = new List<int>();
        var anchorMilliseconds = Passes.Best(() =>
        {
            anchors.Clear();
            for (var d = 0; d < documents.Length; d++)
            {
                foreach (var sentence in documents[d].Sentences)
                {
                    found.Clear();
                    numbers.Lexicon.FindAnchors(documents[d].Slice(sentence.Span), found);
                    if (found.Count > 0)
                    {
                        anchors[(d, sentence.Index)] = [.. found];
                    }
                }
            }
        });

        var gate = GateProfile.Of(numbers.Gate, documents, (d, sentence) => anchors.ContainsKey((d, sentence.Index)));
        var rows = new List<Row>();
        for (var r = 0; r < numbers.Rules.Length; r++)
        {
            var through = gate.Opened[r].Select(at => (documents[at.Document].Slice(documents[at.Document].Sentences[at.Sentence].Span), anchors[at])).ToList();
            rows.Add(Profile(numbers.Rules[r], through, numbers.Lexicon));
        }

        var whole = Passes.Best(() =>
        {
            foreach (var document in documents)
            {
                numbers.Recognize(document, new DiagnosticBag());
            }
        });

        Console.WriteLine($"{documents.Sum(d => d.Sentences.Length)} sentences, {anchors.Count} with a number ({anchors.Values.Sum(a => a.Length)} anchors), {numbers.Rules.Length} rules; times are the best of {Passes.Default} passes");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"finding anchors {anchorMilliseconds:0.00} ms; the gate of the rules {gate.Milliseconds:0.00} ms ({gate.RequirementRuns} requirement runs); whole recognizer {whole:0.00} ms"));
        Console.WriteLine($"{"rule",-24} {"passed",7} {"tried",7} {"matched",7} {"pattern ms",10} {"read ms",8}");
        foreach (var row in rows.OrderByDescending(r => r.PatternMilliseconds))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Id,-24} {row.Passed,7} {row.Tried,7} {row.Matched,7} {row.PatternMilliseconds,10:0.00} {row.ReadMilliseconds,8:0.00}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total pattern ms {rows.Sum(r => r.PatternMilliseconds):0.0}, read ms {rows.Sum(r => r.ReadMilliseconds):0.0}"));
    }

    private static Row Profile(NumberRule rule, List<(string Text, int[] Anchors)> through, NumberLexicon lexicon)
    {
        var pattern = CompiledPatterns.Of(rule.Pattern);
        var first = LiteralPrefilter.Start(rule.Pattern)?.First;
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

        return new Row(rule.Id, through.Count, through.Sum(t => t.Anchors.Length), matches.Count, patternMilliseconds, readMilliseconds);
    }

    private sealed record Row(string Id, int Passed, int Tried, int Matched, double PatternMilliseconds, double ReadMilliseconds);
}
