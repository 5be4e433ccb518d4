using ClaimCheck.Cli;
using ClaimCheck.Tests.Cli;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Evaluation;

public class EvalCommandTests : CliTestBase
{
    // Invented rows in the FA-KES layout.
    private const string Fakes =
        "unit_id,article_title,article_content,source,date,location,actor,cause_of_death,nb_children,nb_civilians,nb_noncivilians,nb_women,label\n" +
        "201,Raid kills 6 in Hama,\"A raid on Hama killed 6 civilians on Friday.\",outlet-a,3/3/17,hama,army,air strike,0,6,0,0,1\n" +
        "202,Market shelled,\"Shells fell on a market in Hama and 8 people were killed.\",outlet-b,3/3/17,hama,army,shelling,0,5,0,0,1\n";

    [Test]
    public void Eval_fakes_prints_each_figure_with_hits_and_total()
    {
        Cli.Folder.Write("data/fakes.csv", Fakes);

        var result = Cli.Run("eval", "fakes", "data", "--rules", TestPaths.Rules);

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        result.Out.ShouldContain("FA-KES: 2 articles, 2 annotations, 2 with a nonzero civilian count");
        result.Out.ShouldContain("civilian deaths reported = annotation (nonzero annotations)  1/2 (50.0%)");
        result.Out.ShouldContain("Stories:");
    }

    [Test]
    public void Eval_fakes_json_is_the_evaluation_document()
    {
        Cli.Folder.Write("data/fakes.csv", Fakes);

        var result = Cli.Run("eval", "fakes", "data/fakes.csv", "--rules", TestPaths.Rules, "--json");

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        result.Out.ShouldStartWith("{\n  \"schema\": \"claimcheck-eval-fakes/1\"");
    }

    [Test]
    public void A_missing_data_set_stops_the_run()
    {
        Cli.Run("eval", "fakes", "nowhere.csv").ExitCode.ShouldBe(ExitCodes.Stopped);
        Cli.Run("eval", "gva", "nowhere").ExitCode.ShouldBe(ExitCodes.Stopped);
    }

    [Test]
    public void Eval_gva_scores_counts_in_a_section_of_its_own()
    {
        Cli.Folder.Write("gva/incidents.jsonl",
            "{\"incident_uri\": \"7\", \"date\": \"May 1, 2016\", \"state\": \"Iowa\", \"city_or_county\": \"Ames\", \"num_killed\": \"3\", \"num_injured\": \"0\", \"participants\": \"[]\"}\n");
        Cli.Folder.Write("gva/articles.jsonl",
            "{\"incident_id\": \"7\", \"doc_id\": \"abcdefabcdef0007\", \"title\": \"Three dead\", \"dct\": \"2016-05-02\", " +
            "\"uri\": \"https://www.example.org/news/7\", \"content\": \"Three people were killed in a shooting on Sunday, police said.\"}\n");

        var result = Cli.Run("eval", "gva", "gva", "--rules", TestPaths.Rules, "--json");

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        result.Out.ShouldContain("\"key\": \"counts.killed-right\"");
        result.Out.ShouldContain("\"hits\": 1,\n      \"total\": 1");
    }

    [Test]
    public void Eval_gva_errors_lists_the_name_error_classes_with_examples()
    {
        Cli.Folder.Write("gva/incidents.jsonl",
            "{\"incident_uri\": \"7\", \"date\": \"May 1, 2016\", \"state\": \"Iowa\", \"city_or_county\": \"Ames\", \"num_killed\": \"1\", \"num_injured\": \"0\", " +
            "\"participants\": \"[{'Type': ' Victim', 'Status': ' Killed', 'Name': ' Tavish Orrin'}]\"}\n");
        Cli.Folder.Write("gva/articles.jsonl",
            "{\"incident_id\": \"7\", \"doc_id\": \"abcdefabcdef0007\", \"title\": \"One dead\", \"dct\": \"2016-05-02\", " +
            "\"uri\": \"https://www.example.org/news/7\", \"content\": \"neighbours saw Tavish Orrin run.\"}\n");

        var result = Cli.Run("eval", "gva", "gva", "--rules", TestPaths.Rules, "--errors", "--examples", "1");

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        result.Out.ShouldContain("names errors:");
        result.Out.ShouldContain("recall.no-cue");
        result.Out.ShouldNotContain("counts errors:");
    }
}
