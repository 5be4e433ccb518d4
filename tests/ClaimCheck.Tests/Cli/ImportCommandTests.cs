using ClaimCheck.Cli;
using ClaimCheck.Corpus.Import;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Cli;

public class ImportCommandTests : CliTestBase
{
    // Two invented rows in the FA-KES layout; the second has a date the importer must refuse.
    private const string Fakes =
        "unit_id,article_title,article_content,source,date,location,actor,cause_of_death,nb_children,nb_civilians,nb_noncivilians,nb_women,label\n" +
        "101,Shelling hits a market,\"Residents said the shelling, which began at dawn, hit a busy market.\",Harbor Ledger,4/5/17,Idlib,Army,Shelling,1,7,0,2,1\n" +
        "102,Convoy stopped,An aid convoy was stopped at a checkpoint.,Meridian Wire,someday,Aleppo,Rebels,Shooting,0,0,0,0,0\n";

    [Test]
    public void Fakes_rows_become_corpus_files_and_bad_rows_are_reported()
    {
        Cli.Folder.Write("data/fakes.csv", Fakes);

        var result = Cli.Run("import", "fakes", "data", "--out", "corpus");

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        result.Out.ShouldContain("1 article written to corpus; 1 problem reported");
        result.Error.ShouldContain("CC0004");
        var file = File.ReadAllText(Cli.Folder.Combine("corpus", "fakes-101.md"));
        file.ShouldStartWith("---\n");
        file.ShouldContain("outlet: Harbor Ledger");
        file.ShouldContain("published: 2017-04-05");
        file.ShouldContain("which began at dawn, hit a busy market.");
    }

    [Test]
    public void Gva_articles_become_corpus_files()
    {
        Cli.Folder.Write("gva/articles.jsonl",
            "{\"incident_id\": \"1\", \"doc_id\": \"0123456789abcdef\", \"title\": \"Two hurt in shooting\", \"dct\": \"2017-03-02\", " +
            "\"uri\": \"https://www.example.org/news/1\", \"content\": \"Police said two people were hurt late on Tuesday.\"}\n");

        var result = Cli.Run("import", "gva", "gva/articles.jsonl", "--out", "corpus");

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        var file = File.ReadAllText(Cli.Folder.Combine("corpus", "gva-0123456789ab.md"));
        file.ShouldContain("outlet: example.org");
        file.ShouldContain("Police said two people were hurt late on Tuesday.");
    }

    [Test]
    public void A_missing_source_stops_the_run()
    {
        var result = Cli.Run("import", "gva", "nowhere.jsonl", "--out", "corpus");
        result.ExitCode.ShouldBe(ExitCodes.Stopped);
        result.Error.ShouldContain("'nowhere.jsonl' does not exist");
    }

    [Test]
    public void The_output_folder_is_required() =>
        Cli.Run("import", "fakes", "fakes.csv").ExitCode.ShouldBe(ExitCodes.Stopped);

    [Test]
    public void Written_files_round_trip_through_the_corpus_format()
    {
        Cli.Folder.Write("fakes.csv", Fakes);
        Cli.Run("import", "fakes", "fakes.csv", "--out", "corpus").ExitCode.ShouldBe(ExitCodes.Success);
        var article = FakesImporter.Read(Cli.Folder.Combine("fakes.csv")).Articles.ShouldHaveSingleItem();
        File.ReadAllText(Cli.Folder.Combine("corpus", "fakes-101.md")).ShouldBe(CorpusImport.Format(article));
    }
}
