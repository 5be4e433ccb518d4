using ClaimCheck.Consistency;
using NUnit.Framework;
using Shouldly;
using static ClaimCheck.Tests.Claims.OwnWords;

namespace ClaimCheck.Tests.Claims;

/// <summary>Who attended, as lists of the project's own words: a list differs by omission unless both lists are said to be everyone.</summary>
public class SetTests
{
    private const string Day = "The envoy ended two days of talks in Vienna on Saturday.\n\n";

    [Test]
    public void Two_closed_lists_of_one_size_that_differ_in_one_member_contradict()
    {
        var report = Check(
            Article("envoy-a", Day + "He flew on to a meeting with the foreign ministers of Britain, France and Italy."),
            Article("envoy-b", Day + "He was due at a meeting with the foreign ministers of Britain, France and Spain."));

        var finding = report.Findings.Where(f => f.Kind == FindingKind.Contradiction).ShouldHaveSingleItem();
        finding.Slot.ShouldBe("meeting.attendees");
        finding.Summary.ShouldContain("Italy");
        finding.Summary.ShouldContain("Spain");
    }

    [Test]
    public void Lists_not_said_to_be_everyone_or_differing_in_more_than_one_member_are_omissions_at_most()
    {
        var open = Check(
            Article("envoy-a", Day + "He flew on to a meeting with ministers of Britain, France and Italy."),
            Article("envoy-b", Day + "He was due at a meeting with ministers of Britain, France and Spain."));
        var twoApart = Check(
            Article("envoy-a", Day + "He flew on to a meeting with the foreign ministers of Britain, France and Italy."),
            Article("envoy-b", Day + "He was due at a meeting with the foreign ministers of Britain, Greece and Spain."));

        open.Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
        twoApart.Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
    }

    /// <summary>"Mediated by Cuba alone" says no one else did: an outlet naming another broker contradicts it; two open lists only differ by omission.</summary>
    [Test]
    public void A_list_said_to_be_the_only_ones_contradicts_another_outlet_naming_someone_else()
    {
        const string Truce = "The truce in the northern valley held through Sunday. ";
        var both = Article("truce-a", Truce + "The truce was mediated by Chile and Cuba.");
        var alone = Article("truce-b", Truce + "The truce was mediated by Cuba alone.");
        var open = Article("truce-c", Truce + "The truce was mediated by Cuba.");

        var finding = Check(both, alone).Findings.Where(f => f.Kind == FindingKind.Contradiction).ShouldHaveSingleItem();
        finding.Slot.ShouldBe("truce.brokers");
        finding.Summary.ShouldContain("Chile");
        Check(both, open).Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
        Check(alone, open).Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
    }
}
