using ClaimCheck.Claims;
using ClaimCheck.Consistency;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;
using static ClaimCheck.Tests.Claims.OwnWords;

namespace ClaimCheck.Tests.Claims;

/// <summary>Weekdays written with full dates: the calendar decides between outlets that disagree.</summary>
public class CalendarTests
{
    [Test]
    public void A_weekday_before_or_inside_a_full_date_is_read_with_its_span()
    {
        var claims = Checker.Extract(Article("a", "The vote was held on Thursday, June 23, 2016 and counted on Friday 24th June 2016."), Pack, new DiagnosticBag()).Claims
            .Where(c => c.EventType == CalendarClaims.EventType);

        claims.Select(c => (c.Evidence.Text, c.Value.Display)).ShouldBe(
        [
            ("Thursday, June 23, 2016", "Thursday 23 June 2016"),
            ("Friday 24th June 2016", "Friday 24 June 2016"),
        ]);
    }

    [Test]
    public void Two_weekdays_for_one_date_contradict_and_the_calendar_says_which_is_right()
    {
        var report = Check(
            Article("launch-a", "The probe lifted off on Tuesday, March 1, 2016 from the coast."),
            Article("launch-b", "The probe lifted off on Friday 1st March 2016 from the coast."),
            Article("launch-c", "The probe lifted off on Tuesday, March 1, 2016, the agency said."));

        var finding = report.Findings.Where(f => f.Slot == CalendarClaims.Slot).ShouldHaveSingleItem();
        finding.Kind.ShouldBe(FindingKind.Contradiction);
        finding.Summary.ShouldEndWith("The calendar says Tuesday.");
        finding.Claims.Select(c => c.ArticleId).ShouldBe(["launch-a", "launch-b", "launch-c"]);
    }

    [Test]
    public void A_date_without_a_weekday_or_a_weekday_alone_is_no_calendar_claim()
    {
        Checker.Extract(Article("a", "The probe lifted off on March 1, 2016. It landed on Friday."), Pack, new DiagnosticBag()).Claims
            .ShouldNotContain(c => c.EventType == CalendarClaims.EventType);
    }
}
