using ClaimCheck.Reporting;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Reporting;

public class ExpectedFindingsTests
{
    private static ExpectedFindings Read(string yaml)
    {
        var parsed = ExpectedFindings.Parse("expect.yaml", yaml);
        parsed.Diagnostics.ShouldBeEmpty();
        return parsed.Value.ShouldNotBeNull();
    }

    [Test]
    public void A_bare_list_is_read_with_notes_and_priorities_as_information()
    {
        var expected = Read("""
            # what an editor would flag in the harbor and meridian pieces
            - slot: truce.start
              kind: contradiction
              priority: must
              must: true
              values: { harbor-ledger-0428: "implemented in February 2016", meridian-wire-0428: "A March truce" }
              note: the two months cannot both be right
            - slot: meeting.duration
              kind: omission
              values:
                meridian-wire-0428: more than four hours
            """);

        expected.File.ShouldBe("expect.yaml");
        expected.Entries.Length.ShouldBe(2);
        var first = expected.Entries[0];
        first.Slot.ShouldBe("truce.start");
        first.Kind.ShouldBe(ExpectedKind.Contradiction);
        first.Must.ShouldBeTrue();
        first.Values.ShouldBe([new ExpectedValue("harbor-ledger-0428", "implemented in February 2016"), new ExpectedValue("meridian-wire-0428", "A March truce")]);
        (first.Line, first.Column).ShouldBe((2, 3));
        expected.Entries[1].Must.ShouldBeFalse();
        expected.Entries[1].KindName.ShouldBe("omission");
    }

    [Test]
    public void A_mapping_takes_its_findings_list_and_leaves_other_keys_alone()
    {
        var expected = Read("""
            stories:
              - name: the April truce
                articles: [harbor-ledger-0428, meridian-wire-0428]
            findings:
              - slot: quote.envoy
                kind: quote-variant
                must: false
                values: { harbor-ledger-0428: "We need a push", northgate-post-0427: "We need an urgent push" }
              - slot: truce.end
                kind: not-a-contradiction
                must: yes
                values: { harbor-ledger-0428: "is fraying", meridian-wire-0428: "now in doubt" }
            """);

        expected.Entries.Select(e => e.Kind).ShouldBe([ExpectedKind.QuoteVariant, ExpectedKind.NotAContradiction]);
        expected.Entries.Select(e => e.Must).ShouldBe([false, true]);
        expected.Entries[1].KindName.ShouldBe("not-a-contradiction");
    }

    [Test]
    public void A_malformed_entry_is_a_diagnostic_at_its_position_and_the_rest_is_kept()
    {
        var parsed = ExpectedFindings.Parse("expect.yaml", """
            - slot: truce.start
              kind: contradicton
              values: { harbor-ledger-0428: "February 2016" }
            - slot: truce.start
              kind: agreement
            - just a line of text
            - slot: casualties.killed
              kind: update
              must: perhaps
              values: { harbor-ledger-0428: "12 civilians" }
            - slot: meeting.duration
              kind: omission
              values: { meridian-wire-0428: " . " }
            - slot: truce.start
              kind: agreement
              values: { meridian-wire-0428: "A March truce" }
            """);

        parsed.Succeeded.ShouldBeTrue();
        parsed.Value!.Entries.ShouldHaveSingleItem().Values.ShouldHaveSingleItem().Article.ShouldBe("meridian-wire-0428");
        parsed.Diagnostics.Select(d => d.Code).Distinct().ShouldBe([DiagnosticCodes.InvalidExpectedFindings]);
        parsed.Diagnostics.Select(d => (d.Line, d.Column)).ShouldBe([(2, 9), (4, 3), (6, 3), (9, 9), (13, 33)]);
        parsed.Diagnostics[0].ToString().ShouldStartWith("expect.yaml(2,9): error CC0030: unknown kind 'contradicton'");
        parsed.Diagnostics[1].Message.ShouldContain("no 'values'");
        parsed.Diagnostics[3].Message.ShouldContain("'must' must be true or false");
    }

    [TestCase("- slot: [unclosed\n", 2, 1)]
    [TestCase("stories: []\n", 1, 1)]
    [TestCase("findings: a text, not a list\n", 1, 11)]
    [TestCase("", 1, 1)]
    public void A_file_without_a_list_of_entries_fails_with_a_positioned_diagnostic(string yaml, int line, int column)
    {
        var parsed = ExpectedFindings.Parse("expect.yaml", yaml);

        parsed.Succeeded.ShouldBeFalse();
        var problem = parsed.Diagnostics.ShouldHaveSingleItem();
        problem.Code.ShouldBe(DiagnosticCodes.InvalidExpectedFindings);
        (problem.Line, problem.Column).ShouldBe((line, column));
        problem.File.ShouldBe("expect.yaml");
    }

    [Test]
    public void The_code_for_expected_findings_is_stable_and_described()
    {
        DiagnosticCodes.InvalidExpectedFindings.ShouldBe("CC0030");
        DiagnosticCodes.IsKnown("CC0030").ShouldBeTrue();
        DiagnosticCodes.Describe("CC0030").ShouldContain("--expect");
    }

    [Test]
    public void Reading_a_file_names_it_as_shown()
    {
        using var folder = new TempFolder();
        var path = folder.Write("expect.yaml", "- slot: s\n  kind: update\n  values: { a: \"rose to 41\" }\n");

        var read = ExpectedFindings.Read(path, "shown/expect.yaml");

        read.Value.ShouldNotBeNull().File.ShouldBe("shown/expect.yaml");
        ExpectedFindings.Read(folder.Combine("none.yaml"), "none.yaml").Diagnostics.ShouldHaveSingleItem().File.ShouldBe("none.yaml");
    }
}
