using System.Diagnostics;
using System.Text.Json;
using ClaimCheck.Cli;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Cli;

/// <summary>
/// A folder or a file of the corpus that cannot be read is reported (CC0008, naming it) and the run
/// goes on with the rest. Root reads anything, so as root the real <c>check</c> runs in a child
/// process without the capabilities that let it (setpriv drops them from its bounding set), which
/// is how an ordinary user meets a folder or file another user locked.
/// </summary>
public class UnreadableInputTests
{
    private const string SetPriv = "/usr/bin/setpriv";

    [TestCase("locked")]
    [TestCase("locked-wire-ferry.md")]
    public void An_unreadable_folder_or_file_is_reported_and_the_articles_beside_it_are_checked(string lockedName)
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("folder permissions are tested on Linux");
            return;
        }

        using var folder = new TempFolder();
        folder.Write("corpus/courier-ferry.md", "---\nid: courier-ferry\noutlet: Lakeside Courier\npublished: 2016-04-19\n---\nA ferry fire killed 12 people on Monday, police said.\n");
        folder.Write("corpus/dispatch-ferry.md", "---\nid: dispatch-ferry\noutlet: Valley Dispatch\npublished: 2016-04-19\n---\nPolice said 34 people were killed on Monday when fire swept the ferry.\n");
        const string wire = "---\nid: wire-ferry\noutlet: Harbor Wire\npublished: 2016-04-19\n---\nThe ferry burned on Monday.\n";
        folder.Write(lockedName.EndsWith(".md", StringComparison.Ordinal) ? $"corpus/{lockedName}" : $"corpus/{lockedName}/wire-ferry.md", wire);
        var locked = folder.Combine("corpus", lockedName);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var asRoot = Environment.UserName == "root";
            string[] dropReading = [SetPriv, "--bounding-set", "-dac_override,-dac_read_search"];
            if (asRoot && (!File.Exists(SetPriv) || Run(folder.Path, [.. dropReading, "true"]).ExitCode != 0))
            {
                Assert.Ignore($"{SetPriv} cannot drop the capabilities here: as root nothing is unreadable");
            }

            var cli = typeof(ExitCodes).Assembly.Location;
            string[] run = ["dotnet", cli, "check", "corpus", "--rules", TestPaths.Rules, "--out", "out", "--format", "json"];
            var (exitCode, output) = Run(folder.Path, asRoot ? [.. dropReading, .. run] : run);

            exitCode.ShouldBe(ExitCodes.Success, output);
            using var report = JsonDocument.Parse(File.ReadAllText(folder.Combine("out", "report.json")));
            var skipped = report.RootElement.GetProperty("skipped").EnumerateArray().ShouldHaveSingleItem();
            skipped.GetProperty("code").GetString().ShouldBe(DiagnosticCodes.UnreadableFile);
            skipped.GetProperty("path").GetString()!.ShouldEndWith(lockedName);
            report.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).Order(StringComparer.Ordinal)
                .ShouldBe(["courier-ferry", "dispatch-ferry"]);
            report.RootElement.GetProperty("findings").EnumerateArray()
                .ShouldContain(f => f.GetProperty("kind").GetString() == "contradiction" && f.GetProperty("slot").GetString() == "casualties.killed");
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static (int ExitCode, string Output) Run(string directory, string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }
}
