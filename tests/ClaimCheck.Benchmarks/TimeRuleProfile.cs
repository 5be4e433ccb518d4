using System.Globalization;
using ClaimCheck.Rules;
using ClaimCheck.Time;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// Where the time recognizer spends its time, rule by rule, over TimeBank or over the 300 GVA
/// articles of StageBenchmarks (news text, what users run; the two corpora differ): how many
/// sentences the recognizer's gate opens to each rule (its literals and `requires`), how many
/// matches the pattern found there, and the time spent running the compiled pattern (best of
/// several passes). The time of the whole recognizer, of its gate and of the tense cues is printed
/// first, so the rules' share shows. Not a BenchmarkDotNet benchmark: it answers "which rule to
/// tighten next". Run:
/// dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- profile-time [timebank|gva]
/// </summary>
internal static class TimeRuleProfile
{
    private const int WholePasses = 20;

    public static void Run(string corpusName)
    {
        var root = Repository.Root();
        var rules = RulePack.Load(Path.Combine(root, "rules"));
        var documents = BenchmarkCorpora.Documents(corpusName, root, rules);
        var time = rules.Time.Rules;

        // Enough passes that every busy pattern is compiled (TieredRegex), as in a long run.
        var whole = Passes.Best(count: WholePasses, pass: () =>
        {
            foreach (var document in documents)
            {
                rules.Time.Recognize(document, new DiagnosticBag());
            }
        });
        var gate = GateProfile.Of(rules.Time.Gate, documents, static (_, _) => true);
        // The recognizer reads the tense cues only where a mention needs them; over every sentence
        // this is their upper bound, which no rule row shows (a cue pattern grown past what the JIT
        // optimizes once cost more than all the rules).
        var tenseMilliseconds = Passes.Best(() =>
        {
            foreach (var document in documents)
            {
                foreach (var sentence in document.Sentences)
                {
                    new TenseCues(rules.Time.Lexicon, TimeRecognizer.ScanText.Of(document.Text, sentence.Span), document.Article, sentence.Index, new DiagnosticBag()).At(sentence.Span);
                }
            }
        });

        var rows = new List<(string Id, int Passed, int Matched, double Milliseconds)>();
        for (var r = 0; r < time.Length; r++)
        {
            var pattern = CompiledPatterns.Of(time[r].Pattern);
            var through = gate.Opened[r].Select(at => documents[at.Document].Slice(documents[at.Document].Sentences[at.Sentence].Span)).ToList();
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

            rows.Add((time[r].Id, through.Count, matched, patternMilliseconds));
        }

        var sentences = documents.Sum(d => d.Sentences.Length);
        Console.WriteLine($"{corpusName}: {documents.Length} documents, {sentences} sentences, {time.Length} rules; times are the best of {Passes.Default} passes ({WholePasses} for the whole recognizer)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whole recognizer {whole:0.00} ms; the gate of the rules {gate.Milliseconds:0.00} ms ({gate.RequirementRuns} requirement runs)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tense cues over every sentence {tenseMilliseconds:0.00} ms ({rules.Time.Lexicon.TenseCues.Length} patterns)"));
        Console.WriteLine($"{"rule",-40} {"passed",7} {"matched",7} {"pattern ms",10}");
        foreach (var row in rows.OrderByDescending(r => r.Milliseconds))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Id,-40} {row.Passed,7} {row.Matched,7} {row.Milliseconds,10:0.00}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total pattern ms {rows.Sum(r => r.Milliseconds):0.0}"));
    }
}
