using ClaimCheck.Claims;
using ClaimCheck.Corpus;
using ClaimCheck.Reporting;
using ClaimCheck.Rules;

namespace ClaimCheck;

/// <summary>An article's mentions, quotes and claims, as <c>claimcheck extract</c> shows them.</summary>
public sealed record ExtractedArticle(AnalyzedArticle Analysis, ImmutableArray<QuoteMention> Quotes, ImmutableArray<Claim> Claims);

/// <summary>The whole check: extract every article, align, compare, and build the report. PLACEHOLDER until the stages land.</summary>
public static class Checker
{
    public static ExtractedArticle Extract(Article article, RulePack rules, DiagnosticBag diagnostics)
    {
        var analysis = new Pipeline(rules).Analyze(article, diagnostics);
        return new ExtractedArticle(analysis, [], []);
    }

    public static Report Check(CorpusLoadResult corpus, RulePack rules) =>
        new([], [], [], [], corpus.Skipped, rules.Diagnostics);
}
