using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Rules;

/// <summary>The default rule pack as `claimcheck rules lint` and `rules test` see it.</summary>
public class RulePackTests
{
    private static readonly Lazy<RulePack> Pack = new(() => RulePack.Load(TestPaths.Rules, "rules"));

    [Test]
    public void The_default_rule_pack_lints_clean()
    {
        var errors = Pack.Value.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
        errors.ShouldBeEmpty(string.Join("\n", errors));
    }

    /// <summary>Claim rules, the generic frames and the concept lexicon's examples: what `claimcheck rules test` checks of them.</summary>
    [TestCase("claims.")]
    [TestCase("frames.")]
    [TestCase("concepts.")]
    public void Every_claim_rule_frame_and_concept_example_holds(string rules)
    {
        var failures = RuleTester.Run(Pack.Value)
            .Where(r => !r.Passed && r.Example.RuleId.StartsWith(rules, StringComparison.Ordinal))
            .Select(r => r.Explain())
            .ToArray();
        failures.ShouldBeEmpty(string.Join("\n", failures));
    }

    [Test]
    public void Every_claim_rule_has_a_positive_and_a_negative_example()
    {
        var byRule = Pack.Value.Claims.Examples.ToLookup(e => e.RuleId);
        foreach (var rule in Pack.Value.Claims.Rules)
        {
            byRule[rule.Id].ShouldContain(e => !e.IsNegative, $"{rule.Id} needs a positive example");
            byRule[rule.Id].ShouldContain(e => e.IsNegative, $"{rule.Id} needs a negative example");
        }
    }
}
