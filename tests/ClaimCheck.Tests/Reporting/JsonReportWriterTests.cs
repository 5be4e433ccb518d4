using System.Text;
using System.Text.Json;
using ClaimCheck.Reporting;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Reporting;

public class JsonReportWriterTests
{
    [Test]
    public void The_same_report_gives_the_same_bytes_without_a_bom_or_carriage_returns()
    {
        var first = JsonReportWriter.Render(ReportFixture.Build());
        var second = JsonReportWriter.Render(ReportFixture.Build());
        second.ShouldBe(first);
        first.Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF });
        first.ShouldNotContain((byte)'\r');
        first[^1].ShouldBe((byte)'\n');
    }

    [Test]
    public void Findings_carry_the_contract_fields_in_a_fixed_order()
    {
        using var json = JsonDocument.Parse(JsonReportWriter.Render(ReportFixture.Build()));
        var root = json.RootElement;
        root.EnumerateObject().Select(p => p.Name).ShouldBe(["schema", "summary", "findings", "articles", "stories", "events", "skipped", "diagnostics"]);

        var finding = root.GetProperty("findings")[1];
        finding.EnumerateObject().Select(p => p.Name).ShouldBe(["id", "kind", "event", "slot", "severity", "summary", "policy", "claims"]);
        finding.GetProperty("kind").GetString().ShouldBe("contradiction");
        finding.GetProperty("severity").GetString().ShouldBe("high");

        var claim = finding.GetProperty("claims")[0];
        claim.EnumerateObject().Select(p => p.Name).ShouldBe(
            ["id", "article", "outlet", "evidence", "start", "length", "line", "column", "sentence", "value", "positive", "attributedTo", "rule", "qualifiers"]);
        claim.GetProperty("evidence").GetString().ShouldBe("implemented in February 2016");
        claim.GetProperty("value").GetString().ShouldBe("2016-02");
        claim.GetProperty("rule").GetString().ShouldBe("time.month-year");
    }

    [Test]
    public void Offsets_line_and_column_point_at_the_evidence()
    {
        using var json = JsonDocument.Parse(JsonReportWriter.Render(ReportFixture.Build()));
        var claim = json.RootElement.GetProperty("findings")[1].GetProperty("claims")[0];
        var start = claim.GetProperty("start").GetInt32();
        var length = claim.GetProperty("length").GetInt32();
        ReportFixture.Ledger.Text.Substring(start, length).ShouldBe("implemented in February 2016");

        // The body starts on line 7; the evidence is on the body's third line, after "The truce, ".
        claim.GetProperty("line").GetInt32().ShouldBe(9);
        claim.GetProperty("column").GetInt32().ShouldBe("The truce, ".Length + 1);
    }

    [Test]
    public void Summary_counts_every_kind_even_when_zero()
    {
        using var json = JsonDocument.Parse(JsonReportWriter.Render(ReportFixture.Build()));
        var summary = json.RootElement.GetProperty("summary");
        summary.GetProperty("findings").GetInt32().ShouldBe(4);
        summary.GetProperty("contradiction").GetInt32().ShouldBe(1);
        summary.GetProperty("agreement").GetInt32().ShouldBe(0);
        summary.GetProperty("quote-variant").GetInt32().ShouldBe(1);
        summary.GetProperty("skipped").GetInt32().ShouldBe(1);
    }

    [Test]
    public void Non_ascii_text_stays_readable_and_skipped_inputs_keep_their_position()
    {
        var text = Encoding.UTF8.GetString(JsonReportWriter.Render(ReportFixture.Build()));
        text.ShouldContain("Genève");
        text.ShouldContain("\"path\": \"corpus/broken.md\",\n      \"code\": \"CC0003\",\n      \"line\": 3,\n      \"column\": 1,");
    }
}
