using ClaimCheck.Cli;
using ClaimCheck.Corpus;
using ClaimCheck.Reporting;
using ClaimCheck.Rules;
using ClaimCheck.Tests.Snapshots;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.EndToEnd;

/// <summary>
/// The README's first command, `check` with no corpus, run in-process from the repository root:
/// its reports of samples/ must equal the approved snapshots kept beside this test, which only
/// CLAIMCHECK_APPROVE=1 rewrites. reports/ (what that command writes, and what the README shows)
/// must equal them too; since any `check` run rewrites reports/, it is never the snapshot itself,
/// or a changed sample would pass against whatever the last run wrote.
/// </summary>
public class SampleReportSnapshotTests
{
    private const string ApprovedMarkdown = "samples-report.approved.md";

    private const string ApprovedJson = "samples-report.approved.json";

    [Test]
    public void Check_with_no_corpus_writes_the_approved_reports_of_the_samples()
    {
        using var folder = new TempFolder();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = ClaimCheckCommand.Run(["check", "--out", folder.Path], new CliConsole(output, error, TestPaths.Repository), CheckEngine.Library);

        exit.ShouldBe(0, error.ToString());
        Approvals.Verify(File.ReadAllText(folder.Combine("report.md")), ApprovedMarkdown);
        Approvals.Verify(File.ReadAllText(folder.Combine("report.json")), ApprovedJson);
    }

    [TestCase("report.md", ApprovedMarkdown)]
    [TestCase("report.json", ApprovedJson)]
    public void The_reports_folder_holds_the_approved_reports(string report, string approved)
    {
        var here = Path.Combine(TestPaths.Repository, "tests", "ClaimCheck.Tests", "EndToEnd");

        File.ReadAllText(Path.Combine(TestPaths.Repository, "reports", report)).ReplaceLineEndings("\n")
            .ShouldBe(File.ReadAllText(Path.Combine(here, approved)).ReplaceLineEndings("\n"),
                $"reports/{report} is not the approved snapshot: run `check` from the repository root once the snapshot is approved");
    }

    [Test]
    public void The_report_is_the_same_bytes_whatever_the_order_of_the_inputs()
    {
        var rules = RulePack.Load(TestPaths.Rules, "rules");
        var files = Directory.GetFiles(TestPaths.Samples, "*.md").Where(f => !f.EndsWith("README.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

        var forward = JsonReportWriter.RenderText(Checker.Check(CorpusLoader.Load(files), rules));
        var backward = JsonReportWriter.RenderText(Checker.Check(CorpusLoader.Load([.. files.Reverse()]), rules));

        backward.ShouldBe(forward);
    }
}
