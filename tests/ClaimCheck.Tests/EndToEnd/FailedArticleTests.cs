using ClaimCheck.Corpus;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;
using static ClaimCheck.Tests.Claims.OwnWords;

namespace ClaimCheck.Tests.EndToEnd;

/// <summary>An article ClaimCheck itself fails on is skipped with CC0015, and the others are still checked.</summary>
public class FailedArticleTests
{
    [Test]
    public void An_article_the_checker_fails_on_is_skipped_with_CC0015_and_the_others_are_reported()
    {
        // The loader refuses such a date (CC0004); built through the library, the article reaches
        // the claims, where "the five-year war" began before the calendar does.
        var broken = new Article("broken", "Quay Herald", DateOnly.MinValue, "The five-year war has emptied the valley.", "broken.md");
        var good = new Article("good", "Harbor Ledger", new DateOnly(2016, 4, 28), "The ferry sank off the cape with 212 people on board.", "good.md");

        var report = Checker.Check(new CorpusLoadResult([broken, good], []), Pack);

        var skipped = report.Skipped.ShouldHaveSingleItem();
        skipped.Reason.Code.ShouldBe(DiagnosticCodes.ArticleFailed);
        skipped.Reason.File.ShouldBe("broken.md");
        report.Articles.Select(a => a.Id).ShouldBe(["good"]);
    }
}
