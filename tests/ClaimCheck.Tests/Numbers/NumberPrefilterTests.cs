using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Numbers;

/// <summary>The number recognizer skips a rule for a sentence without its literals: that must never lose a match.</summary>
public class NumberPrefilterTests
{
    [Test]
    public void No_number_rule_prefilter_turns_away_a_sentence_its_pattern_matches()
    {
        var pack = NumbersTestPack.Pack;
        var sentences = TestSentences.Of(pack, gvaArticles: 100);
        var turnedAway = new List<string>();
        var filtered = 0;
        foreach (var rule in pack.Numbers.Rules)
        {
            if (LiteralPrefilter.Of(rule.Pattern) is not { } prefilter)
            {
                continue;
            }

            filtered++;
            // The patterns are anchored (\G): try them at every word start of the sentences the prefilter rejects.
            var missed = sentences.Count(s => !prefilter.MayMatch(s) && Enumerable.Range(0, s.Length)
                .Any(i => char.IsLetterOrDigit(s[i]) && (i == 0 || !char.IsLetterOrDigit(s[i - 1])) && rule.Pattern.Match(s, i).Success));
            if (missed > 0)
            {
                turnedAway.Add($"{rule.Id}: {missed} sentence(s)");
            }
        }

        turnedAway.ShouldBeEmpty();
        filtered.ShouldBeGreaterThan(0, "some number rules need a literal word (a currency, a unit, a rate)");
    }
}
