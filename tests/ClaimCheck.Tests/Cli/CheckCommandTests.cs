using System.Text.Json;
using ClaimCheck.Cli;
using ClaimCheck.Consistency;
using ClaimCheck.Corpus;
using ClaimCheck.Reporting;
using ClaimCheck.Rules;
using ClaimCheck.Tests.Reporting;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Cli;

public class CheckCommandTests : CliTestBase
{
    private static CheckEngine Fixture => CliHarness.StandIn(ReportFixture.Build());

    [Test]
    public void An_unknown_option_is_bad_usage()
    {
        var result = Cli.Run(Fixture, "check", "--rules", Cli.Rules, "--colour", "red");
        result.ExitCode.ShouldBe(ExitCodes.Stopped);
        result.Error.ShouldContain("Unrecognized");
        result.Error.ShouldContain("claimcheck check --help");
    }

    [Test]
    public void A_rules_folder_without_a_rule_file_stops_the_run()
    {
        Directory.CreateDirectory(Cli.Folder.Combine("empty-rules"));

        var result = Cli.Run(Fixture, "check", "--rules", "empty-rules", "--out", "out");

        result.ExitCode.ShouldBe(ExitCodes.Stopped);
        result.Error.ShouldContain("the rules folder 'empty-rules' holds no rule file");
        Directory.Exists(Cli.Folder.Combine("out")).ShouldBeFalse();
    }

    [Test]
    public void A_missing_rules_folder_stops_the_run()
    {
        var result = Cli.Run(Fixture, "check", "--rules", "no-such-rules", "--out", "out");
        result.ExitCode.ShouldBe(ExitCodes.Stopped);
        result.Error.ShouldContain("the rules folder 'no-such-rules' does not exist");
        Directory.Exists(Cli.Folder.Combine("out")).ShouldBeFalse();
    }

    [Test]
    public void Writes_the_chosen_formats_and_a_summary()
    {
        var result = Cli.Run(Fixture, "check", "corpus", "--rules", Cli.Rules, "--out", "out", "--format", "md,html");

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        Directory.GetFiles(Cli.Folder.Combine("out")).Select(Path.GetFileName).Order().ShouldBe(["report.html", "report.md"]);
        File.ReadAllText(Cli.Folder.Combine("out", "report.md")).ShouldBe(MarkdownReportWriter.Render(ReportFixture.Build()));
        result.Out.ShouldContain("ClaimCheck: 3 articles, 2 stories, 3 events, 4 findings");
        result.Out.ShouldContain("contradiction");
        result.Out.ShouldContain("corpus/broken.md(3,1): CC0003:");
        result.Out.ShouldContain("Reports written: out/report.md, out/report.html");
    }

    private static CheckEngine Broken => Fixture with { Check = (_, _) => throw new InvalidOperationException("a stage broke\non two lines") };

    [Test]
    public void A_failure_of_the_tool_has_its_own_exit_code_and_one_line()
    {
        var result = Cli.Run(Broken, "check", "--rules", Cli.Rules, "--out", "out");

        result.ExitCode.ShouldBe(ExitCodes.Failure);
        result.Error.ShouldBe("error: ClaimCheck failed (InvalidOperationException: a stage broke on two lines); this is a bug, not a finding (--verbose prints the stack trace)" + Environment.NewLine);
    }

    [Test]
    public void Verbose_adds_the_stack_trace_of_a_failure()
    {
        var result = Cli.Run(Broken, "check", "--rules", Cli.Rules, "--out", "out", "--verbose");

        result.ExitCode.ShouldBe(ExitCodes.Failure);
        result.Error.ShouldContain("System.InvalidOperationException: a stage broke");
        result.Error.ShouldContain("   at ");
    }

    [Test]
    public void Help_lists_the_exit_codes() =>
        Cli.Run("--help").Out.ShouldContain(ExitCodes.Help);

    [Test]
    public void A_rule_timeout_met_during_the_run_is_on_the_console_too()
    {
        var report = ReportFixture.Build();
        var timeout = Diagnostic.RegexTimeout("claims.slow", "rules/claims/slow.yaml", 4, 14, "sentence 2 of corpus/ledger.md (article 'ledger-1')");
        var result = Cli.Run(CliHarness.StandIn(report with { RuleDiagnostics = [.. report.RuleDiagnostics, timeout] }), "check", "--rules", Cli.Rules, "--out", "out");

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        result.Out.ShouldContain("Diagnostics (the run went on):");
        result.Out.ShouldContain($"  {timeout}");
    }

    [Test]
    public void A_named_corpus_without_out_never_writes_over_the_samples_reports()
    {
        var result = Cli.Run(Fixture, "check", "corpus", "--rules", Cli.Rules);

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        File.Exists(Cli.Folder.Combine(CheckCommand.CorpusReportFolder, "report.md")).ShouldBeTrue();
        Directory.Exists(Cli.Folder.Combine(CheckCommand.DefaultReportFolder)).ShouldBeFalse();
    }

    [Test]
    public void Json_to_stdout_keeps_the_summary_off_stdout()
    {
        var result = Cli.Run(Fixture, "check", "--rules", Cli.Rules, "--format", "json", "--out", "-");

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        result.Out.ShouldBe(JsonReportWriter.RenderText(ReportFixture.Build()));
        using var parsed = JsonDocument.Parse(result.Out);
        parsed.RootElement.GetProperty("findings").GetArrayLength().ShouldBe(4);
        result.Error.ShouldContain("ClaimCheck: 3 articles");
    }

    [Test]
    public void Stdout_takes_only_json() =>
        Cli.Run(Fixture, "check", "--rules", Cli.Rules, "--format", "md", "--out", "-").ExitCode.ShouldBe(ExitCodes.Stopped);

    [Test]
    public void An_unknown_format_is_bad_usage()
    {
        var result = Cli.Run(Fixture, "check", "--rules", Cli.Rules, "--format", "md,pdf");
        result.ExitCode.ShouldBe(ExitCodes.Stopped);
        result.Error.ShouldContain("'pdf'");
    }

    [TestCase("contradiction", ExitCodes.Findings)]
    [TestCase("none", ExitCodes.Success)]
    public void Fail_on_contradiction_trips_on_any_contradiction(string failOn, int exit) =>
        Cli.Run(Fixture, "check", "--rules", Cli.Rules, "--out", "out", "--fail-on", failOn).ExitCode.ShouldBe(exit);

    [Test]
    public void Without_a_contradiction_fail_on_contradiction_passes()
    {
        var report = ReportFixture.Build();
        var engine = CliHarness.StandIn(report with { Findings = [.. report.Findings.Where(f => f.Kind != FindingKind.Contradiction)] });
        Cli.Run(engine, "check", "--rules", Cli.Rules, "--out", "out", "--fail-on", "contradiction").ExitCode.ShouldBe(ExitCodes.Success);
    }

    [Test]
    public void Fail_on_new_compares_with_the_baseline()
    {
        var report = ReportFixture.Build();
        var older = report with { Findings = report.Findings.RemoveAt(0) };
        File.WriteAllBytes(Cli.Folder.Combine("baseline.json"), JsonReportWriter.Render(older));

        var same = Cli.Run(CliHarness.StandIn(older), "check", "--rules", Cli.Rules, "--out", "out", "--baseline", "baseline.json", "--fail-on", "new");
        same.ExitCode.ShouldBe(ExitCodes.Success, same.Error);
        same.Out.ShouldContain("Against the baseline: 0 new, 0 gone, 0 changed kind, 3 unchanged.");

        var grown = Cli.Run(CliHarness.StandIn(report), "check", "--rules", Cli.Rules, "--out", "out", "--baseline", "baseline.json", "--fail-on", "new");
        grown.ExitCode.ShouldBe(ExitCodes.Findings);
        grown.Out.ShouldContain("1 new, 0 gone");
        grown.Out.ShouldContain("new: omission meeting.duration (f-omission-duration)");
    }

    [Test]
    public void Fail_on_new_needs_a_baseline() =>
        Cli.Run(Fixture, "check", "--rules", Cli.Rules, "--fail-on", "new").ExitCode.ShouldBe(ExitCodes.Stopped);

    [Test]
    public void A_malformed_baseline_stops_the_run_with_its_position()
    {
        Cli.Folder.Write("baseline.json", "{\n  \"findings\": [,]\n}\n");
        var result = Cli.Run(Fixture, "check", "--rules", Cli.Rules, "--out", "out", "--baseline", "baseline.json");
        result.ExitCode.ShouldBe(ExitCodes.Stopped);
        result.Error.ShouldContain("baseline.json(2,16): the baseline is not valid JSON");
    }

    [Test]
    public void No_loadable_article_stops_the_run_and_says_why()
    {
        var skipped = ReportFixture.Build().Skipped;
        var engine = CheckEngine.Library with { LoadCorpus = (_, _, _) => new CorpusLoadResult([], skipped) };
        var result = Cli.Run(engine, "check", "broken.md", "--rules", Cli.Rules, "--out", "out");
        result.ExitCode.ShouldBe(ExitCodes.Stopped);
        result.Error.ShouldContain("corpus/broken.md(3,1): error CC0003");
        result.Error.ShouldContain("no article could be loaded from broken.md");
    }

    [Test]
    public void Check_of_the_current_folder_never_reads_its_own_earlier_reports()
    {
        Cli.Folder.Write("ledger.md", "---\nid: ledger-1\noutlet: Harbor Ledger\npublished: 2016-04-28\n---\nThe truce began in February 2016.\n");
        Cli.Folder.Write("wire.md", "---\nid: wire-1\noutlet: Meridian Wire\npublished: 2016-04-28\n---\nA March truce is in doubt.\n");

        Cli.Run("check", ".", "--rules", Cli.Rules).ExitCode.ShouldBe(ExitCodes.Success);
        var again = Cli.Run("check", ".", "--rules", Cli.Rules);

        again.ExitCode.ShouldBe(ExitCodes.Success, again.Error);
        again.Out.ShouldContain("ClaimCheck: 2 articles, 2 stories, 0 events, 0 findings, 0 skipped inputs");
    }

    [Test]
    public void Runs_the_real_library_on_a_corpus_folder()
    {
        Cli.Folder.Write("corpus/ledger.md", "---\nid: ledger-1\noutlet: Harbor Ledger\npublished: 2016-04-28\n---\nThe truce began in February 2016.\n");
        Cli.Folder.Write("corpus/wire.md", "---\nid: wire-1\noutlet: Meridian Wire\npublished: 2016-04-28\n---\nA March truce is in doubt.\n");
        Assume.That(CorpusLoader.Load([Cli.Folder.Combine("corpus")]).Articles, Is.Not.Empty, "the corpus loader is still a placeholder");

        var result = Cli.Run("check", Cli.Folder.Combine("corpus"), "--rules", Cli.Rules, "--out", "out", "--format", "json,html");

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Cli.Folder.Combine("out", "report.json")));
        json.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).Order().ShouldBe(["ledger-1", "wire-1"]);
        File.Exists(Cli.Folder.Combine("out", "report.html")).ShouldBeTrue();
        File.Exists(Cli.Folder.Combine("out", "report.md")).ShouldBeFalse();
    }
}
