using ClaimCheck.Corpus.Import;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Import;

public class FakesImporterTests
{
    private const string Header = "unit_id,article_title,article_content,source,date,location,actor,cause_of_death,nb_children,nb_civilians,nb_noncivilians,nb_women,label\n";

    private static readonly Lazy<FakesImport> Shared = new(() => FakesImporter.Read(TestPaths.RequireShared("data", "fakes", "fakes.csv")));

    [Test]
    public void Every_row_of_the_real_file_is_imported()
    {
        TestPaths.RequireShared("data", "fakes", "fakes.csv");
        var import = Shared.Value;

        import.Annotations.Length.ShouldBe(804);
        import.Diagnostics.ShouldNotContain(d => d.Severity == DiagnosticSeverity.Error);
        // Rows that repeat a unit_id with the same text are one article with several annotations.
        import.Articles.Length.ShouldBe(793);
        import.Articles.Select(a => a.Id).ShouldBeUnique();
        import.Annotations.Select(a => a.ArticleId).Distinct().Count().ShouldBe(793);
        import.Articles.Select(a => a.Outlet).Distinct().Count().ShouldBe(15);
    }

    [Test]
    public void Fields_of_the_first_row()
    {
        TestPaths.RequireShared("data", "fakes", "fakes.csv");
        var article = Shared.Value.Articles[0];
        var annotation = Shared.Value.Annotations[0];

        article.Id.ShouldBe("fakes-1914947530");
        article.Outlet.ShouldBe("nna");
        article.Published.ShouldBe(new DateOnly(2017, 4, 5));
        article.BodyLine.ShouldBe(2);
        article.Title.ShouldNotBeNull();
        article.Text.ShouldStartWith(article.Title + "\n\n");
        annotation.Location.ShouldBe("idlib");
        annotation.CauseOfDeath.ShouldBe("chemical and toxic gases");
        annotation.Casualties.Civilians.ShouldBe(70);
        annotation.Casualties.Killed.ShouldBe(70);
        annotation.IsCredible.ShouldBeFalse();
    }

    [Test]
    public void The_stray_non_utf8_bytes_of_the_real_file_are_one_warning()
    {
        TestPaths.RequireShared("data", "fakes", "fakes.csv");
        var warning = Shared.Value.Diagnostics.Where(d => d.Code == DiagnosticCodes.InvalidUtf8).ShouldHaveSingleItem();

        warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
        warning.Line.ShouldBeGreaterThan(1);
    }

    [Test]
    public void A_unit_id_repeated_with_a_different_text_is_kept_under_a_new_id()
    {
        TestPaths.RequireShared("data", "fakes", "fakes.csv");
        var repeated = Shared.Value.Diagnostics.Where(d => d.Code == DiagnosticCodes.DuplicateArticleId).ShouldHaveSingleItem();
        var renamed = Shared.Value.Articles.Where(a => a.Id.EndsWith("-2", StringComparison.Ordinal)).ShouldHaveSingleItem();

        repeated.Severity.ShouldBe(DiagnosticSeverity.Warning);
        repeated.Message.ShouldContain(renamed.Id);
        var original = renamed.Id[..^2];
        Shared.Value.Articles.ShouldContain(a => a.Id == original);
    }

    [Test]
    public void A_bad_date_skips_the_row_with_CC0004_and_the_rest_imports()
    {
        var import = FakesImporter.Parse(
            Header
            + "11,Shelling in the north,\"Shells fell on a market, officials said.\",northgate,3/1/16,aleppo,unknown,shelling,1,4,0,2,1\n"
            + "12,A second report,Text.,northgate,someday,aleppo,unknown,shelling,0,0,0,0,0\n"
            + "13,,Content only.,harbor,12/31/15,homs,unknown,explosion,0,2,1,0,0\n",
            "small.csv");

        import.Articles.Select(a => a.Id).ShouldBe(["fakes-11", "fakes-13"]);
        var skipped = import.Diagnostics.ShouldHaveSingleItem();
        skipped.Code.ShouldBe(DiagnosticCodes.MissingPublished);
        (skipped.File, skipped.Line).ShouldBe(("small.csv", 3));
        import.Articles[0].Text.ShouldBe("Shelling in the north\n\nShells fell on a market, officials said.");
        import.Articles[0].Published.ShouldBe(new DateOnly(2016, 3, 1));
        import.Articles[1].Text.ShouldBe("Content only.");
        import.Articles[1].Title.ShouldBeNull();
        import.Annotations[0].Casualties.ShouldBe(new FakesCasualties(1, 4, 0, 2));
        import.Annotations[0].IsCredible.ShouldBeTrue();
    }

    [Test]
    public void Malformed_rows_are_diagnostics_naming_their_line()
    {
        var import = FakesImporter.Parse(
            Header
            + "21,Too few,fields\n"
            + "22,T,C,o,1/2/16,x,y,z,many,0,0,0,1\n"
            + "23,T,C,o,1/2/16,x,y,z,0,0,0,0,maybe\n"
            + "24,T,C,o,2/30/16,x,y,z,0,0,0,0,1\n"
            + "25,T,C,o,1/2/16,x,y,z,0,0,0,0,1\n",
            "bad.csv");

        import.Articles.ShouldHaveSingleItem().Id.ShouldBe("fakes-25");
        import.Diagnostics.Select(d => (d.Line, d.Code)).ShouldBe(
        [
            (2, DiagnosticCodes.InvalidDataRecord),
            (3, DiagnosticCodes.InvalidDataRecord),
            (4, DiagnosticCodes.InvalidDataRecord),
            (5, DiagnosticCodes.MissingPublished),
        ]);
    }

    [Test]
    public void A_header_without_the_expected_columns_imports_nothing()
    {
        var import = FakesImporter.Parse("id,title\n1,x\n", "other.csv");

        import.Articles.ShouldBeEmpty();
        import.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("unit_id");
    }

    [Test]
    public void The_same_unit_id_and_text_twice_is_one_article_with_two_annotations()
    {
        var import = FakesImporter.Parse(
            Header
            + "31,T,C,o,1/2/16,aleppo,x,shelling,0,3,0,0,1\n"
            + "31,T,C,o,1/2/16,idlib,x,shelling,0,5,0,0,1\n",
            "twice.csv");

        import.Articles.ShouldHaveSingleItem();
        import.Annotations.Select(a => (a.ArticleId, a.Location)).ShouldBe([("fakes-31", "aleppo"), ("fakes-31", "idlib")]);
        import.Diagnostics.ShouldBeEmpty();
    }
}
