using ClaimCheck.Reporting;
using ClaimCheck.Tests.Snapshots;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Reporting;

public class ReportWriterTests
{
    private TempFolder temp = null!;

    private string Folder => temp.Path;

    [SetUp]
    public void CreateFolder() => temp = new TempFolder("claimcheck-report-");

    [TearDown]
    public void RemoveFolder() => temp.Dispose();

    [Test]
    public void Writes_exactly_the_chosen_formats()
    {
        var outDir = Path.Combine(Folder, "nested", "reports");
        var written = ReportWriter.Write(ReportFixture.Build(), outDir, ReportFormats.Markdown | ReportFormats.Html);
        written.Select(Path.GetFileName).ShouldBe(["report.md", "report.html"]);
        Directory.GetFiles(outDir).Select(Path.GetFileName).Order().ShouldBe(["report.html", "report.md"]);
        File.ReadAllText(written[0]).ShouldBe(MarkdownReportWriter.Render(ReportFixture.Build()));
    }

    [Test]
    public void Files_are_utf8_without_a_bom()
    {
        var written = ReportWriter.Write(ReportFixture.Build(), Folder, ReportFormats.Markdown | ReportFormats.Json | ReportFormats.Html);
        foreach (var path in written)
        {
            File.ReadAllBytes(path).Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF }, path);
        }
    }

    [TestCase("md,json", ReportFormats.Markdown | ReportFormats.Json)]
    [TestCase(" html , markdown ", ReportFormats.Html | ReportFormats.Markdown)]
    [TestCase("JSON", ReportFormats.Json)]
    public void Format_lists_are_read(string text, ReportFormats expected)
    {
        ReportWriter.TryParseFormats(text, out var formats, out var error).ShouldBeTrue();
        error.ShouldBeNull();
        formats.ShouldBe(expected);
    }

    [TestCase("md,pdf", "'pdf'")]
    [TestCase(",", "no report format")]
    public void Unknown_formats_are_refused_with_their_name(string text, string expected)
    {
        ReportWriter.TryParseFormats(text, out _, out var error).ShouldBeFalse();
        error!.ShouldContain(expected);
    }
}
