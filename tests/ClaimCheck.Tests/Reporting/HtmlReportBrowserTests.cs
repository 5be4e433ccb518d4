using ClaimCheck.Reporting;
using ClaimCheck.Tests.Snapshots;
using Microsoft.Playwright;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Reporting;

/// <summary>
/// The HTML report as a reader sees it, in Debian's Chromium driven by Playwright (never a
/// downloaded browser; .ci/run installs the `chromium` package): the findings are there, and
/// article text that looks like markup stays text and never runs.
/// </summary>
public class HtmlReportBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Test]
    public async Task The_report_shows_every_finding_and_article_markup_stays_text()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Ignore($"{Chromium} is not installed (apt-get install chromium); .ci/run installs it");
        }

        var report = ReportFixture.Build();
        using var folder = new TempFolder();
        var file = folder.Write("report.html", HtmlReportWriter.Render(report));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        await page.GotoAsync(new Uri(file).AbsoluteUri);

        var body = await page.InnerTextAsync("body");
        foreach (var finding in report.Findings)
        {
            body.ShouldContain(finding.Summary);
        }

        body.ShouldContain("<script>alert(\"x\")</script>");
        dialogs.ShouldBe(0);
        (await page.Locator("script").CountAsync()).ShouldBe(0);
    }
}
