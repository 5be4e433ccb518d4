using System.Collections.Immutable;
using ClaimCheck.Rules;
using ClaimCheck.Time;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Time;

/// <summary>
/// The recognizer over the five seed articles against rules/time/seeds.spec.yaml: every listed
/// expression found with its value, and nothing found that is not listed.
/// </summary>
public class SeedArticleTests
{
    private static IEnumerable<TestCaseData> Seeds()
    {
        var spec = ReadSpec();
        return spec.Select(s => new TestCaseData(s.Key, s.Value).SetName($"Seed_{s.Key}"));
    }

    [TestCaseSource(nameof(Seeds))]
    public void Every_time_expression_of_the_seed_article_is_found_with_its_value(string id, ImmutableArray<ImmutableSortedDictionary<string, string>> expected)
    {
        var article = TimeTestSupport.ReadSeed(TestPaths.RequireShared("corpus", "seeds", id + ".md"));
        var document = TimeTestSupport.Pack.Text.Clean(article);
        var diagnostics = new DiagnosticBag();
        var mentions = TimeTestSupport.Pack.Time.Recognize(document, diagnostics);
        var problems = diagnostics.ToImmutable().Select(d => d.ToString()).ToList();
        var claimed = new HashSet<TimeMention>();
        var cursor = 0;
        foreach (var fields in expected)
        {
            var text = fields["text"];
            var at = article.Text.IndexOf(text, cursor, StringComparison.Ordinal);
            if (at < 0)
            {
                problems.Add($"'{text}' is not in the article after offset {cursor}: the spec is out of order or wrong");
                continue;
            }

            cursor = at + text.Length;
            if (document.SentenceAt(at) is null)
            {
                continue;
            }

            var mention = mentions.FirstOrDefault(m => m.Span.Start == at && m.Span.Length == text.Length);
            if (mention is null)
            {
                var near = mentions.Where(m => m.Span.Overlaps(new(at, text.Length))).Select(m => $"'{m.Text}'");
                problems.Add($"'{text}' at {at}: not found{(near.Any() ? "; overlapping: " + string.Join(", ", near) : "")}");
                continue;
            }

            claimed.Add(mention);
            var observed = mention.Observe();
            var wrong = fields.Where(f => f.Value == "absent" ? observed.Fields.ContainsKey(f.Key) : !(observed.Fields.TryGetValue(f.Key, out var v) && v == f.Value)).ToList();
            if (wrong.Count > 0)
            {
                problems.Add($"'{text}' at {at}: expected {string.Join(", ", wrong.Select(w => $"{w.Key}: {w.Value}"))}; got {observed}");
            }
        }

        problems.AddRange(mentions.Where(m => !claimed.Contains(m)).Select(m => $"unexpected: {m.Observe()} at {m.Span.Start}"));
        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    [Test]
    public void The_spec_covers_all_five_seed_articles_and_the_key_expressions()
    {
        var spec = ReadSpec();
        spec.Keys.ShouldBe(["ibtimes-2016-04-28", "kcur-npr-2017-01-23", "npr-2013-09-13", "rferl-2016-10-15", "washexaminer-2016-04-28"], ignoreOrder: true);
        var phrases = spec.Values.SelectMany(v => v).Select(f => f["text"]).ToHashSet();
        string[] key = ["February 2016", "March", "the end of December", "last month", "three weeks ago", "a week ago", "Feb. 8", "October 17", "Thursday", "Wednesday", "Tuesday", "Monday", "more than four hours", "40-minute", "two days", "the last 48 hours", "every 25 minutes", "two and half years", "nearly six-year", "two-month-old", "later this month", "the coming days", "the near future", "today", "the start of next month"];
        key.Where(k => !phrases.Contains(k)).ShouldBeEmpty();
    }

    private static ImmutableSortedDictionary<string, ImmutableArray<ImmutableSortedDictionary<string, string>>> ReadSpec()
    {
        var diagnostics = new DiagnosticBag();
        var path = Path.Combine(TestPaths.Rules, "time", "seeds" + TimeRecognizer.SpecSuffix);
        var file = RuleFile.Parse(path, File.ReadAllText(path), diagnostics).ShouldNotBeNull();
        var seeds = file.Root.Map("seeds", required: true).ShouldNotBeNull();
        var result = seeds.Keys.ToImmutableSortedDictionary(
            id => id,
            id => seeds.Maps(id).Select(Fields).ToImmutableArray(),
            StringComparer.Ordinal);
        diagnostics.ToImmutable().ShouldBeEmpty();
        return result;
    }

    private static ImmutableSortedDictionary<string, string> Fields(YamlMap item) =>
        item.Keys.ToImmutableSortedDictionary(k => k, k => item.String(k) ?? "", StringComparer.Ordinal);
}
