using System.Collections.Immutable;
using ClaimCheck.Claims;
using ClaimCheck.Consistency;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;
using static ClaimCheck.Tests.Claims.OwnWords;

namespace ClaimCheck.Tests.Claims;

/// <summary>Qualifiers (design.md §1a) read by the rules of rules/claims, and what they let a comparison conclude, on texts in the project's own words.</summary>
public class QualifierTests
{
    private static ImmutableArray<Claim> Claims(string text) =>
        [.. Checker.Extract(Article("a", text), Pack, new DiagnosticBag()).Claims.Where(c => c.EventType != "figure")];

    // A toll of one day may have risen during the day (same-day-rise), so these tests compare a toll
    // with a lower one of the next day, which contradicts it unless a qualifier explains it.
    private static readonly DateOnly NextDay = new(2016, 4, 29);

    [Test]
    public void The_attacker_counted_with_the_dead_reconciles_a_count_one_higher()
    {
        var report = Check(
            Article("depot-a", "Six people died, including the gunman, at the bus depot on Tuesday.\n\nPolice closed the depot."),
            Article("depot-b", "Five people were killed at the bus depot on Tuesday.\n\nPolice closed the depot.", NextDay));

        report.Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
    }

    /// <summary>"Six victims" and "seven dead including the gunman" on one day are one toll: no contradiction, and no update either (the toll did not rise).</summary>
    [Test]
    public void A_count_one_higher_with_the_attacker_on_the_same_day_is_no_update()
    {
        var report = Check(
            Article("depot-a", "Seven people died, including the gunman, at the bus depot on Tuesday.\n\nPolice closed the depot."),
            Article("depot-b", "The gunman killed six victims at the bus depot on Tuesday.\n\nPolice closed the depot."));

        report.Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction || f.Kind == FindingKind.Update);
    }

    [Test]
    public void An_attacker_who_died_anywhere_in_the_article_reconciles_by_one_and_no_more()
    {
        var byOne = Check(
            Article("plant-a", "Four people were killed at the paper plant in the valley on Tuesday.\n\nThe gunman later turned the gun on himself."),
            Article("plant-b", "Three people were killed at the paper plant in the valley on Tuesday.\n\nWorkers were sent home.", NextDay));
        var byTwo = Check(
            Article("plant-a", "Five people were killed at the paper plant in the valley on Tuesday.\n\nThe gunman later turned the gun on himself."),
            Article("plant-b", "Three people were killed at the paper plant in the valley on Tuesday.\n\nWorkers were sent home.", NextDay));

        byOne.Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
        byTwo.Findings.ShouldContain(f => f.Kind == FindingKind.Contradiction && f.Slot == "casualties.killed");
    }

    [Test]
    public void A_part_never_contradicts_its_whole()
    {
        var report = Check(
            Article("bridge-a", "Two of the dead were firefighters, the mayor said on Tuesday.\n\nThe bridge stays shut."),
            Article("bridge-b", "Nine people were killed when the bridge fell on Tuesday.\n\nThe bridge stays shut."));

        report.Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
    }

    [Test]
    public void Counts_of_other_incidents_and_periods_are_not_compared_with_the_incidents_own()
    {
        var report = Check(
            Article("city-a", "Three people were killed in separate shootings across the city on Saturday.\n\nNo arrests were made."),
            Article("city-b", "One man was killed outside a bar on Saturday.\n\nNo arrests were made."),
            Article("city-c", "More than 300 people have been killed in the city so far this year.\n\nNo arrests were made."));

        report.Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
    }

    [Test]
    public void Counts_dated_to_different_days_are_not_compared_and_of_one_day_are()
    {
        var apart = Check(
            Article("port-a", "Four people were killed in a shooting at the port on Saturday.\n\nThe port reopened.", new DateOnly(2016, 4, 28)),
            Article("port-b", "Two people were killed in a shooting at the port on Monday.\n\nThe port reopened.", NextDay));
        var sameDay = Check(
            Article("port-a", "Four people were killed in a shooting at the port on Tuesday.\n\nThe port reopened.", new DateOnly(2016, 4, 28)),
            Article("port-b", "Two people were killed in a shooting at the port on Tuesday.\n\nThe port reopened.", NextDay));

        apart.Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
        sameDay.Findings.ShouldContain(f => f.Kind == FindingKind.Contradiction && f.Slot == "casualties.killed");
    }

    [Test]
    public void A_toll_takes_in_the_day_written_after_it_and_holds_as_of_that_day()
    {
        var claim = Claims("The death toll from the landslide rose to 29 on Sunday, officials said.").ShouldHaveSingleItem();

        claim.Evidence.Text.ShouldBe("death toll from the landslide rose to 29 on Sunday");
        claim.AsOf.ShouldBe(new DateOnly(2016, 4, 24));
    }

    [Test]
    public void A_toll_that_held_into_the_next_day_agrees_and_shows_each_outlets_wordings()
    {
        var report = Check(
            Article("valley-a", "29 dead in valley landslide\n\nThe death toll from the landslide in the valley has reached 29, officials said on Sunday.", new DateOnly(2016, 4, 24)),
            Article("valley-b", "The death toll from the landslide in the valley rose to 29 on Sunday as crews searched the mud.", new DateOnly(2016, 4, 25)));

        var agreement = report.Findings.Where(f => f.Kind == FindingKind.Agreement && f.Slot == "casualties.killed").ShouldHaveSingleItem();
        agreement.Claims.Select(c => c.ArticleId).ShouldBe(["valley-a", "valley-a", "valley-b"]);
        report.Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
    }

    [Test]
    public void Photo_captions_before_the_lead_do_not_push_its_toll_out_of_the_lead()
    {
        const string Caption = "Divers search the water off the harbour wall on Tuesday. -- PHOTO: HARBOUR WIRE\n";
        var report = Check(
            Article("ferry-a", "Ferry toll rises\n\n" + Caption + Caption + "\nThe death toll from the ferry sinking rose to 12, officials said."),
            Article("ferry-b", "The death toll from the ferry sinking rose to 12, the coastguard said.\n\nDivers kept searching."));

        var agreement = report.Findings.Where(f => f.Kind == FindingKind.Agreement && f.Slot == "casualties.killed").ShouldHaveSingleItem();
        agreement.Claims.Select(c => c.ArticleId).ShouldBe(["ferry-a", "ferry-b"]);
    }

    [Test]
    public void A_hedged_toll_agrees_with_the_figure_nearest_it()
    {
        var report = Check(
            Article("quarry-a", "At least 42 people have been killed in the quarry collapse, officials said.\n\nCrews kept digging."),
            Article("quarry-b", "The death toll from the quarry collapse reached 48, officials said.\n\nCrews kept digging."),
            Article("quarry-c", "The death toll from the quarry collapse reached 42, officials said.\n\nCrews kept digging."));

        report.Findings.ShouldContain(f => f.Kind == FindingKind.Agreement && f.Claims.Select(c => c.ArticleId).SequenceEqual(new[] { "quarry-a", "quarry-c" }));
    }

    [Test]
    public void A_qualifier_carries_its_rule_and_the_span_where_it_is_written()
    {
        const string Text = "Four people died, including the gunman, at the depot.";
        var claim = Claims(Text).ShouldHaveSingleItem();

        var qualifier = claim.Qualifiers.ShouldHaveSingleItem();
        qualifier.Display.ShouldBe("includes:perpetrator");
        qualifier.RuleId.ShouldBe("claims.qualifier.including-attacker");
        Text.Substring(qualifier.Span.Start, qualifier.Span.Length).ShouldBe(", including the gunman");
        claim.IsComparable.ShouldBeTrue();
    }

    [Test]
    public void A_broken_qualifier_is_reported_with_its_code_and_the_good_one_still_loads()
    {
        var diagnostics = new DiagnosticBag();
        var file = RuleFile.Parse("rules/claims/test.yaml", """
            qualifiers:
              - id: q.good
                kind: part
                slots: [casualties.killed]
                evidence: '\bof\s+the\b'
              - id: q.unknown-kind
                kind: sideways
                slots: [casualties.killed]
                evidence: 'x'
              - id: q.adds-without-includes
                kind: part
                adds: 2
                slots: [casualties.killed]
                evidence: 'x'
              - id: q.article-with-clause-pattern
                kind: includes
                adds: 1
                reach: article
                slots: [casualties.killed]
                before: 'x'
              - id: q.good
                kind: scope
                slots: [casualties.killed]
                after: 'x'
            """, diagnostics);
        file.ShouldNotBeNull();

        var rules = ClaimRules.Load([file], [], [], diagnostics);

        rules.Qualifiers.Select(q => q.Id).ShouldBe(["q.good"]);
        var found = diagnostics.ToImmutable();
        found.Count(d => d.Code == DiagnosticCodes.InvalidValue).ShouldBe(3);
        found.ShouldContain(d => d.Code == DiagnosticCodes.InvalidValue && d.Message.Contains("'kind' must be one of", StringComparison.Ordinal) && d.Line == 7);
        found.ShouldContain(d => d.Code == DiagnosticCodes.DuplicateRuleId);
    }

    [Test]
    public void Counts_in_critical_condition_contradict_on_one_day_only_and_not_once_one_remained()
    {
        const string Six = "The ferry hit the pier on Tuesday. Of the 40 hurt, six were in critical condition.";
        const string Eight = "The ferry hit the pier on Tuesday. Of the 40 hurt, eight were in critical condition.";

        Check(Article("pier-a", Six), Article("pier-b", Eight)).Findings
            .ShouldContain(f => f.Kind == FindingKind.Contradiction && f.Slot == "casualties.critical");
        Check(Article("pier-a", Six), Article("pier-b", Eight, NextDay)).Findings
            .ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
        Check(Article("pier-a", Eight), Article("pier-b", "The ferry hit the pier on Tuesday. Of the 40 hurt, six remained in critical condition.")).Findings
            .ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
    }
}
