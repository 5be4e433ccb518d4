using System.Diagnostics;
using System.Globalization;
using ClaimCheck.Corpus;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using ClaimCheck.Time.TimeMl;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// Where the time recognizer spends its time on TimeBank, rule by rule: how many sentences each
/// rule's prefilter and requirement let through, how many matches the pattern found there, and the
/// time spent running the compiled pattern (best of several passes). Not a BenchmarkDotNet benchmark: it
/// answers "which rule to tighten next". Run:
/// dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- profile-time
/// </summary>
internal static class TimeRuleProfile
{
    private const int Passes = 5;

    public static void Run()
    {
        var root = Repository.Root();
        var rules = RulePack.Load(Path.Combine(root, "rules"));
        var corpus = TimeMlCorpus.Read([Path.Combine(root, "..", "shared", "data", "timeml", "TBAQ-cleaned", "TimeBank")]);
        var sentences = corpus.Documents
            .Select(d => rules.Text.Clean(new Article(d.Id, TimeMlAnnotator.Outlet, d.Created, d.Text, d.Path)))
            .SelectMany(doc => doc.Sentences.Select(s => doc.Slice(s.Span)))
            .ToArray();
        var time = rules.Time.Rules;
        var rows = new List<(string Id, int Passed, int Matched, double Milliseconds, double FilterMilliseconds)>();
        foreach (var rule in time)
        {
            var pattern = CompiledPatterns.Of(rule.Pattern);
            var prefilter = LiteralPrefilter.Of(rule.Pattern);
            var requirementFilter = rule.Requires is { } requires ? LiteralPrefilter.Of(requires) : null;
            var best = double.MaxValue;
            var bestFilter = double.MaxValue;
            int passed = 0, matched = 0;
            for (var pass = 0; pass < Passes; pass++)
            {
                passed = matched = 0;
                var filterClock = Stopwatch.StartNew();
                var through = new List<string>();
                foreach (var sentence in sentences)
                {
                    if ((prefilter?.MayMatch(sentence) ?? true)
                        && (rule.Requires is null || ((requirementFilter?.MayMatch(sentence) ?? true) && rule.Requires.IsMatch(sentence))))
                    {
                        through.Add(sentence);
                    }
                }

                bestFilter = Math.Min(bestFilter, filterClock.Elapsed.TotalMilliseconds);
                var clock = Stopwatch.StartNew();
                foreach (var sentence in through)
                {
                    passed++;
                    // All matches, as the recognizer collects them: a pattern's cost is the whole scan.
                    for (var match = pattern.Match(sentence); match.Success; match = match.NextMatch())
                    {
                        matched++;
                    }
                }

                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            }

            rows.Add((rule.Id, passed, matched, best, bestFilter));
        }

        Console.WriteLine($"{sentences.Length} sentences, {time.Length} rules; pattern ms and filter ms are the best of {Passes} passes");
        Console.WriteLine($"{"rule",-40} {"passed",7} {"matched",7} {"pattern ms",10} {"filter ms",9}");
        foreach (var row in rows.OrderByDescending(r => r.Milliseconds))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Id,-40} {row.Passed,7} {row.Matched,7} {row.Milliseconds,10:0.00} {row.FilterMilliseconds,9:0.00}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total pattern ms {rows.Sum(r => r.Milliseconds):0.0}, filter ms {rows.Sum(r => r.FilterMilliseconds):0.0}"));
    }
}
