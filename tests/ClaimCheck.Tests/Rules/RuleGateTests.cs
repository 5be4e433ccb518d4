using System.Text.RegularExpressions;
using ClaimCheck.Corpus;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Rules;

public class RuleGateTests
{
    /// <summary>Exponential backtracking over a run of 'a' that does not end in 'b'.</summary>
    internal const string Catastrophic = "(?:a|aa)+b";

    internal static readonly string Runaway = new string('a', 40) + "c";

    private static readonly Article Article = new("gate-article", "outlet", RuleExample.DefaultReference, "text", "gate-article.md");

    private static Regex Pattern(string pattern, int timeoutMilliseconds = 1000) =>
        new(pattern, PatternCompiler.DefaultOptions, TimeSpan.FromMilliseconds(timeoutMilliseconds));

    private static GatedRule Rule(string id, string? pattern = null, Regex? requires = null, int line = 1, int column = 5) =>
        new(id, "rules/test/gate.yaml", line, column, pattern is null ? null : LiteralPrefilter.Of(Pattern(pattern)), requires);

    [Test]
    public void A_rule_whose_literals_are_not_in_the_sentence_is_closed()
    {
        var gate = new RuleGate([Rule("test.truce", pattern: @"ceasefire|truce"), Rule("test.any")]);
        var open = gate.For(Article, new DiagnosticBag());

        open.Sentence("The talks ended without result.", 0);
        open.IsOpen(0).ShouldBeFalse();
        open.IsOpen(1).ShouldBeTrue();

        open.Sentence("A TRUCE began at dawn.", 1);
        open.IsOpen(0).ShouldBeTrue();
    }

    [Test]
    public void A_rule_whose_requirement_does_not_match_the_sentence_is_closed()
    {
        var gate = new RuleGate([Rule("test.killed", requires: Pattern(@"\bkill(?:ed|ing)\b"))]);
        var open = gate.For(Article, new DiagnosticBag());

        open.Sentence("Twelve people were wounded.", 0);
        open.IsOpen(0).ShouldBeFalse();

        open.Sentence("Twelve people were killed.", 1);
        open.IsOpen(0).ShouldBeTrue();
    }

    [Test]
    public void A_requirement_shared_by_several_rules_runs_once_per_sentence()
    {
        // Equal requirements written in two rules are two Regex instances of one pattern.
        var gate = new RuleGate([
            Rule("test.first", requires: Pattern(@"\b(?:hours?|days?)\b")),
            Rule("test.second", requires: Pattern(@"\b(?:hours?|days?)\b")),
            Rule("test.other", requires: Pattern(@"\bweeks?\b")),
        ]);
        gate.RequirementCount.ShouldBe(2);
        var open = gate.For(Article, new DiagnosticBag());

        open.Sentence("It lasted four hours.", 0);
        open.RequirementRuns.ShouldBe(1, "the week requirement's literals are absent, so only the shared one runs");
        (open.IsOpen(0), open.IsOpen(1), open.IsOpen(2)).ShouldBe((true, true, false));

        open.Sentence("It lasted two days and a week.", 1);
        open.RequirementRuns.ShouldBe(3);
        (open.IsOpen(0), open.IsOpen(1), open.IsOpen(2)).ShouldBe((true, true, true));
    }

    [Test]
    public void A_requirement_that_times_out_is_reported_once_naming_the_first_rule_and_closes_the_rules_that_share_it()
    {
        var gate = new RuleGate([
            Rule("test.plain"),
            Rule("test.slow", requires: Pattern(Catastrophic, timeoutMilliseconds: 1), line: 7, column: 9),
            Rule("test.slow-too", requires: Pattern(Catastrophic, timeoutMilliseconds: 1), line: 12),
        ]);
        var diagnostics = new DiagnosticBag();
        var open = gate.For(Article, diagnostics);

        open.Sentence(Runaway, 2);

        (open.IsOpen(0), open.IsOpen(1), open.IsOpen(2)).ShouldBe((true, false, false));
        var timeout = diagnostics.ToImmutable().ShouldHaveSingleItem();
        timeout.Code.ShouldBe(DiagnosticCodes.RegexTimeout);
        (timeout.File, timeout.Line, timeout.Column).ShouldBe(("rules/test/gate.yaml", 7, 9));
        timeout.Message.ShouldContain("rule 'test.slow'");
        timeout.Message.ShouldContain("'requires'");
        timeout.Message.ShouldContain("sentence 3 of gate-article.md (article 'gate-article')");

        open.Sentence("aab", 3);
        (open.IsOpen(1), open.IsOpen(2)).ShouldBe((true, true), "a timeout closes the rules for its sentence only");
    }

    [Test]
    public void A_pattern_that_times_out_is_reported_and_closes_its_rule_for_the_sentence()
    {
        var gate = new RuleGate([Rule("test.slow", line: 3), Rule("test.plain")]);
        var diagnostics = new DiagnosticBag();
        var open = gate.For(Article, diagnostics);
        var slow = Pattern(Catastrophic, timeoutMilliseconds: 1);
        open.Sentence(Runaway, 0);

        open.Run(0, (Pattern: slow, Text: Runaway), static s => s.Pattern.IsMatch(s.Text)).ShouldBeFalse();
        open.IsOpen(0).ShouldBeFalse();
        open.Run(0, 0, static _ => Assert.Fail("a closed rule is not run")).ShouldBeFalse();
        open.Run(1, 0, static _ => { }).ShouldBeTrue();

        var timeout = diagnostics.ToImmutable().ShouldHaveSingleItem();
        (timeout.Code, timeout.Line).ShouldBe((DiagnosticCodes.RegexTimeout, 3));
        timeout.Message.ShouldContain("rule 'test.slow'");
        timeout.Message.ShouldNotContain("'requires'");
    }

    [Test]
    public void A_time_rule_is_gated_by_the_literals_of_its_pattern_read_once_before_the_leading_guard()
    {
        static string Describe(LiteralPrefilter? prefilter) =>
            prefilter is null ? "none" : string.Join(" & ", prefilter.Sets.Select(set => string.Join('|', set)));

        var rules = Time.TimeTestSupport.Pack.Time.Rules;
        rules.ShouldNotBeEmpty();
        rules.Where(r => r.Prefilter is not null).ShouldNotBeEmpty();
        foreach (var rule in rules)
        {
            Describe(rule.Prefilter).ShouldBe(Describe(LiteralPrefilter.Of(rule.Pattern)), rule.Id);
        }
    }
}
