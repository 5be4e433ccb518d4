using ClaimCheck.Cli;
using ClaimCheck.Corpus;
using ClaimCheck.Reporting;
using ClaimCheck.Tests.Reporting;
using ClaimCheck.Tests.Snapshots;
using NUnit.Framework;

namespace ClaimCheck.Tests.Cli;

/// <summary>What one command line printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>Runs the command tree in-process against a temporary working folder, with captured writers.</summary>
internal sealed class CliHarness : IDisposable
{
    public CliHarness()
    {
        Folder = new TempFolder("claimcheck-cli-");
        Folder.Write("rules/text/sentences.yaml", "# The one abbreviation the sentence splitter knows here.\nabbreviations:\n  never-final: [Mr.]\n");
    }

    public TempFolder Folder { get; }

    /// <summary>The rules folder in the working folder: one file of no rules, so it loads cleanly and is a rule pack.</summary>
    public string Rules => Folder.Combine("rules");

    public CliResult Run(params string[] args) => Run(CheckEngine.Library, args);

    public CliResult Run(CheckEngine engine, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ClaimCheckCommand.Run(args, new CliConsole(output, error, Folder.Path), engine);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    /// <summary>
    /// The library with the corpus stage and the checker stood in for by the hand-made report, so
    /// that the command's own work (options, files, summaries, exit codes) is tested whatever the
    /// state of the stages.
    /// </summary>
    public static CheckEngine StandIn(Report report) => CheckEngine.Library with
    {
        LoadCorpus = (_, _, _) => new CorpusLoadResult([ReportFixture.Ledger, ReportFixture.Wire, ReportFixture.Post], report.Skipped),
        Check = (_, _) => report,
    };

    public void Dispose() => Folder.Dispose();
}

/// <summary>A fresh <see cref="CliHarness"/> for every test.</summary>
public abstract class CliTestBase
{
    private CliHarness? harness;

    internal CliHarness Cli => harness ?? throw new InvalidOperationException("the harness is made in SetUp");

    [SetUp]
    public void StartHarness() => harness = new CliHarness();

    [TearDown]
    public void StopHarness() => harness?.Dispose();
}
