using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Numbers;

public class NumberRuleExampleTests
{
    private static IEnumerable<RuleExample> NumberExamples =>
        NumbersTestPack.Pack.Examples.Where(e => e.RuleId.StartsWith("numbers.", StringComparison.Ordinal));

    [Test]
    public void The_numbers_rules_load_without_diagnostics() =>
        NumbersTestPack.Pack.Diagnostics
            .Where(d => d.File.Contains("numbers", StringComparison.Ordinal) && !IsExpectNoneQuirk(d))
            .Select(d => d.ToString())
            .ShouldBeEmpty();

    /// <summary>
    /// RuleExample.ReadAll asks for 'expect' as a mapping before reading it as the word 'none', which
    /// reports CC0108 for every negative example (the example itself is still read as negative).
    /// Reported to the lead; until the Rules infrastructure is fixed, only that message is tolerated.
    /// </summary>
    private static bool IsExpectNoneQuirk(Diagnostic d) =>
        d.Code == DiagnosticCodes.InvalidValue && d.Message == "'expect' must be a mapping of keys";

    [Test]
    public void Every_numbers_rule_example_gives_what_it_expects()
    {
        var pipeline = new Pipeline(NumbersTestPack.Pack);
        var failures = NumberExamples
            .Select(e => RuleTester.Run(pipeline, e))
            .Where(r => !r.Passed)
            .Select(r => r.Explain())
            .ToList();
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    [Test]
    public void Every_rule_has_positive_and_negative_examples_and_there_are_over_a_hundred()
    {
        var examples = NumberExamples.ToList();
        examples.Count.ShouldBeGreaterThan(100);
        foreach (var id in NumbersTestPack.Pack.Numbers.RuleIds)
        {
            examples.ShouldContain(e => e.RuleId == id && !e.IsNegative, $"{id} has no positive example");
            examples.ShouldContain(e => e.RuleId == id && e.IsNegative, $"{id} has no negative example");
        }
    }
}
