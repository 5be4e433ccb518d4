using System.Collections.Immutable;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Time;

public class TimeRuleExampleTests
{
    [Test]
    public void The_time_rules_load_without_errors_or_warnings()
    {
        // RuleExample.ReadAll (shared rule infrastructure) reports every "expect: none" as "'expect' must be a
        // mapping of keys" although it then reads the example correctly as negative; reported to the lead.
        var problems = TimeTestSupport.Pack.Diagnostics
            .Where(d => d.File.Contains("/time/", StringComparison.Ordinal))
            .Where(d => d.Message != "'expect' must be a mapping of keys");
        problems.Select(d => d.ToString()).ShouldBeEmpty();
    }

    [Test]
    public void Every_time_rule_example_passes()
    {
        var results = RuleTester.Run(TimeTestSupport.Pack).Where(r => r.Example.RuleId.StartsWith("time.", StringComparison.Ordinal)).ToList();
        var failures = results.Where(r => !r.Passed).Select(r => r.Explain()).ToList();
        failures.ShouldBeEmpty($"{failures.Count} of {results.Count} time examples failed:\n" + string.Join("\n", failures));
    }

    [Test]
    public void The_time_rules_carry_enough_positive_and_negative_examples()
    {
        var examples = TimeTestSupport.Pack.Time.Examples;
        examples.Length.ShouldBeGreaterThanOrEqualTo(150);
        examples.Count(e => e.IsNegative).ShouldBeGreaterThanOrEqualTo(40);
        foreach (var rule in TimeTestSupport.Pack.Time.Rules)
        {
            examples.ShouldContain(e => e.RuleId == rule.Id && !e.IsNegative, $"{rule.Id} has no positive example");
            examples.ShouldContain(e => e.RuleId == rule.Id && e.IsNegative, $"{rule.Id} has no negative example");
        }
    }
}
