using System.Text;
using ClaimCheck.Reporting;
using ClaimCheck.Tests.Snapshots;
using NUnit.Framework;

namespace ClaimCheck.Tests.Reporting;

/// <summary>The three report formats of the hand-made report, against approved files beside this test.</summary>
public class ReportSnapshotTests
{
    [Test]
    public void Markdown_report_matches_the_approved_file() =>
        Approvals.Verify(MarkdownReportWriter.Render(ReportFixture.Build()), "Approved/report.approved.md");

    [Test]
    public void Json_report_matches_the_approved_file() =>
        Approvals.Verify(Encoding.UTF8.GetString(JsonReportWriter.Render(ReportFixture.Build())), "Approved/report.approved.json");

    [Test]
    public void Html_report_matches_the_approved_file() =>
        Approvals.Verify(HtmlReportWriter.Render(ReportFixture.Build()), "Approved/report.approved.html");
}
