using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Rules;

public class PatternChunksTests
{
    [Test]
    public void A_long_alternation_is_cut_between_top_level_alternatives_in_order()
    {
        var words = Enumerable.Range(0, 200).Select(i => $"(?:w{i}|x{i})[|(]").ToList();
        var pieces = PatternChunks.Of(string.Join('|', words), ignoreWhitespace: false);

        pieces.Length.ShouldBeGreaterThan(1);
        pieces.ShouldAllBe(p => p.Length <= PatternChunks.MaxLength);
        string.Join('|', pieces).ShouldBe(string.Join('|', words));
    }

    [TestCase(@"a\|b|c", new[] { @"a\|b", "c" })]
    [TestCase(@"[|(]a|b", new[] { "[|(]a", "b" })]
    [TestCase(@"[]|]a|b", new[] { "[]|]a", "b" })]
    [TestCase("a # (x|\n|b", new[] { "a # (x|\n", "b" })]
    public void Escapes_classes_and_comments_hide_bars(string pattern, string[] alternatives)
    {
        // Far apart, so that each alternative is a piece of its own.
        var padded = alternatives.Select(a => a + new string(' ', PatternChunks.MaxLength)).ToArray();
        PatternChunks.Of(string.Join('|', padded), ignoreWhitespace: true).ShouldBe(padded);
    }

    [Test]
    public void An_inline_option_at_the_top_level_keeps_the_pattern_whole()
    {
        var pattern = "(?i)" + string.Join('|', Enumerable.Range(0, 200).Select(i => $"word{i}"));
        PatternChunks.Of(pattern, ignoreWhitespace: false).ShouldBe([pattern]);
    }
}
