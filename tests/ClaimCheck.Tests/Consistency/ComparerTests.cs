using System.Collections.Immutable;
using ClaimCheck.Alignment;
using ClaimCheck.Claims;
using ClaimCheck.Consistency;
using ClaimCheck.Numbers;
using ClaimCheck.Text;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Consistency;

public class ComparerTests
{
    private static readonly Policies Policies = Policies.Defaults with
    {
        Slots = ImmutableDictionary<string, SlotPolicy>.Empty
            .Add("casualties.killed", new SlotPolicy("casualties.killed", Comparison.Interval, ReportOmission: false, Severity.High, Cumulative: true)),
    };

    private static Claim Quote(string article, string speaker, string words) =>
        Make(article, new DateOnly(2016, 4, 28), ClaimExtractor.QuoteEventType, $"quote.{speaker}", new QuoteClaimValue(words, speaker, speaker), words);

    private static Claim Killed(string article, DateOnly asOf, int count) =>
        Make(article, asOf, "casualties", "casualties.killed", new CountClaimValue(new Quantity(count, count, count)), $"{count} people were killed") with { Cumulative = true };

    private static Claim Make(string article, DateOnly published, string eventType, string slot, ClaimValue value, string text) =>
        new($"{article}:{slot}:0", article, article.ToUpperInvariant(), published, eventType, slot, value, new Evidence(article, new TextSpan(0, text.Length), text, 0), "test.rule") { AsOf = published };

    private static ImmutableArray<Finding> Compare(params Claim[] claims)
    {
        var articles = claims.Select(c => c.ArticleId).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
        var story = new Story("story-1", "test", articles, claims.Min(c => c.Published), claims.Max(c => c.Published));
        var ev = new Event("event-1", claims[0].EventType, "test", ["story-1"], [.. claims.Select(c => c.Id)]);
        return Comparer.Compare([story], [ev], claims.ToDictionary(c => c.Id), Policies);
    }

    [Test]
    public void The_same_words_in_three_outlets_are_one_agreement_naming_all_three()
    {
        const string Words = "The door to talks stays open for everyone who wants peace.";
        var finding = Compare(Quote("a", "envoy", Words), Quote("b", "envoy", Words), Quote("c", "envoy", Words)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Agreement);
        finding.Claims.Select(c => c.ArticleId).ShouldBe(["a", "b", "c"]);
    }

    [Test]
    public void The_same_words_given_to_two_different_speakers_are_unresolved()
    {
        const string Words = "The door to talks stays open for everyone who wants peace.";
        var finding = Compare(Quote("a", "envoy", Words), Quote("b", "minister", Words)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Unresolved);
        finding.Summary.ShouldContain("who said them?");
    }

    [Test]
    public void A_toll_rising_over_three_days_is_one_update_in_order()
    {
        var findings = Compare(Killed("c", new DateOnly(2016, 4, 30), 41), Killed("a", new DateOnly(2016, 4, 28), 20), Killed("b", new DateOnly(2016, 4, 29), 33));

        var update = findings.ShouldHaveSingleItem();
        update.Kind.ShouldBe(FindingKind.Update);
        update.Claims.Select(c => c.ArticleId).ShouldBe(["a", "b", "c"]);
    }

    [Test]
    public void A_toll_that_falls_the_next_day_is_flagged()
    {
        var finding = Compare(Killed("a", new DateOnly(2016, 4, 28), 40), Killed("b", new DateOnly(2016, 4, 29), 12)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Contradiction);
        finding.Summary.ShouldContain("falls over time");
    }

    [Test]
    public void Different_tolls_on_the_same_day_contradict()
    {
        var finding = Compare(Killed("a", new DateOnly(2016, 4, 28), 34), Killed("b", new DateOnly(2016, 4, 28), 12)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Contradiction);
        finding.Severity.ShouldBe(Severity.High);
    }

    [Test]
    public void One_outlier_against_many_agreeing_outlets_lists_the_outlier_and_counts_the_rest()
    {
        var agreeing = Enumerable.Range(0, 8).Select(i => Killed($"agree-{i}", new DateOnly(2016, 4, 28), 30)).ToArray();
        var findings = Compare([.. agreeing, Killed("outlier", new DateOnly(2016, 4, 28), 5)]);

        var contradiction = findings.Single(f => f.Kind == FindingKind.Contradiction);
        contradiction.Claims.Select(c => c.ArticleId).ShouldBe(["outlier", "agree-0", "agree-1", "agree-2"]);
        contradiction.Summary.ShouldContain("against 8 claims that agree");
        findings.Single(f => f.Kind == FindingKind.Agreement).Claims.Length.ShouldBe(8);
    }

    [Test]
    public void Claims_from_one_article_alone_are_never_compared()
    {
        Compare(Killed("a", new DateOnly(2016, 4, 28), 34)).ShouldBeEmpty();
    }
}
