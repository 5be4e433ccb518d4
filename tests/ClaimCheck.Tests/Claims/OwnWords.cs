using ClaimCheck.Corpus;
using ClaimCheck.Reporting;
using ClaimCheck.Rules;

namespace ClaimCheck.Tests.Claims;

/// <summary>Articles written in the project's own words, checked with the shipped rules.</summary>
internal static class OwnWords
{
    private static readonly Lazy<RulePack> LazyPack = new(() => RulePack.Load(TestPaths.Rules, "rules"));

    public static RulePack Pack => LazyPack.Value;

    public static Article Article(string id, string text, DateOnly? published = null) =>
        new(id, $"{id} News", published ?? new DateOnly(2016, 4, 28), text, $"{id}.md");

    public static Report Check(params Article[] articles) =>
        Checker.Check(new CorpusLoadResult([.. articles], []), Pack);
}
