using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Numbers;

public class CasualtyClaimExampleTests
{
    [Test]
    public void Every_casualty_claim_rule_example_gives_what_it_expects()
    {
        var pipeline = new Pipeline(NumbersTestPack.Pack);
        var examples = NumbersTestPack.Pack.Examples
            .Where(e => e.RuleId.StartsWith("claims.casualties.", StringComparison.Ordinal) || e.RuleId.StartsWith("claims.displaced.", StringComparison.Ordinal))
            .ToList();
        examples.Count.ShouldBeGreaterThan(40);
        var failures = examples.Select(e => RuleTester.Run(pipeline, e)).Where(r => !r.Passed).Select(r => r.Explain()).ToList();
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }
}
