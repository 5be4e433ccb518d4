using ClaimCheck.Corpus.Import;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Import;

public class GvaParticipantTests
{
    [Test]
    public void Values_are_trimmed_and_statuses_combine()
    {
        var participants = GvaImporter.ReadParticipants(
            "[{'Age Group': ' Adult 18+', 'Type': ' Subject-Suspect', 'Status': ' Unharmed, Arrested', 'Age': ' 31', 'Name': ' Lee Park'}]",
            out var error);

        error.ShouldBeNull();
        var suspect = participants.ShouldNotBeNull().ShouldHaveSingleItem();
        suspect.Type.ShouldBe("Subject-Suspect");
        suspect.Status.ShouldBe(GvaStatus.Unharmed | GvaStatus.Arrested);
        suspect.Age.ShouldBe(31);
        suspect.AgeGroup.ShouldBe("Adult 18+");
        suspect.Name.ShouldBe("Lee Park");
        suspect.Gender.ShouldBeNull();
    }

    [Test]
    public void A_name_with_an_apostrophe_comes_in_double_quotes()
    {
        var participants = GvaImporter.ReadParticipants("[{'Type': ' Victim', 'Status': ' Killed', 'Name': \" Ann O'Neil\"}]", out _);

        participants.ShouldNotBeNull().Single().Name.ShouldBe("Ann O'Neil");
    }

    [Test]
    public void Escaped_quotes_of_both_kinds_inside_single_quotes()
    {
        var participants = GvaImporter.ReadParticipants(
            "[{'Type': ' Victim', 'Name': ' Jo D\\'Arcy \"Ace\" Lin'}, {'Type': ' Victim', 'Name': \" Ray \\\"Red\\\" O'Hara\"}]",
            out var error);

        error.ShouldBeNull();
        participants.ShouldNotBeNull().Select(p => p.Name).ShouldBe(["Jo D'Arcy \"Ace\" Lin", "Ray \"Red\" O'Hara"]);
    }

    [Test]
    public void Backslash_hex_and_unicode_escapes_and_None_values()
    {
        var participants = GvaImporter.ReadParticipants("[{'Type': 'Victim', 'Name': 'Ren\\xe9e \\u00c9lise\\\\', 'Age': None, 'Gender': None}]", out var error);

        error.ShouldBeNull();
        var victim = participants.ShouldNotBeNull().Single();
        victim.Name.ShouldBe("Renée Élise\\");
        victim.Age.ShouldBeNull();
        victim.Status.ShouldBe(GvaStatus.None);
    }

    [Test]
    public void An_empty_list_has_no_participants() =>
        GvaImporter.ReadParticipants("[]", out _).ShouldNotBeNull().ShouldBeEmpty();

    [TestCase("[{'Type': 'Victim', 'Name': 'Unclosed}]", "never closed")]
    [TestCase("[{'Type': 'Victim'} {'Type': 'Victim'}]", "expected ','")]
    [TestCase("[{'Type': 'Victim', 'Type': 'Victim'}]", "appears twice")]
    [TestCase("[{'Type': 'Victim', 'Age': ' forty'}]", "not a number")]
    [TestCase("[{'Type': 'Victim', 'Status': ' Missing'}]", "unknown status")]
    [TestCase("[{'Name': 'No Type'}]", "no Type")]
    [TestCase("[{'Type': ['Victim']}]", "nested")]
    [TestCase("[{'Type': 'Victim'}] trailing", "after the list")]
    [TestCase("", "expected '['")]
    public void Malformed_literals_are_errors_not_exceptions(string literal, string message)
    {
        GvaImporter.ReadParticipants(literal, out var error).ShouldBeNull();
        error.ShouldNotBeNull().ShouldContain(message);
    }
}
