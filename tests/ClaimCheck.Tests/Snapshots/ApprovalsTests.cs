using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Snapshots;

public class ApprovalsTests
{
    private TempFolder temp = null!;

    private string? approveSetting;

    private string Folder => temp.Path;

    /// <summary>These tests check what a mismatch does, so a run that approves everything must not reach them.</summary>
    [SetUp]
    public void CreateFolder()
    {
        temp = new TempFolder("claimcheck-approvals-");
        approveSetting = Environment.GetEnvironmentVariable(Approvals.ApproveVariable);
        Environment.SetEnvironmentVariable(Approvals.ApproveVariable, null);
    }

    [TearDown]
    public void RemoveFolder()
    {
        Environment.SetEnvironmentVariable(Approvals.ApproveVariable, approveSetting);
        temp.Dispose();
    }

    private string Approved(string text)
    {
        var path = Path.Combine(Folder, "sample.approved.md");
        File.WriteAllText(path, text);
        return path;
    }

    [Test]
    public void Matching_output_passes_whatever_the_newlines_of_the_approved_file()
    {
        var approved = Approved("one\r\ntwo\r\n");
        Should.NotThrow(() => Approvals.Verify("one\ntwo\n", approved));
        File.Exists(Path.Combine(Folder, "sample.received.md")).ShouldBeFalse();
    }

    [Test]
    public void A_mismatch_writes_the_received_file_and_fails_with_a_unified_diff()
    {
        var lines = Enumerable.Range(1, 20).Select(i => $"line {i}").ToList();
        var approved = Approved(string.Join("\n", lines) + "\n");
        lines[9] = "line ten";

        var failure = Should.Throw<ShouldAssertException>(() => Approvals.Verify(string.Join("\n", lines) + "\n", approved));

        var received = Path.Combine(Folder, "sample.received.md");
        File.ReadAllText(received).ShouldContain("line ten");
        failure.Message.ShouldContain("--- sample.approved.md\n+++ sample.received.md\n@@ -7,7 +7,7 @@\n line 7\n line 8\n line 9\n-line 10\n+line ten\n line 11\n");
        failure.Message.ShouldContain(received);
        failure.Message.ShouldContain("CLAIMCHECK_APPROVE=1");
    }

    [Test]
    public void Trailing_white_space_counts()
    {
        var approved = Approved("value\n");
        Should.Throw<ShouldAssertException>(() => Approvals.Verify("value \n", approved));
    }

    [Test]
    public void A_missing_approved_file_writes_the_received_file_and_fails()
    {
        var approved = Path.Combine(Folder, "new.approved.json");
        var failure = Should.Throw<ShouldAssertException>(() => Approvals.Verify("{}\n", approved));
        failure.Message.ShouldContain("There is no approved file");
        File.ReadAllText(Path.Combine(Folder, "new.received.json")).ShouldBe("{}\n");
    }

    [TestCase("/x/report.approved.md", "/x/report.received.md")]
    [TestCase("/x/report.md", "/x/report.received.md")]
    public void Received_files_are_named_after_the_approved_file(string approved, string received) =>
        Approvals.ReceivedPath(approved).ShouldBe(received);

    [Test]
    public void Diffs_of_large_changes_are_cut_short()
    {
        var before = Enumerable.Range(0, 200).Select(i => $"a{i}").ToArray();
        var after = Enumerable.Range(0, 200).Select(i => $"b{i}").ToArray();
        var diff = UnifiedDiff.Format(before, after, "old", "new", maxLines: 10);
        diff.Split('\n').Length.ShouldBeLessThan(16);
        diff.ShouldContain("more changed lines");
    }

    [Test]
    public void Insertions_keep_the_surrounding_lines_as_context()
    {
        var diff = UnifiedDiff.Format(["a", "b", "c"], ["a", "b", "x", "c"], "old", "new");
        diff.ShouldBe("--- old\n+++ new\n@@ -1,3 +1,4 @@\n a\n b\n+x\n c\n");
    }
}
