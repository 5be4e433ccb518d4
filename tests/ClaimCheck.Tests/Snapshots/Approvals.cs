using System.Runtime.CompilerServices;
using System.Text;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Snapshots;

/// <summary>
/// Snapshot testing in the manner of Verify: output is compared with an approved file kept in the
/// repository beside the tests. On a mismatch the output is written as <c>NAME.received.EXT</c>
/// beside the approved file (git ignores it) and the test fails with a unified diff and how to
/// approve. With the environment variable <c>CLAIMCHECK_APPROVE=1</c> the output is accepted:
/// it is written over the approved file and the test passes.
/// </summary>
internal static class Approvals
{
    public const string ApproveVariable = "CLAIMCHECK_APPROVE";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Compares <paramref name="actual"/> with the approved file. A relative
    /// <paramref name="approvedPath"/> is taken from the folder of the calling test's source file.
    /// Newlines are normalized to '\n' on both sides; trailing white space counts.
    /// </summary>
    public static void Verify(string actual, string approvedPath, [CallerFilePath] string callerFile = "")
    {
        var approved = ResolveApproved(approvedPath, callerFile);
        var received = ReceivedPath(approved);
        Directory.CreateDirectory(Path.GetDirectoryName(approved)!);
        var normalized = Normalize(actual);
        if (Environment.GetEnvironmentVariable(ApproveVariable) == "1")
        {
            File.WriteAllText(approved, normalized, Utf8NoBom);
            File.Delete(received);
            TestContext.Out.WriteLine($"approved {approved} ({ApproveVariable}=1)");
            return;
        }

        if (!File.Exists(approved))
        {
            File.WriteAllText(received, normalized, Utf8NoBom);
            throw new ShouldAssertException(
                $"There is no approved file {approved}.\nThe output was written to {received}.\n{HowToApprove(approved, received)}");
        }

        var expected = Normalize(File.ReadAllText(approved));
        if (expected == normalized)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, normalized, Utf8NoBom);
        var diff = UnifiedDiff.Format(Lines(expected), Lines(normalized), Path.GetFileName(approved), Path.GetFileName(received));
        throw new ShouldAssertException(
            $"The output differs from the approved file {approved}.\nThe output was written to {received}.\n\n{diff}\n{HowToApprove(approved, received)}");
    }

    /// <summary><c>x.approved.md</c> gives <c>x.received.md</c>; any other <c>x.md</c> gives <c>x.received.md</c>.</summary>
    public static string ReceivedPath(string approvedPath)
    {
        var folder = Path.GetDirectoryName(approvedPath) ?? "";
        var name = Path.GetFileName(approvedPath);
        var ext = Path.GetExtension(name);
        var stem = Path.GetFileNameWithoutExtension(name);
        if (stem.EndsWith(".approved", StringComparison.Ordinal))
        {
            stem = stem[..^".approved".Length];
        }

        return Path.Combine(folder, $"{stem}.received{ext}");
    }

    private static string ResolveApproved(string approvedPath, string callerFile)
    {
        if (Path.IsPathRooted(approvedPath))
        {
            return approvedPath;
        }

        var folder = Path.GetDirectoryName(callerFile);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            throw new InvalidOperationException(
                $"cannot place the approved file {approvedPath}: the test's source folder '{folder}' does not exist here (pass an absolute path)");
        }

        return Path.Combine(folder, approvedPath);
    }

    private static string HowToApprove(string approved, string received) =>
        $"If the new output is right, approve it: copy {received} over {approved}, " +
        $"or run the tests again with the environment variable {ApproveVariable}=1.";

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static string[] Lines(string text) => text.Split('\n');
}
