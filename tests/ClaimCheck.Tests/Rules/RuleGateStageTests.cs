using ClaimCheck.Claims;
using ClaimCheck.Corpus;
using ClaimCheck.Numbers;
using ClaimCheck.Rules;
using ClaimCheck.Tests.Time;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Rules;

/// <summary>
/// Each recognizer reads its rules through the one gate: a catastrophic <c>requires</c> (the real
/// match timeout, over a run of 'a' that backtracks exponentially) gives exactly one CC0201 naming
/// the rule, and the other rules still find what they find in the same sentence.
/// </summary>
public class RuleGateStageTests
{
    private static readonly string Runaway = RuleGateTests.Runaway;

    private static Article Article(string text) => new("slow", "outlet", RuleExample.DefaultReference, text, "slow.md");

    private static RuleFile Parse(string path, string yaml, DiagnosticBag diagnostics) =>
        RuleFile.Parse(path, yaml, diagnostics).ShouldNotBeNull();

    private static void ShouldBeOneRequirementTimeout(DiagnosticBag diagnostics, string file, int line, string ruleId)
    {
        var timeout = diagnostics.ToImmutable().ShouldHaveSingleItem();
        timeout.Code.ShouldBe(DiagnosticCodes.RegexTimeout);
        (timeout.File, timeout.Line).ShouldBe((file, line));
        timeout.Column.ShouldBeGreaterThan(1);
        timeout.Message.ShouldContain($"rule '{ruleId}'");
        timeout.Message.ShouldContain("'requires'");
        timeout.Message.ShouldContain("article 'slow'");
    }

    [Test]
    public void Time_reports_a_requirement_that_times_out_and_skips_its_rule()
    {
        var loading = new DiagnosticBag();
        var recognizer = TimeTestSupport.LoadWith(loading, ("time/slow.yaml", $"""
            rules:
              - id: time.test-year
                type: date
                pattern: '(?<year>{"{year}"})'
                examples:
                  - text: in 2011
                    expect: {"{ value: '2011' }"}
              - id: time.test-gated-year
                type: date
                pattern: 'year\s+(?<year>{"{year}"})'
                requires: '{RuleGateTests.Catastrophic}'
                examples:
                  - text: the year 2011 aab
                    expect: {"{ value: '2011' }"}
            """));
        loading.ToImmutable().ShouldBeEmpty();

        var diagnostics = new DiagnosticBag();
        var mentions = TimeTestSupport.Recognize(recognizer, Article($"In the year 2011 {Runaway}"), diagnostics);

        ShouldBeOneRequirementTimeout(diagnostics, "time/slow.yaml", 10, "time.test-gated-year");
        mentions.ShouldHaveSingleItem().RuleId.ShouldBe("time.test-year");
    }

    [Test]
    public void Numbers_report_a_requirement_that_times_out_and_skip_its_rule()
    {
        var loading = new DiagnosticBag();
        var recognizer = NumberRecognizer.Load([Parse("rules/numbers/slow.yaml", $"""
            rules:
              - id: numbers.gated
                pattern: '(?<number>\d+)\s+more'
                requires: '{RuleGateTests.Catastrophic}'
              - id: numbers.plain
                pattern: '(?<number>\d+)\s+more'
            """, loading)], loading);

        var diagnostics = new DiagnosticBag();
        var mentions = recognizer.Recognize(TimeTestSupport.Pack.Text.Clean(Article($"then 20 more {Runaway}")), diagnostics);

        ShouldBeOneRequirementTimeout(diagnostics, "rules/numbers/slow.yaml", 3, "numbers.gated");
        mentions.ShouldHaveSingleItem().RuleId.ShouldBe("numbers.plain");
    }

    [Test]
    public void Claims_report_a_requirement_shared_by_two_rules_once_and_skip_both()
    {
        var loading = new DiagnosticBag();
        var rules = ClaimRules.Load([Parse("rules/claims/slow.yaml", $"""
            rules:
              - id: claims.test.gated-killed
                event: casualties
                slot: casualties.killed
                value: count
                pattern: '{"{count}"}\s+(?:people\s+)?were\s+killed'
                requires: '{RuleGateTests.Catastrophic}'
              - id: claims.test.gated-dead
                event: casualties
                slot: casualties.dead
                value: count
                pattern: '{"{count}"}\s+(?:people\s+)?were\s+killed'
                requires: '{RuleGateTests.Catastrophic}'
              - id: claims.test.plain
                event: casualties
                slot: casualties.plain
                value: count
                pattern: '{"{count}"}\s+(?:people\s+)?were\s+killed'
            """, loading)], [], [], loading);
        loading.ToImmutable().Where(d => d.Code != DiagnosticCodes.NoExamples).ShouldBeEmpty();
        var analysis = new Pipeline(TimeTestSupport.Pack).Analyze(Article($"Police said 12 people were killed {Runaway}."), new DiagnosticBag());

        var diagnostics = new DiagnosticBag();
        var claims = ClaimExtractor.Extract(analysis, [], rules, diagnostics);

        ShouldBeOneRequirementTimeout(diagnostics, "rules/claims/slow.yaml", 2, "claims.test.gated-killed");
        claims.Where(c => c.RuleId.StartsWith("claims.test.", StringComparison.Ordinal)).ShouldHaveSingleItem().RuleId.ShouldBe("claims.test.plain");
    }
}
