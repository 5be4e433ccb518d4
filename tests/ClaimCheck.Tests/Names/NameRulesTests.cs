using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Names;

public class NameRulesTests
{
    private static readonly Lazy<RulePack> Pack = new(() => RulePack.Load(TestPaths.Rules));

    public static RulePack Rules => Pack.Value;

    [Test]
    public void The_names_rule_files_load_without_diagnostics()
    {
        var names = Rules.Diagnostics.Where(d => d.File.Contains("names", StringComparison.Ordinal)).Select(d => d.ToString()).ToList();
        names.ShouldBeEmpty(string.Join(Environment.NewLine, names));
    }

    [Test]
    public void Every_name_rule_is_on_and_has_positive_and_negative_examples()
    {
        var examples = Rules.Names.Examples;
        foreach (var id in ClaimCheck.Names.NameRuleIds.All)
        {
            examples.ShouldContain(e => e.RuleId == id && !e.IsNegative, $"{id} has no positive example");
            examples.ShouldContain(e => e.RuleId == id && e.IsNegative, $"{id} has no negative example");
        }
    }

    [Test]
    public void Every_name_rule_example_passes()
    {
        var pipeline = new Pipeline(Rules);
        var failures = Rules.Names.Examples
            .Select(e => RuleTester.Run(pipeline, e))
            .Where(r => !r.Passed)
            .Select(r => r.Explain())
            .ToList();
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }
}
