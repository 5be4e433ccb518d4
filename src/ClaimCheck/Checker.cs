using ClaimCheck.Alignment;
using ClaimCheck.Claims;
using ClaimCheck.Consistency;
using ClaimCheck.Corpus;
using ClaimCheck.Reporting;
using ClaimCheck.Rules;

namespace ClaimCheck;

/// <summary>An article's mentions, quotes and claims, as <c>claimcheck extract</c> shows them, and what story grouping reads of it.</summary>
public sealed record ExtractedArticle(AnalyzedArticle Analysis, ImmutableArray<QuoteMention> Quotes, ImmutableArray<Claim> Claims, StorySignature Signature)
{
    /// <summary>Every mention and claim as an observation, for rule examples.</summary>
    public IEnumerable<Observation> Observations =>
        Analysis.Observations.Concat(Quotes.Select(q => q.Observe())).Concat(ClaimExtractor.Observe(Claims));
}

/// <summary>The whole check of design.md §1: extract every article, align, compare, and build the report.</summary>
public static class Checker
{
    public static ExtractedArticle Extract(Article article, RulePack rules, DiagnosticBag diagnostics)
    {
        var analysis = new Pipeline(rules).Analyze(article, diagnostics);
        var quotes = rules.Claims.Quotes.Recognize(analysis.Document, analysis.Entities, diagnostics);
        ImmutableArray<Claim> claims = [.. ClaimExtractor.Extract(analysis, quotes, rules.Claims, diagnostics), .. NameClaims.Of(analysis, rules.Names)];
        return new ExtractedArticle(analysis, quotes, claims, rules.Signer.Sign(analysis, quotes, diagnostics));
    }

    /// <summary>
    /// Runs the check. Articles are extracted in parallel, but everything downstream is ordered by
    /// article id, so the report is the same whatever the thread count or input order. An article
    /// that ClaimCheck fails on (a bug, such as a date off the calendar) is a skipped input
    /// (CC0015) and the others are still checked.
    /// </summary>
    public static Report Check(CorpusLoadResult corpus, RulePack rules)
    {
        var diagnostics = new DiagnosticBag();
        var outcomes = corpus.Articles
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .AsParallel()
            .AsOrdered()
            .Select(a => TryExtract(a, rules, diagnostics))
            .ToList();
        var extracted = outcomes.Select(o => o.Extracted).OfType<ExtractedArticle>().ToImmutableArray();
        var failed = outcomes.Select(o => o.Failure).OfType<SkippedInput>();
        var skipped = corpus.Skipped.Concat(failed).OrderBy(s => s.Path, StringComparer.Ordinal).ThenBy(s => s.Reason.Line).ThenBy(s => s.Reason.Code, StringComparer.Ordinal);
        return Compare(extracted, rules, [.. skipped], [.. corpus.Warnings, .. diagnostics.ToImmutable()]);
    }

    private static (ExtractedArticle? Extracted, SkippedInput? Failure) TryExtract(Article article, RulePack rules, DiagnosticBag diagnostics)
    {
        try
        {
            return (Extract(article, rules, diagnostics), null);
        }
        catch (Exception e)
        {
            // Only a bug gets here; one article must not cost the report of all the others.
            return (null, new SkippedInput(article.SourcePath, Diagnostic.Error(DiagnosticCodes.ArticleFailed, article.SourcePath, 0, 0,
                $"ClaimCheck failed on article '{article.Id}' ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}); this is a bug, and the article is skipped")));
        }
    }

    /// <summary>The extract stage over many articles, in parallel, returned in article id order.</summary>
    public static ImmutableArray<ExtractedArticle> ExtractAll(IEnumerable<Article> articles, RulePack rules, DiagnosticBag diagnostics) =>
        articles
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .AsParallel()
            .AsOrdered()
            .Select(a => Extract(a, rules, diagnostics))
            .ToImmutableArray();

    /// <summary>The align and compare stages over articles already extracted, and the report.</summary>
    public static Report Compare(IReadOnlyList<ExtractedArticle> extracted, RulePack rules, ImmutableArray<SkippedInput> skipped = default, ImmutableArray<Diagnostic> runDiagnostics = default)
    {
        var policies = rules.Claims.Policies;
        var stories = Aligner.BuildStories(extracted, policies.Stories);
        var people = Aligner.LinkPeople(stories, extracted, new EntityLinker(rules.Names.Matcher));
        var claims = extracted
            .SelectMany(e => e.Claims.Select(c => c.WithEntities(id => people.GetValueOrDefault(new ArticleEntity(c.ArticleId, id), id))))
            .ToImmutableArray();
        var events = Aligner.BuildEvents(stories, claims, policies);
        var byId = claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var comparing = new DiagnosticBag();
        var findings = Comparer.Compare(stories, events, byId, policies, rules.Names.Matcher, comparing);
        var articles = extracted
            .Select(e => new ArticleSummary(e.Analysis.Article.Id, e.Analysis.Article.Outlet, e.Analysis.Article.Published, e.Analysis.Article.Title, e.Analysis.Article.SourcePath, e.Claims.Length))
            .ToImmutableArray();
        return new Report(articles, stories, events, findings, skipped.IsDefault ? [] : skipped, [.. rules.Diagnostics, .. runDiagnostics.IsDefault ? [] : runDiagnostics, .. comparing.ToImmutable()]);
    }
}
