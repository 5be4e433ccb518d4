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
/// its reports of samples/ must equal the approved ones in reports/ (what CI users keep as a
/// snapshot), and must not depend on input order.
/// </summary>
public class SampleReportSnapshotTests
{
    [Test]
    public void Check_with_no_corpus_writes_the_approved_reports_of_the_samples()
    {
        using var folder = new TempFolder();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = ClaimCheckCommand.Run(["check", "--out", folder.Path], new CliConsole(output, error, TestPaths.Repository), CheckEngine.Library);

        exit.ShouldBe(0, error.ToString());
        Approvals.Verify(File.ReadAllText(folder.Combine("report.md")), Path.Combine(TestPaths.Repository, "reports", "report.md"));
        Approvals.Verify(File.ReadAllText(folder.Combine("report.json")), Path.Combine(TestPaths.Repository, "reports", "report.json"));
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
