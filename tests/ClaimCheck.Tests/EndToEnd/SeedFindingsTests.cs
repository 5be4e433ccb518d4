using ClaimCheck.Consistency;
using ClaimCheck.Corpus;
using ClaimCheck.Reporting;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.EndToEnd;

/// <summary>
/// The findings a fact-checker relies on in the five real seed articles (../shared/corpus/seeds):
/// the ones CI also checks with check --expect, asserted here on the evidence each carries.
/// </summary>
public class SeedFindingsTests
{
    private static readonly Lazy<Report> SeedReport = new(() =>
        Checker.Check(CorpusLoader.Load([TestPaths.RequireShared("corpus", "seeds")]), RulePack.Load(TestPaths.Rules, "rules")));

    private static Report Report => SeedReport.Value;

    [Test]
    public void The_March_and_February_starts_of_one_truce_are_a_contradiction()
    {
        var finding = Report.Findings.Single(f => f.Kind == FindingKind.Contradiction);

        finding.Slot.ShouldBe("truce.start");
        finding.Claims.ShouldContain(c => c.ArticleId == "washexaminer-2016-04-28" && c.Evidence.Text.Contains("March truce"));
        finding.Claims.ShouldContain(c => c.ArticleId == "ibtimes-2016-04-28" && c.Evidence.Text.Contains("implemented in February 2016"));
    }

    [Test]
    public void A_two_month_old_ceasefire_on_28_April_agrees_with_February()
    {
        Report.Findings.ShouldContain(f => f.Kind == FindingKind.Agreement && f.Slot == "truce.start"
            && f.Claims.Any(c => c.Evidence.Text.Contains("two-month-old ceasefire"))
            && f.Claims.Any(c => c.Evidence.Text.Contains("February 2016")));
    }

    [Test]
    public void The_envoy_quoted_with_and_without_urgent_is_a_quote_variant()
    {
        var variant = Report.Findings.Single(f => f.Kind == FindingKind.QuoteVariant);

        variant.Slot.ShouldBe("quote.staffan-de-mistura");
        variant.Summary.ShouldContain("\"urgent\"");
    }

    [Test]
    public void Truces_months_apart_are_different_events()
    {
        var truces = Report.Events.Where(e => e.Type == "truce").ToArray();
        truces.Length.ShouldBeGreaterThanOrEqualTo(3);
        Report.Findings.Where(f => f.Kind == FindingKind.Contradiction)
            .ShouldAllBe(f => f.Claims.All(c => c.Published == new DateOnly(2016, 4, 28)));
    }

    [Test]
    public void Every_claim_quotes_its_evidence_exactly_from_the_article_body()
    {
        var corpus = CorpusLoader.Load([TestPaths.RequireShared("corpus", "seeds")]);
        var bodies = corpus.Articles.ToDictionary(a => a.Id, a => a.Text);
        foreach (var claim in Report.Findings.SelectMany(f => f.Claims))
        {
            bodies[claim.ArticleId].Substring(claim.Evidence.Span.Start, claim.Evidence.Span.Length).ShouldBe(claim.Evidence.Text);
        }
    }
}
