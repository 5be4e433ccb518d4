using ClaimCheck.Corpus;

namespace ClaimCheck.Rules;

/// <summary>The outcome of one rule example.</summary>
public sealed record ExampleResult(RuleExample Example, bool Passed, ImmutableArray<Observation> Observed)
{
    /// <summary>Why it failed, in words a rule author can act on.</summary>
    public string Explain()
    {
        var ex = Example;
        var wanted = ex.Expect is null
            ? "no match"
            : string.Join(", ", ex.Expect.Select(f => $"{f.Key}: {f.Value}"));
        var got = Observed.IsEmpty ? "nothing" : string.Join("; ", Observed.Select(o => o.ToString()));
        return $"{ex.RuleId} on \"{ex.Text}\" ({ex.Published:yyyy-MM-dd}): expected {wanted}; got {got}";
    }
}

/// <summary>
/// Runs every rule's examples through the real pipeline: a positive example passes when the rule
/// itself produced an observation with every expected field; a negative one when the rule produced nothing.
/// </summary>
public static class RuleTester
{
    public static ImmutableArray<ExampleResult> Run(RulePack pack) =>
        [.. pack.Examples.AsParallel().AsOrdered().Select(e => Run(new Pipeline(pack), e))];

    public static ExampleResult Run(Pipeline pipeline, RuleExample example)
    {
        var article = new Article("example", "example", example.Published, example.Text, example.File) { DateOrder = example.DateOrder };
        var observed = Checker.Extract(article, pipeline.Rules, new DiagnosticBag()).Observations
            .Where(o => o.RuleId == example.RuleId)
            .ToImmutableArray();
        var passed = example.Expect is null
            ? observed.IsEmpty
            : observed.Any(o => o.Satisfies(example.Expect));
        return new ExampleResult(example, passed, observed);
    }
}
