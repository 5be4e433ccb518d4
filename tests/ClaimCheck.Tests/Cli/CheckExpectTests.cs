using System.Text.Json;
using ClaimCheck.Cli;
using ClaimCheck.Tests.Reporting;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Cli;

/// <summary><c>check --expect FILE</c> over the hand-made report: statuses, sections, exit codes.</summary>
public class CheckExpectTests : CliTestBase
{
    private static CheckEngine Fixture => CliHarness.StandIn(ReportFixture.Build());

    /// <summary>An entry the fixture's contradiction meets, and one update it lacks.</summary>
    private const string FoundAndMissing = """
        - slot: truce.start
          kind: contradiction
          must: true
          values: { harbor-ledger-0428: "February 2016", meridian-wire-0428: "a March truce" }
        - slot: casualties.killed
          kind: update
          priority: nice
          values: { harbor-ledger-0428: "12 civilians" }
        """;

    /// <summary>Writes the expected findings and checks the fixture against them, reports in out/.</summary>
    private CliResult CheckAgainst(string yaml)
    {
        Cli.Folder.Write("expect.yaml", yaml);
        return Cli.Run(Fixture, "check", "corpus", "--rules", Cli.Rules, "--out", "out", "--expect", "expect.yaml");
    }

    [Test]
    public void Met_must_entries_pass_and_every_entry_is_listed()
    {
        var result = CheckAgainst(FoundAndMissing);

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        result.Out.ShouldContain("Expected findings (expect.yaml):");
        result.Out.ShouldContain("  must found     contradiction        truce.start\n");
        result.Out.ShouldContain("  nice MISSING   update               casualties.killed\n");
        result.Out.ShouldContain("  must 1/1, nice 0/1, unexpected contradictions 0\n");
        File.ReadAllText(Cli.Folder.Combine("out", "report.md")).ShouldContain("| MISSING | nice | update | `casualties.killed` |  |");
        using var json = JsonDocument.Parse(File.ReadAllBytes(Cli.Folder.Combine("out", "report.json")));
        json.RootElement.GetProperty("expectations").GetProperty("totals").GetProperty("mustMet").GetInt32().ShouldBe(1);
    }

    [Test]
    public void A_failed_must_entry_exits_with_1()
    {
        var result = CheckAgainst(FoundAndMissing.Replace("priority: nice", "must: true", StringComparison.Ordinal));

        result.ExitCode.ShouldBe(ExitCodes.Findings);
        result.Out.ShouldContain("  must MISSING   update               casualties.killed\n");
        result.Out.ShouldContain("must 1/2, nice 0/0, unexpected contradictions 0 (a must entry failed: exit code 1)");
    }

    [Test]
    public void A_violated_must_not_a_contradiction_exits_with_1_and_explains_the_contradiction()
    {
        var result = CheckAgainst("""
            - slot: truce.start
              kind: not-a-contradiction
              must: true
              values: { harbor-ledger-0428: "implemented in February", meridian-wire-0428: "March truce" }
            """);

        result.ExitCode.ShouldBe(ExitCodes.Findings);
        result.Out.ShouldContain("  must VIOLATED  not-a-contradiction  truce.start\n");
        result.Out.ShouldNotContain("unexpected contradiction:");
    }

    [Test]
    public void Contradictions_no_entry_names_are_listed_as_unexpected()
    {
        var result = CheckAgainst("findings: []\n");

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        result.Out.ShouldContain("  unexpected contradiction: truce.start (f-contradiction-truce) [harbor-ledger-0428, meridian-wire-0428]\n");
    }

    [Test]
    public void A_missing_expect_file_is_bad_usage()
    {
        var result = Cli.Run(Fixture, "check", "corpus", "--rules", Cli.Rules, "--out", "out", "--expect", "nowhere.yaml");

        result.ExitCode.ShouldBe(ExitCodes.Stopped);
        result.Error.ShouldContain("error: --expect: the expected-findings file 'nowhere.yaml' does not exist");
        Directory.Exists(Cli.Folder.Combine("out")).ShouldBeFalse();
    }

    [Test]
    public void A_file_that_is_not_yaml_stops_the_run_with_its_position()
    {
        var result = CheckAgainst("- slot: truce.start\n  values: { a: \"x\"\n");

        result.ExitCode.ShouldBe(ExitCodes.Stopped);
        result.Error.ShouldContain("expect.yaml(3,1): error CC0030: not valid YAML");
        result.Error.ShouldContain("error: --expect: expect.yaml holds no usable expected findings");
    }

    [Test]
    public void A_malformed_entry_is_reported_the_rest_is_checked_and_the_run_fails()
    {
        var result = CheckAgainst(FoundAndMissing + "\n- slot: truce.end\n  kind: rumour\n  values: { a: \"x\" }\n");

        result.ExitCode.ShouldBe(ExitCodes.Findings, result.Error);
        result.Error.ShouldContain("expect.yaml(10,9): error CC0030: unknown kind 'rumour'");
        result.Out.ShouldContain("must 1/1, nice 0/1");
    }

    [Test]
    public void Json_on_stdout_carries_the_section_and_the_listing_goes_to_stderr()
    {
        Cli.Folder.Write("expect.yaml", FoundAndMissing);

        var result = Cli.Run(Fixture, "check", "--rules", Cli.Rules, "--format", "json", "--out", "-", "--expect", "expect.yaml");

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("expectations").GetProperty("entries").GetArrayLength().ShouldBe(2);
        result.Error.ShouldContain("  must found     contradiction        truce.start");
        result.Out.ShouldNotContain("must found");
    }

    [Test]
    public void Without_expect_the_reports_have_no_section()
    {
        var result = Cli.Run(Fixture, "check", "corpus", "--rules", Cli.Rules, "--out", "out");

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        result.Out.ShouldNotContain("Expected findings");
        File.ReadAllText(Cli.Folder.Combine("out", "report.json")).ShouldNotContain("\"expectations\"");
    }
}
