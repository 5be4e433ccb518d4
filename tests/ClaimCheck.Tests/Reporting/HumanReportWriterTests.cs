using ClaimCheck.Reporting;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Reporting;

public class HumanReportWriterTests
{
    [Test]
    public void Html_escapes_every_piece_of_article_text()
    {
        var html = HtmlReportWriter.Render(ReportFixture.Build());
        html.ShouldNotContain("<script");
        html.ShouldContain("12 civilians &amp; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
        html.ShouldContain("&quot;We need an urgent push.&quot;");
        html.ShouldContain("Genève");
    }

    [Test]
    public void Html_is_one_self_contained_page()
    {
        var html = HtmlReportWriter.Render(ReportFixture.Build());
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<style>");
        html.ShouldNotContain("<link");
        html.ShouldNotContain("src=");
    }

    [TestCase("a | b", @"a \| b")]
    [TestCase("<b>bold</b>", @"\<b\>bold\</b\>")]
    [TestCase("two\nlines", "two lines")]
    [TestCase("*not* _emphasis_", @"\*not\* \_emphasis\_")]
    public void Markdown_escapes_text_that_would_read_as_markup(string text, string escaped) =>
        MarkdownReportWriter.Escape(text).ShouldBe(escaped);

    [Test]
    public void Markdown_orders_findings_by_severity_then_kind()
    {
        var md = MarkdownReportWriter.Render(ReportFixture.Build());
        var quoteVariant = md.IndexOf("MEDIUM quote-variant", StringComparison.Ordinal);
        var omission = md.IndexOf("LOW omission", StringComparison.Ordinal);
        quoteVariant.ShouldBeGreaterThan(0);
        omission.ShouldBeGreaterThan(quoteVariant);
    }

    [Test]
    public void An_event_spanning_stories_appears_once_under_its_first_story()
    {
        var md = MarkdownReportWriter.Render(ReportFixture.Build());
        md.Split("Event: Talks on the truce, April 2016").Length.ShouldBe(2);
        md.IndexOf("Event: Talks on the truce", StringComparison.Ordinal).ShouldBeGreaterThan(md.IndexOf("Story: Truce under strain", StringComparison.Ordinal));
        md.ShouldContain("also in `story-talks`");
    }

    [Test]
    public void Nothing_in_the_report_is_left_out_of_the_human_formats()
    {
        var report = ReportFixture.Build();
        foreach (var text in new[] { MarkdownReportWriter.Render(report), HtmlReportWriter.Render(report) })
        {
            foreach (var finding in report.Findings)
            {
                text.ShouldContain(finding.Id);
            }

            text.ShouldContain("The war in Syria");
            text.ShouldContain("corpus/broken.md");
            text.ShouldContain("CC0003");
            text.ShouldContain("rules/time/months.yaml(12,5): warning CC0109");
        }
    }
}
