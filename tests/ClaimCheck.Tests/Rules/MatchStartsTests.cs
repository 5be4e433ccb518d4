using System.Text.RegularExpressions;
using ClaimCheck.Claims;
using ClaimCheck.Corpus;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Rules;

/// <summary>The texts every match of a pattern begins with, and that a pattern run only there finds the matches the engine finds.</summary>
public class MatchStartsTests
{
    private static readonly Lazy<RulePack> Pack = new(() => RulePack.Load(TestPaths.Rules));

    private static Regex Rule(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [TestCase(@"\b(?:Talks|war)\b\s+\d+", new[] { "talks", "war" })]
    // The marker of a masked mention, a private-use character, is a text as a letter is.
    [TestCase("(?:\\bmagnitude[-\\s]+)?\uE005x", new[] { "magnitude", "\uE005" })]
    [TestCase(@"\b(?:the|a)\s+(?:end|close)", new[] { "a", "the" })]
    [TestCase(@"(?<=\bfor\s+)(?:days?|weeks?)\b", new[] { "day", "week" })]
    [TestCase(@"(?:cease-?fire|truce)\s+\d", new[] { "cease-fire", "ceasefire", "truce" })]
    [TestCase(@"(?:came\s+off|crash)\b", new[] { "came", "crash" })]
    public void Every_match_begins_with_one_of_the_texts(string pattern, string[] beginnings) =>
        LiteralPrefilter.BeginningsOf(Rule(pattern)).ShouldBe(beginnings);

    [TestCase(@"\w+ly")]
    [TestCase(@"(?:daily)?\s*\d+")]
    [TestCase(@"x?")]
    [TestCase(@"(?:x|\d)y")]
    [TestCase(@"\u00e9t\u00e9")]
    [TestCase(@"(?<w>\w+)\s+\k<w>")]
    public void A_pattern_that_may_begin_anywhere_has_no_beginnings(string pattern) =>
        LiteralPrefilter.BeginningsOf(Rule(pattern)).ShouldBeNull();

    [Test]
    public void A_look_alike_letter_is_scanned_as_the_engine_does()
    {
        // The Kelvin sign is a k to a case-insensitive regex, not to an ordinal search.
        var starts = new MatchStarts(Rule(@"\bkilometers?\b"));
        starts.Matches("5 \u212Ailometers and 3 kilometers").Select(m => m.Index).ShouldBe([2, 19]);
    }

    [Test]
    public void Every_claim_rule_finds_the_matches_of_its_pattern_in_every_masked_sample_sentence()
    {
        var pack = Pack.Value;
        var differences = new List<string>();
        var searched = 0;
        foreach (var article in CorpusLoader.Load([TestPaths.Samples]).Articles)
        {
            var analysis = new Pipeline(pack).Analyze(article, new DiagnosticBag());
            var mentions = analysis.Times.Cast<Mention>().Concat(analysis.Quantities).Concat(analysis.Entities).ToLookup(m => m.Sentence);
            foreach (var sentence in analysis.Document.Sentences)
            {
                var masked = MentionMask.Build(analysis.Document, sentence, mentions[sentence.Index]).Text;
                foreach (var rule in pack.Claims.Rules)
                {
                    var expected = rule.Pattern.Matches(masked).Select(Describe).ToList();
                    var found = rule.MatchesIn(masked).Select(Describe).ToList();
                    searched += LiteralPrefilter.BeginningsOf(rule.Pattern) is null ? 0 : 1;
                    if (!found.SequenceEqual(expected))
                    {
                        differences.Add($"{rule.Id} on '{masked}': [{string.Join("; ", found)}] instead of [{string.Join("; ", expected)}]");
                    }
                }
            }
        }

        differences.ShouldBeEmpty();
        searched.ShouldBeGreaterThan(0);
        pack.Claims.Rules.Count(r => LiteralPrefilter.BeginningsOf(r.Pattern) is not null).ShouldBeGreaterThan(pack.Claims.Rules.Length / 2, "most claim rules begin with a word or a mention");
    }

    [Test]
    public void Every_time_rule_and_requirement_finds_what_its_pattern_finds_in_every_sample_sentence()
    {
        var pack = Pack.Value;
        var patterns = pack.Time.Rules.Select(r => r.Pattern)
            .Concat(pack.Time.Rules.Select(r => r.Requires).OfType<Regex>())
            .Concat(pack.Claims.Rules.Select(r => r.Requires).OfType<Regex>())
            .Select(p => (Pattern: p, Starts: new MatchStarts(p)))
            .ToList();
        var sentences = CorpusLoader.Load([TestPaths.Samples]).Articles
            .Select(pack.Text.Clean)
            .SelectMany(d => d.Sentences.Select(s => d.Text.Substring(s.Span.Start, s.Span.Length)))
            .Append("at 9 A.M. on \u212Aaturday, a 6-year war");
        var differences = new List<string>();
        foreach (var sentence in sentences)
        {
            foreach (var (pattern, starts) in patterns)
            {
                var expected = pattern.Matches(sentence).Select(Describe).ToList();
                if (!starts.Matches(sentence).Select(Describe).SequenceEqual(expected) || starts.IsMatch(sentence) != pattern.IsMatch(sentence))
                {
                    differences.Add($"{pattern} on '{sentence}'");
                }
            }
        }

        differences.ShouldBeEmpty();
        patterns.Count(p => LiteralPrefilter.BeginningsOf(p.Pattern) is not null).ShouldBeGreaterThan(patterns.Count / 2, "most time rules and requirements begin with a word");
    }

    private static string Describe(Match match) =>
        $"{match.Index}+{match.Length} " + string.Join(",", match.Groups.Values.Where(g => g.Success).Select(g => $"{g.Name}={g.Index}+{g.Length}"));
}
