using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Consistency;
using ClaimCheck.Corpus;
using ClaimCheck.Reporting;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Reporting;

public class ExpectationsTests
{
    private static readonly Article Ledger = ReportFixture.Ledger;
    private static readonly Article Wire = ReportFixture.Wire;
    private static readonly Article Post = ReportFixture.Post;

    private static ExpectedFinding Entry(ExpectedKind kind, params (Article Article, string Phrase)[] values) =>
        new("truce.start", kind, [.. values.Select(v => new ExpectedValue(v.Article.Id, v.Phrase))], Must: true, Line: 1, Column: 1);

    private static ExpectationResult Judge(ExpectedFinding entry, ImmutableArray<Finding> findings) =>
        Expectations.Check(new ExpectedFindings("expect.yaml", [entry]), findings).Results.ShouldHaveSingleItem();

    private static ExpectationResult Judge(ExpectedFinding entry) => Judge(entry, ReportFixture.Build().Findings);

    /// <summary>A finding of the kind whose claims quote these places of the fixture's articles.</summary>
    private static Finding Made(string id, FindingKind kind, params (Article Article, string Evidence)[] places) =>
        new(id, kind, "truce-2016-02", "truce.start", Severity.Low, "A finding made for the test.",
            [.. places.Select((p, i) => ReportFixture.Claim($"{id}-{i}", p.Article, "truce.start", new QuoteClaimValue(p.Evidence, "envoy", "The envoy"), p.Evidence, "test.rule"))],
            "policies.test");

    [Test]
    public void A_phrase_inside_the_evidence_covers_the_article()
    {
        var result = Judge(Entry(ExpectedKind.Contradiction, (Ledger, "February 2016"), (Wire, "march TRUCE")));
        result.Status.ShouldBe(ExpectationStatus.Found);
        result.FindingIds.ShouldBe(["f-contradiction-truce"]);
        result.Met.ShouldBeTrue();
    }

    [Test]
    public void Evidence_inside_the_phrase_covers_the_article()
    {
        var result = Judge(Entry(ExpectedKind.Contradiction, (Ledger, "The truce, implemented in February 2016, is fraying."), (Wire, "A March truce is now in doubt.")));
        result.Status.ShouldBe(ExpectationStatus.Found);
    }

    [Test]
    public void Curly_quotes_case_and_white_space_are_folded()
    {
        Expectations.Fold("  \u201cIt\u2019s   OVER\u201d \u2014 for now.\n").ShouldBe("it's over\" - for now");
        Expectations.Fold(" ;'.\" ").ShouldBeEmpty();

        var result = Judge(Entry(ExpectedKind.QuoteVariant, (Ledger, "\u201cwe need a \n PUSH.\u201d"), (Post, "\u2018We need an urgent push\u2019")));
        result.Status.ShouldBe(ExpectationStatus.Found);
        result.FindingIds.ShouldBe(["f-quote-variant"]);
    }

    [Test]
    public void A_finding_of_another_kind_or_without_one_of_the_articles_does_not_count()
    {
        Judge(Entry(ExpectedKind.Agreement, (Ledger, "February 2016"), (Wire, "A March truce"))).Status.ShouldBe(ExpectationStatus.Missing);
        var missing = Judge(Entry(ExpectedKind.Contradiction, (Ledger, "February 2016"), (Wire, "four hours")));
        missing.Status.ShouldBe(ExpectationStatus.Missing);
        missing.FindingIds.ShouldBeEmpty();
        missing.StatusText.ShouldBe("MISSING");
    }

    [Test]
    public void Findings_that_each_cover_two_articles_link_a_three_article_entry()
    {
        var ledgerWire = Made("pair-1", FindingKind.Agreement, (Ledger, "implemented in February 2016"), (Wire, "A March truce"));
        var wirePost = Made("pair-2", FindingKind.Agreement, (Wire, "A March truce"), (Post, "the envoy told reporters"));
        var onlyPost = Made("single", FindingKind.Agreement, (Post, "the envoy told reporters"));
        var entry = Entry(ExpectedKind.Agreement, (Ledger, "February 2016"), (Wire, "March truce"), (Post, "envoy told reporters"));

        var linked = Judge(entry, [ledgerWire, onlyPost, wirePost]);
        linked.Status.ShouldBe(ExpectationStatus.Found);
        linked.FindingIds.ShouldBe(["pair-1", "pair-2"]);

        Judge(entry, [ledgerWire, onlyPost]).Status.ShouldBe(ExpectationStatus.Missing);
    }

    [Test]
    public void Pairs_do_not_link_an_entry_of_two_articles_split_over_findings()
    {
        var ledger = Made("ledger", FindingKind.Agreement, (Ledger, "implemented in February 2016"));
        var wire = Made("wire", FindingKind.Agreement, (Wire, "A March truce"));
        Judge(Entry(ExpectedKind.Agreement, (Ledger, "February 2016"), (Wire, "March truce")), [ledger, wire]).Status.ShouldBe(ExpectationStatus.Missing);
    }

    [Test]
    public void Not_a_contradiction_is_violated_by_a_contradiction_over_two_of_its_articles_and_held_otherwise()
    {
        var violated = Judge(Entry(ExpectedKind.NotAContradiction, (Ledger, "February 2016"), (Wire, "A March truce"), (Post, "urgent push")));
        violated.Status.ShouldBe(ExpectationStatus.Violated);
        violated.FindingIds.ShouldBe(["f-contradiction-truce"]);
        violated.StatusText.ShouldBe("VIOLATED");

        var held = Judge(Entry(ExpectedKind.NotAContradiction, (Ledger, "February 2016"), (Post, "urgent push")));
        held.Status.ShouldBe(ExpectationStatus.Held);
        held.FindingIds.ShouldBeEmpty();
    }

    [Test]
    public void A_contradiction_no_entry_explains_is_unexpected()
    {
        var findings = ReportFixture.Build().Findings;
        var none = Expectations.Check(new ExpectedFindings("expect.yaml", []), findings);
        none.UnexpectedContradictions.Select(f => f.Id).ShouldBe(["f-contradiction-truce"]);

        var violatedExplains = Expectations.Check(
            new ExpectedFindings("expect.yaml", [Entry(ExpectedKind.NotAContradiction, (Ledger, "February 2016"), (Wire, "March truce"))]), findings);
        violatedExplains.UnexpectedContradictions.ShouldBeEmpty();
    }

    [Test]
    public void Totals_count_must_and_nice_entries_and_a_failed_must_fails()
    {
        var found = Entry(ExpectedKind.Contradiction, (Ledger, "February 2016"), (Wire, "March truce"));
        var missingNice = Entry(ExpectedKind.Update, (Ledger, "12 civilians")) with { Must = false };
        var outcome = Expectations.Check(new ExpectedFindings("expect.yaml", [found, missingNice]), ReportFixture.Build().Findings);
        outcome.Totals.ShouldBe("must 1/1, nice 0/1, unexpected contradictions 0");
        outcome.MustFailed.ShouldBeFalse();

        var missingMust = Expectations.Check(new ExpectedFindings("expect.yaml", [missingNice with { Must = true }]), ReportFixture.Build().Findings);
        missingMust.MustFailed.ShouldBeTrue();
        missingMust.Results.ShouldHaveSingleItem().Need.ShouldBe("must");
    }
}
