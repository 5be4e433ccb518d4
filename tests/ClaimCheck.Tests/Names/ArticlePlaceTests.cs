using ClaimCheck.Names;
using ClaimCheck.Reporting;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;
using static ClaimCheck.Tests.Claims.OwnWords;

namespace ClaimCheck.Tests.Names;

/// <summary>The article's place (names.article-place), as the time stage reads "local time" by it and the extraction listing shows it.</summary>
public class ArticlePlaceTests
{
    [Test]
    public void A_dateline_gives_the_place_its_span_and_the_local_times_offset_and_the_listing_shows_both()
    {
        var extracted = Checker.Extract(Article("dated", "Harbour news\n\nDAMASCUS, Syria (Reuters) - The curfew starts at 8 p.m. local time on Monday."), Pack, new DiagnosticBag());

        var place = extracted.Analysis.Place.ShouldNotBeNull();
        (place.Place.Id, place.Text, place.Evidence, place.TimeZoneId).ShouldBe(("damascus", "DAMASCUS", PlaceEvidence.Dateline, "Asia/Damascus"));
        extracted.Analysis.Article.Text.Substring(place.Span.Start, place.Span.Length).ShouldBe("DAMASCUS");
        var local = extracted.Analysis.Times.ShouldHaveSingleItem().Value;
        (local.UtcOffset, local.OffsetPlace, local.Zoned).ShouldBe((TimeSpan.FromHours(3), "damascus", false));
        ExtractionListing.Mentions(extracted).ShouldContain(r => r.Kind == "place" && r.Rule == NameRuleIds.ArticlePlace && r.Text == "DAMASCUS");
    }

    [Test]
    public void Without_a_dateline_or_a_place_things_happen_in_the_article_has_no_place()
    {
        var extracted = Checker.Extract(Article("undated", "Syria talks resumed on Monday; the curfew starts at 8 p.m. local time."), Pack, new DiagnosticBag());

        extracted.Analysis.Place.ShouldBeNull();
        extracted.Analysis.Times.Single(t => t.Text.Contains("local time", StringComparison.Ordinal)).Value.UtcOffset.ShouldBeNull();
    }
}
