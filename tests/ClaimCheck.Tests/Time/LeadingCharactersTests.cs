using System.Text.RegularExpressions;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Time;

/// <summary>The guard put in front of a pattern: what it reads off the pattern, and that it never changes a match.</summary>
public class LeadingCharactersTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant;

    private static Regex Pattern(string text) => new(text, Options, TimeSpan.FromSeconds(1));

    [Test]
    public void A_pattern_behind_a_sentence_wide_lookahead_gets_its_first_letters_and_word_start_in_front()
    {
        var guarded = LeadingCharacters.Guarded(Pattern(@"(?:(?=.*?\b(?<frame>profit)\b)|)(?<![\w-])(?:a\s+year\s+ago|year-earlier)"));

        guarded.ShouldStartWith("(?=[" + @"\u0041\u0059\u0061\u0079" + @"\u0080-\uFFFF])(?<![\w-])(?:");
    }

    [TestCase(@"(?:daily)?\d*", "may match with nothing consumed")]
    [TestCase(@"\w+\s+ago", "begins with any letter and has no lookaround")]
    [TestCase(@"(?<w>\w+)\s+\k<w>", "begins with any letter and has no lookaround")]
    public void A_pattern_without_a_useful_guard_is_left_as_it_is(string pattern, string why) =>
        LeadingCharacters.Guarded(Pattern(pattern)).ShouldBe(pattern, why);

    [TestCase(@"(?<=(?<year>\d{4})\s)(?<![\w-])ago", @"(?<=(?<year>\d{4})\s)")]
    [TestCase(@"(?<![\w-]+)ago", @"(?<![\w-]+)")]
    [TestCase(@"(?-i)(?<![A-Z])may", @"(?<![A-Z])")]
    [TestCase(@"(?-i:(?<![A-Z])may)", @"(?<![A-Z])")]
    public void Lookarounds_that_capture_repeat_or_follow_changed_options_are_not_copied(string pattern, string lookaround)
    {
        var guarded = LeadingCharacters.Guarded(Pattern(pattern));

        guarded.ShouldEndWith("(?:" + pattern + ")");
        guarded[..^(pattern.Length + 4)].ShouldNotContain(lookaround);
    }

    [TestCase("k", "\u212A")]
    [TestCase("i", "I")]
    [TestCase("[a-c]", "B")]
    [TestCase(@"\d", "7")]
    public void The_first_characters_include_every_case_the_regex_engine_takes_as_equal(string atom, string text)
    {
        var guarded = new Regex(LeadingCharacters.Guarded(Pattern(atom + "x")), Options, TimeSpan.FromSeconds(1));

        guarded.IsMatch(text + "x").ShouldBeTrue();
    }

    [Test]
    public void Guarding_the_time_rules_finds_exactly_the_matches_of_the_unguarded_patterns()
    {
        var pack = TimeTestSupport.Pack;
        var sentences = TestSentences.Of(pack, gvaArticles: 100);
        var differences = new List<string>();
        var guardedRules = 0;
        foreach (var rule in pack.Time.Rules)
        {
            var original = StripGuard(rule.Pattern);
            if (original.ToString() == rule.Pattern.ToString())
            {
                continue;
            }

            guardedRules++;
            foreach (var sentence in sentences)
            {
                var expected = string.Join(";", original.Matches(sentence).Select(m => $"{m.Index}+{m.Length}"));
                var actual = string.Join(";", rule.Pattern.Matches(sentence).Select(m => $"{m.Index}+{m.Length}"));
                if (expected != actual)
                {
                    differences.Add($"{rule.Id}: '{sentence}' {expected} vs {actual}");
                }
            }
        }

        differences.ShouldBeEmpty();
        guardedRules.ShouldBeGreaterThan(pack.Time.Rules.Length / 2, "most time rules begin with few letters or a word-start test");
    }

    /// <summary>The pattern as the rule wrote it: what is inside the outer "(?:...)" after the guard.</summary>
    private static Regex StripGuard(Regex guarded)
    {
        var text = guarded.ToString();
        var wrapped = text.IndexOf("(?:", StringComparison.Ordinal);
        var unguarded = wrapped > 0 && text.EndsWith(')') && LeadingCharacters.Guarded(new Regex(text[(wrapped + 3)..^1], guarded.Options, guarded.MatchTimeout)) == text
            ? text[(wrapped + 3)..^1]
            : text;
        return new Regex(unguarded, guarded.Options, guarded.MatchTimeout);
    }
}
