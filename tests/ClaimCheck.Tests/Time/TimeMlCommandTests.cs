using ClaimCheck.Cli;
using ClaimCheck.Tests.Cli;
using ClaimCheck.Time.TimeMl;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Time;

public class TimeMlCommandTests : CliTestBase
{
    [Test]
    public void Timeml_writes_each_document_with_our_annotations_under_its_name()
    {
        Cli.Folder.Write("gold/a.tml", TimeMlDocumentTests.Sample);

        var result = Cli.Run("timeml", "gold", "--out", "out", "--rules", TestPaths.Rules);

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        result.Out.ShouldContain("1 document written to out with 3 TIMEX3");
        var written = TimeMlDocument.Read(Cli.Folder.Combine("out", "a.tml")).Value.ShouldNotBeNull();
        written.Timexes.Select(t => t.Value).ShouldBe(["1998-03-04", "PT3H", "1997"]);
    }

    [Test]
    public void Eval_prints_the_figures_and_the_errors_by_cause()
    {
        Cli.Folder.Write("gold/a.tml", TimeMlDocumentTests.Sample.Replace("value=\"1997\"", "value=\"1996\"", StringComparison.Ordinal));

        var result = Cli.Run("eval", "timeml", "gold", "--errors", "--rules", TestPaths.Rules);

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        result.Out.ShouldContain("documents 1, gold TIMEX3 3, system TIMEX3 3");
        result.Out.ShouldContain("relaxed extent  P 1.000  R 1.000  F1 1.000");
        result.Out.ShouldContain("value accuracy  0.667");
        result.Out.ShouldContain("wrong value time.year: 1");
        result.Out.ShouldContain("TEST001: '1997' DATE 1996 | '1997' DATE 1997");
    }

    [Test]
    public void Eval_json_gives_the_figures_as_numbers()
    {
        Cli.Folder.Write("gold/a.tml", TimeMlDocumentTests.Sample);

        var result = Cli.Run("eval", "timeml", "gold/a.tml", "--json", "--rules", TestPaths.Rules);

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("valueF1").GetDouble().ShouldBe(1.0);
        json.RootElement.GetProperty("gold").GetInt32().ShouldBe(3);
        json.RootElement.GetProperty("schema").GetString().ShouldBe(TimeMlScoreJson.Schema);
        result.Out.ShouldEndWith("}\n");
    }

    [Test]
    public void Eval_json_with_errors_lists_the_causes_and_their_examples()
    {
        Cli.Folder.Write("gold/a.tml", TimeMlDocumentTests.Sample.Replace("value=\"1997\"", "value=\"1996\"", StringComparison.Ordinal));

        var result = Cli.Run("eval", "timeml", "gold", "--json", "--errors", "--rules", TestPaths.Rules);

        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var cause = json.RootElement.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        cause.GetProperty("cause").GetString().ShouldBe("wrong value time.year");
        var example = cause.GetProperty("examples").EnumerateArray().ShouldHaveSingleItem();
        example.GetProperty("goldValue").GetString().ShouldBe("1996");
        example.GetProperty("systemValue").GetString().ShouldBe("1997");
        json.RootElement.GetProperty("valueCorrect").GetInt32().ShouldBe(2);
    }

    [TestCase("eval", "timeml", "gold")]
    [TestCase("timeml", "gold", "--out", "out")]
    public void A_rule_file_that_did_not_load_is_reported_and_the_run_goes_on(params string[] command)
    {
        Cli.Folder.Write("gold/a.tml", TimeMlDocumentTests.Sample);
        Cli.Folder.Write("rules/time/broken.yaml", "rules:\n  - id: time.broken\n    pattern: [unclosed\n");

        var result = Cli.Run([.. command, "--rules", "rules"]);

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        result.Error.ShouldContain("rules/time/broken.yaml(4,1): error CC0101");
    }

    [Test]
    public void Eval_without_any_readable_document_stops_with_the_reasons()
    {
        Cli.Folder.Write("gold/broken.tml", "<TimeML><TEXT>");

        var result = Cli.Run("eval", "timeml", "gold", "missing", "--rules", TestPaths.Rules);

        result.ExitCode.ShouldBe(ExitCodes.Stopped);
        result.Error.ShouldContain("CC0021");
        result.Error.ShouldContain("CC0010");
        result.Error.ShouldContain("no TimeML document could be read");
    }
}
