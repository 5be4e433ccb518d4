using System.Text.Json;
using ClaimCheck.Reporting;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Reporting;

/// <summary>The expectations section of the JSON and Markdown reports (<c>check --expect</c>).</summary>
public class ExpectationSectionTests
{
    /// <summary>The fixture checked against two entries: a must contradiction that is found, a nice update that is missing.</summary>
    private static Report Checked()
    {
        var report = ReportFixture.Build();
        ExpectedFinding[] entries =
        [
            new("truce.start", ExpectedKind.Contradiction, [new(ReportFixture.Ledger.Id, "February 2016"), new(ReportFixture.Wire.Id, "March truce")], Must: true, Line: 2, Column: 3),
            new("casualties.killed", ExpectedKind.Update, [new(ReportFixture.Ledger.Id, "12 civilians")], Must: false, Line: 8, Column: 3),
        ];
        var problem = Diagnostic.Error(DiagnosticCodes.InvalidExpectedFindings, "expect.yaml", 14, 9, "unknown kind 'rumour'");
        return report with { Expectations = Expectations.Check(new ExpectedFindings("expect.yaml", [.. entries]), report.Findings, [problem]) };
    }

    [Test]
    public void Json_has_the_section_only_when_expectations_were_checked()
    {
        using var plain = JsonDocument.Parse(JsonReportWriter.Render(ReportFixture.Build()));
        plain.RootElement.TryGetProperty("expectations", out _).ShouldBeFalse();

        using var json = JsonDocument.Parse(JsonReportWriter.Render(Checked()));
        var section = json.RootElement.GetProperty("expectations");
        section.EnumerateObject().Select(p => p.Name).ShouldBe(["file", "totals", "entries", "unexpectedContradictions", "diagnostics"]);
        section.GetProperty("file").GetString().ShouldBe("expect.yaml");

        var totals = section.GetProperty("totals");
        (totals.GetProperty("must").GetInt32(), totals.GetProperty("mustMet").GetInt32()).ShouldBe((1, 1));
        (totals.GetProperty("nice").GetInt32(), totals.GetProperty("niceMet").GetInt32()).ShouldBe((1, 0));
        totals.GetProperty("unexpectedContradictions").GetInt32().ShouldBe(0);

        var entries = section.GetProperty("entries");
        entries[0].EnumerateObject().Select(p => p.Name).ShouldBe(["slot", "kind", "must", "status", "line", "articles", "findings"]);
        entries[0].GetProperty("status").GetString().ShouldBe("found");
        entries[0].GetProperty("must").GetBoolean().ShouldBeTrue();
        entries[0].GetProperty("findings").EnumerateArray().Select(e => e.GetString()).ShouldBe(["f-contradiction-truce"]);
        entries[1].GetProperty("status").GetString().ShouldBe("missing");
        entries[1].GetProperty("kind").GetString().ShouldBe("update");
        section.GetProperty("diagnostics")[0].GetProperty("code").GetString().ShouldBe("CC0030");
    }

    [Test]
    public void Markdown_has_a_table_of_entries_only_when_expectations_were_checked()
    {
        MarkdownReportWriter.Render(ReportFixture.Build()).ShouldNotContain("## Expected findings");

        var md = MarkdownReportWriter.Render(Checked());
        var section = md[md.IndexOf("\n## Expected findings\n", StringComparison.Ordinal)..];
        section.ShouldBe("""

            ## Expected findings

            Checked against `expect.yaml`: must 1/1, nice 0/1, unexpected contradictions 0.

            | Status | Need | Kind | Slot | Findings |
            | --- | --- | --- | --- | --- |
            | found | must | contradiction | `truce.start` | `f-contradiction-truce` |
            | MISSING | nice | update | `casualties.killed` |  |

            Unexpected contradictions:

            None.

            Problems in the expected findings (those entries were left out):

            - `expect.yaml(14,9): error CC0030: unknown kind 'rumour'`

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
