using System.Text.RegularExpressions;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Rules;

public class PatternCompilerTests
{
    private static readonly string[] Phrases =
        ["members", "least", "at", "family members", "soldier", "at least", "police", "soldiers", "police officers", "family"];

    [Test]
    public void Fragments_expand_recursively_and_quantifier_braces_are_left_alone()
    {
        var compiler = new PatternCompiler([new("digit", "[0-9]"), new("year", "{digit}{4}")]);
        compiler.Expand("in (?<year>{year})", [], out var unknown).ShouldBe("in (?<year>(?:(?:[0-9]){4}))");
        unknown.ShouldBeNull();
    }

    [Test]
    public void A_cycle_between_fragments_is_reported_as_unknown_not_a_stack_overflow()
    {
        var compiler = new PatternCompiler([new("a", "{b}"), new("b", "{a}")]);
        compiler.Expand("{a}", [], out var unknown);
        unknown.ShouldNotBeNull();
    }

    [TestCase(@"\p{L}+{digit}", @"\p{L}+(?:[0-9])")]
    [TestCase(@"\P{Lu}", @"\P{Lu}")]
    [TestCase(@"\\p{digit}", @"\\p(?:[0-9])")]
    public void Unicode_categories_are_not_fragment_references(string pattern, string expanded)
    {
        var compiler = new PatternCompiler([new("digit", "[0-9]"), new("L", "x"), new("Lu", "y")]);
        compiler.Expand(pattern, [], out var unknown).ShouldBe(expanded);
        unknown.ShouldBeNull();
    }

    [TestCase("soldiers at the gate", "soldiers")]
    [TestCase("at least forty", "at least")]
    [TestCase("Family  Members said", "family  members")]
    [TestCase("police officers", "police officers")]
    public void An_alternation_matches_the_longest_phrase_read_forwards(string text, string longest)
    {
        var alternation = PatternCompiler.Alternation(Phrases);
        var match = new Regex(@"\A(?<w>" + alternation + ")", PatternCompiler.DefaultOptions).Match(text);
        match.Groups["w"].Value.ToLowerInvariant().ShouldBe(longest);
    }

    [TestCase("killed at least", "at least")]
    [TestCase("the family members", "family members")]
    [TestCase("fifty soldiers", "soldiers")]
    public void An_alternation_matches_the_longest_phrase_read_backwards_in_a_lookbehind(string text, string longest)
    {
        var alternation = PatternCompiler.Alternation(Phrases);
        var match = new Regex(@"(?<=\b(?<w>" + alternation + @"))\z", PatternCompiler.DefaultOptions).Match(text);
        match.Groups["w"].Value.ShouldBe(longest);
    }

    [Test]
    public void An_alternation_lists_phrases_with_a_common_beginning_side_by_side() =>
        PatternCompiler.Alternation(["soldier", "at", "least", "soldiers", "at least", "sb"])
            .ShouldBe(@"(?:soldiers|soldier|sb|at\s+least|least|at)");

    [TestCase("(?<n>a)(?:b)", false)]
    [TestCase("(a)", true)]
    [TestCase(@"\(a\)", false)]
    [TestCase("[(]a", false)]
    public void Unnamed_groups_are_detected(string pattern, bool unnamed) =>
        PatternCompiler.HasUnnamedGroup(pattern).ShouldBe(unnamed);

    [Test]
    public void A_pattern_with_an_unnamed_group_compiles_with_a_CC0106_warning_at_its_position()
    {
        var diagnostics = new DiagnosticBag();
        var file = RuleFile.Parse("rules/claims/test.yaml", "rules:\n  - id: x\n    pattern: '(truce|ceasefire) began'\n", diagnostics)!;
        var rule = file.Root.Maps("rules")[0];

        new PatternCompiler([]).Compile(rule, "pattern").ShouldNotBeNull();

        var warning = diagnostics.ToImmutable().ShouldHaveSingleItem();
        warning.Code.ShouldBe(DiagnosticCodes.UnnamedGroup);
        warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
        (warning.File, warning.Line, warning.Column).ShouldBe(("rules/claims/test.yaml", 3, 14));
    }
}
