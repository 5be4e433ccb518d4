using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Text;

public class TextRuleExampleTests
{
    private static readonly Lazy<RulePack> Pack = new(() => RulePack.Load(TestPaths.Rules));

    [Test]
    public void The_text_rules_load_without_diagnostics()
    {
        var diagnostics = Pack.Value.Diagnostics
            .Where(d => d.File.Contains("/text/", StringComparison.Ordinal))
            .Select(d => d.ToString())
            .ToList();

        diagnostics.ShouldBeEmpty(string.Join(Environment.NewLine, diagnostics));
    }

    [Test]
    public void Every_text_rule_and_check_has_positive_examples_and_every_removal_rule_a_negative_one()
    {
        var examples = Pack.Value.Text.Examples;
        foreach (var id in Pack.Value.Text.RuleIds)
        {
            examples.ShouldContain(e => e.RuleId == id && !e.IsNegative, $"{id} has no positive example");
            examples.ShouldContain(e => e.RuleId == id && e.IsNegative, $"{id} has no negative example");
        }

        examples.ShouldContain(e => e.RuleId == "text.sentences");
        examples.ShouldContain(e => e.RuleId == "text.tokens");
    }

    [Test]
    public void Every_text_example_passes()
    {
        var pipeline = new Pipeline(Pack.Value);
        var failures = Pack.Value.Text.Examples
            .Select(e => RuleTester.Run(pipeline, e))
            .Where(r => !r.Passed)
            .Select(r => r.Explain())
            .ToList();

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }
}
