using System.Text.RegularExpressions;
using ClaimCheck.Corpus;
using ClaimCheck.Rules;
using ClaimCheck.Time;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Time;

/// <summary>The literals read off a pattern, and that a prefilter never turns away a text its pattern matches.</summary>
public class LiteralPrefilterTests
{
    private static LiteralPrefilter? Of(string pattern) =>
        LiteralPrefilter.Of(new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));

    [TestCase(@"(?<![\w-])(?:daily|per\s+day)(?![\w-])", new[] { "daily", "per" })]
    [TestCase(@"(?<!\w)(?:every|each)\s+(?<unit>weeks?|fortnights?)", new[] { "each", "every" })]
    [TestCase(@"(?<unit>days?|hours?)\s+(?:ago|earlier)", new[] { "ago", "earlier" })]
    [TestCase(@"\b(?:Mon|Tues)day\b", new[] { "monday", "tuesday" })]
    [TestCase(@"(?<hour>\d+)\s*(?:a\.m\.|p\.m\.|am\b|pm\b)", new[] { "a.m.", "am", "p.m.", "pm" })]
    [TestCase(@"(?-i:May)\s+(?<day>\d+)", new[] { "may" })]
    [TestCase(@"(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?year", new[] { "year" })]
    [TestCase(@"(?:\d+\s+)+years", new[] { "years" })]
    public void Every_match_needs_one_of_the_literals(string pattern, string[] literals) =>
        Of(pattern)!.Literals.ShouldBe(literals);

    // A positive lookaround's content is in the text though no match consumes it; the most selective set comes first.
    [TestCase(@"\d+-(?:year|month)(?=\s+(?:war|conflict)\b)", new[] { "-month|-year", "conflict|war" })]
    [TestCase(@"(?<=\bfor\s+)\d+\s+hours", new[] { "hours", "for" })]
    [TestCase(@"days?(?=\s+later)", new[] { "later", "day" })]
    // What a negative or optional lookaround holds need not be in the text; a set that a kept one implies is left out.
    [TestCase(@"\d+\s+days(?!\s+ago)", new[] { "days" })]
    [TestCase(@"(?:a(?=\s+war))?\s*years", new[] { "years" })]
    [TestCase(@"(?<!\w)(?=years?)years", new[] { "years" })]
    public void Every_match_needs_one_literal_of_each_set(string pattern, string[] sets) =>
        Of(pattern)!.Sets.Select(set => string.Join('|', set)).ShouldBe(sets);

    [Test]
    public void A_text_must_hold_a_literal_of_every_set()
    {
        var prefilter = Of(@"\d+-year(?=\s+war)")!;
        prefilter.MayMatch("a 6-year war").ShouldBeTrue();
        prefilter.MayMatch("a 6-year-old boy").ShouldBeFalse();
        prefilter.MayMatch("the war").ShouldBeFalse();
    }

    [TestCase(@"(?<amount>\d+)\s+(?<unit>\w+)")]
    [TestCase(@"(?:daily)?\s*(?<n>\d+)")]
    [TestCase(@"(?:daily|\d+)")]
    [TestCase(@"(?<w>\w+)\s+\k<w>")]
    [TestCase(@"(?(x)a|b)")]
    [TestCase(@"(?x) daily # comment")]
    [TestCase(@"a|b")]
    public void A_pattern_without_a_required_literal_has_no_prefilter(string pattern) =>
        Of(pattern).ShouldBeNull();

    [Test]
    public void A_case_insensitive_look_alike_letter_is_let_through()
    {
        var prefilter = Of("kilometers")!;
        prefilter.MayMatch("5 \u212Ailometers").ShouldBeTrue();
        prefilter.MayMatch("5 miles").ShouldBeFalse();
        prefilter.MayMatch("5 KILOMETERS").ShouldBeTrue();
    }

    [Test]
    public void No_time_rule_prefilter_turns_away_a_sentence_its_pattern_matches()
    {
        var pack = TimeTestSupport.Pack;
        var sentences = TestSentences.Of(pack, gvaArticles: 300);
        var patterns = pack.Time.Rules.Select(r => (r.Id, r.Pattern))
            .Concat(pack.Time.Rules.Where(r => r.Requires is not null).Select(r => (r.Id + " requires", r.Requires!)));
        var turnedAway = new List<string>();
        var filtered = 0;
        foreach (var (id, pattern) in patterns)
        {
            if (LiteralPrefilter.Of(pattern) is not { } prefilter)
            {
                continue;
            }

            filtered++;
            TestContext.Out.WriteLine($"{id}: {string.Join(" | ", prefilter.Literals.Take(12))}{(prefilter.Literals.Length > 12 ? $" … ({prefilter.Literals.Length})" : "")}");
            var missed = sentences.Count(s => pattern.IsMatch(s) && !prefilter.MayMatch(s));
            if (missed > 0)
            {
                turnedAway.Add($"{id}: {missed} sentence(s)");
            }
        }

        turnedAway.ShouldBeEmpty();
        filtered.ShouldBeGreaterThan(pack.Time.Rules.Length / 2, "most time rules need some literal word");
    }

    [Test]
    public void The_combined_prefilter_says_what_each_prefilter_says_alone()
    {
        var pack = TimeTestSupport.Pack;
        var prefilters = pack.Time.Rules.Select(r => r.Pattern)
            .Concat(pack.Time.Rules.Select(r => r.Requires).OfType<Regex>())
            .Append(new Regex("kilometers|a[.]m[.]|day", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            .Append(new Regex(@"\d+-year(?=\s+war)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            .Select(LiteralPrefilter.Of)
            .ToList();
        var combined = new CombinedPrefilter(prefilters);
        var texts = CorpusLoader.Load([TestPaths.Samples]).Articles
            .Select(pack.Text.Clean)
            .SelectMany(d => d.Sentences.Select(s => d.Text.Substring(s.Span.Start, s.Span.Length)))
            .Concat(["", "5 \u212Ailometers", "at 9 A.M. TODAY", "Tuesday", "yesterday's", "no literal here", "a 6-year war", "a 6-year-old", "war"]);
        var differences = new List<string>();
        var mayMatch = new bool[combined.Count];
        foreach (var text in texts)
        {
            combined.Test(text, mayMatch);
            for (var i = 0; i < prefilters.Count; i++)
            {
                if (mayMatch[i] != (prefilters[i]?.MayMatch(text) ?? true))
                {
                    differences.Add($"prefilter {i} on '{text}': combined {mayMatch[i]}");
                }
            }
        }

        differences.ShouldBeEmpty();
        prefilters.Count(p => p is not null).ShouldBeGreaterThan(20);
    }
}
