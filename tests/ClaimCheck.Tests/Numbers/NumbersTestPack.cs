using System.Collections.Immutable;
using ClaimCheck.Corpus;
using ClaimCheck.Numbers;
using ClaimCheck.Rules;

namespace ClaimCheck.Tests.Numbers;

/// <summary>The default rule pack, loaded once for the Numbers tests, and a way to read one text with it.</summary>
internal static class NumbersTestPack
{
    private static readonly Lazy<RulePack> Loaded = new(() => RulePack.Load(TestPaths.Rules));

    public static RulePack Pack => Loaded.Value;

    public static ImmutableArray<QuantityMention> Read(string text, DiagnosticBag? diagnostics = null)
    {
        var article = new Article("test", "test", RuleExample.DefaultReference, text, "test.md");
        return new Pipeline(Pack).Analyze(article, diagnostics ?? new DiagnosticBag()).Quantities;
    }
}
