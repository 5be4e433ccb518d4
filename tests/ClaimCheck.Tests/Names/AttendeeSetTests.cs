using ClaimCheck.Consistency;
using ClaimCheck.Corpus;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Names;

/// <summary>Who attended, compared as sets across outlets: a stated absence contradicts a named presence; otherwise a difference is an omission.</summary>
public class AttendeeSetTests
{
    private const string Opening = "Talks on Syria opened in Vienna on Friday. Secretary of State John Kerry and Foreign Minister Sergei Lavrov were joined by the foreign ministers of Turkey and Qatar. ";

    [Test]
    public void An_outlet_saying_a_minister_did_not_attend_contradicts_one_naming_him_present()
    {
        var findings = Compare(
            Opening + "Iranian Foreign Minister Mohammad Javad Zarif was also present at the talks.",
            Opening + "Iranian Foreign Minister Mohammad Javad Zarif did not attend the talks.");

        var contradiction = findings.Single(f => f.Slot == "meeting.attendees" && f.Kind == FindingKind.Contradiction);
        contradiction.Summary.ShouldContain("Mohammad Javad Zarif was absent");
        contradiction.Claims.Count(c => !c.Positive).ShouldBe(1);
        findings.ShouldNotContain(f => f.Slot == "meeting.attendees" && f.Kind == FindingKind.Omission);
    }

    [Test]
    public void An_attendee_one_outlet_leaves_out_is_an_omission_not_a_contradiction()
    {
        var findings = Compare(
            Opening + "Iranian Foreign Minister Mohammad Javad Zarif was also present at the talks.",
            Opening + "The ministers spoke for hours.");

        findings.ShouldNotContain(f => f.Slot == "meeting.attendees" && f.Kind == FindingKind.Contradiction);
        findings.Single(f => f.Slot == "meeting.attendees" && f.Kind == FindingKind.Omission).Summary.ShouldContain("does not name Mohammad Javad Zarif");
    }

    private static IEnumerable<Finding> Compare(string first, string second)
    {
        var rules = NameRulesTests.Rules;
        var articles = new[]
        {
            new Article("north-2015-10-30", "North Desk", new DateOnly(2015, 10, 30), first, "north.md"),
            new Article("south-2015-10-30", "South Desk", new DateOnly(2015, 10, 30), second, "south.md"),
        };
        return Checker.Compare([.. articles.Select(a => Checker.Extract(a, rules, new DiagnosticBag()))], rules).Findings;
    }
}
