using ClaimCheck.Corpus.Import;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Import;

public class GvaImporterTests
{
    private static readonly Lazy<GvaArticleImport> Articles = new(() => GvaImporter.ReadArticles(TestPaths.RequireShared("data", "gva", "articles.jsonl")));

    private static readonly Lazy<GvaIncidentImport> Incidents = new(() => GvaImporter.ReadIncidents(TestPaths.RequireShared("data", "gva", "incidents.jsonl")));

    [Test]
    public void Every_line_of_the_real_articles_file_is_imported()
    {
        TestPaths.RequireShared("data", "gva", "articles.jsonl");
        var import = Articles.Value;

        import.Reports.Length.ShouldBe(3054);
        import.Diagnostics.ShouldNotContain(d => d.Severity == DiagnosticSeverity.Error);
        // Ten documents are listed under two incidents each; each is one article.
        import.Articles.Length.ShouldBe(3044);
        import.Articles.Select(a => a.Id).ShouldBeUnique();
        import.Diagnostics.ShouldAllBe(d => d.Code == DiagnosticCodes.EmptyArticle);
    }

    [Test]
    public void Fields_of_the_first_article()
    {
        TestPaths.RequireShared("data", "gva", "articles.jsonl");
        var report = Articles.Value.Reports[0];

        report.IncidentId.ShouldBe("103698");
        report.Line.ShouldBe(1);
        report.Article.Id.ShouldBe("gva-d54cc8b3c49c");
        report.Article.Outlet.ShouldBe("fox59.com");
        report.Article.Published.ShouldBe(new DateOnly(2014, 2, 4));
        report.Article.Url.ShouldNotBeNull().ShouldStartWith("http://web.archive.org/web/");
        report.Article.Text.ShouldStartWith(report.Article.Title + "\n\n");
    }

    [Test]
    public void Every_incident_and_its_participants_are_imported()
    {
        TestPaths.RequireShared("data", "gva", "incidents.jsonl");
        var import = Incidents.Value;

        import.Incidents.Length.ShouldBe(1663);
        import.Diagnostics.ShouldBeEmpty();
        import.Incidents.Sum(i => i.Participants.Length).ShouldBe(5274);

        var first = import.Incidents[0];
        first.IncidentId.ShouldBe("103698");
        first.Date.ShouldBe(new DateOnly(2014, 2, 3));
        (first.State, first.CityOrCounty).ShouldBe(("Indiana", "Franklin"));
        (first.Killed, first.Injured).ShouldBe((3, 2));
        first.Participants.Length.ShouldBe(7);
        first.Participants.Count(p => p.Status.HasFlag(GvaStatus.Killed)).ShouldBe(3);
        first.Participants[0].Age.ShouldBe(19);
        first.Frames.ShouldBe(["mass_shootings_2014"]);
    }

    [Test]
    public void Names_with_apostrophes_and_nicknames_in_the_real_data_are_read_whole()
    {
        TestPaths.RequireShared("data", "gva", "incidents.jsonl");
        var names = Incidents.Value.Incidents.SelectMany(i => i.Participants).Select(p => p.Name).OfType<string>().ToList();

        names.ShouldContain(n => n.Contains('\'') && n.Contains('"'));
        names.ShouldAllBe(n => n == n.Trim() && n.Length > 0);
    }

    [TestCase("http://web.archive.org/web/20160617212336/http://fox59.com:80/2014/02/04/story/", "fox59.com")]
    [TestCase("https://www.ChicagoTribune.com/news/x.html", "chicagotribune.com")]
    [TestCase("http://web.archive.org/web/2015id_/https://www.example.org/a", "example.org")]
    [TestCase("chicago.suntimes.com/news/a", "chicago.suntimes.com")]
    [TestCase("not a uri", null)]
    public void The_outlet_is_the_host_behind_any_wayback_wrapper(string uri, string? outlet) =>
        GvaImporter.OutletOf(uri).ShouldBe(outlet);

    [Test]
    public void Bad_lines_are_diagnostics_and_the_rest_imports()
    {
        var import = GvaImporter.ParseArticles(
            """
            {"incident_id": "1", "doc_id": "aaaaaaaaaaaaaaaa", "title": "Two hurt", "dct": "2016-05-01", "uri": "http://www.example.org/a", "content": "Two people were hurt."}
            {"incident_id": "2", "doc_id": "bbbbbbbbbbbbbbbb", "title": "Undated", "dct": "", "uri": "http://example.org/b", "content": "Text."}
            not json at all
            {"incident_id": "3", "doc_id": "zz", "title": "Bad id", "dct": "2016-05-01", "uri": "http://example.org/c", "content": "Text."}

            {"incident_id": "4", "doc_id": "aaaaaaaaaaaaaaaa", "title": "Two hurt", "dct": "2016-05-01", "uri": "http://www.example.org/a", "content": "Two people were hurt."}
            """,
            "small.jsonl");

        import.Articles.ShouldHaveSingleItem().Id.ShouldBe("gva-aaaaaaaaaaaa");
        import.Reports.Select(r => r.IncidentId).ShouldBe(["1", "4"]);
        import.Diagnostics.Select(d => (d.Line, d.Code)).ShouldBe(
        [
            (2, DiagnosticCodes.MissingPublished),
            (3, DiagnosticCodes.InvalidDataRecord),
            (4, DiagnosticCodes.InvalidDataRecord),
        ]);
    }

    [Test]
    public void An_incident_with_unreadable_participants_is_skipped_with_its_line()
    {
        var import = GvaImporter.ParseIncidents(
            """
            {"incident_uri": "9", "date": "March 4, 2015", "state": "Ohio", "city_or_county": "Akron", "address": "", "num_killed": "1", "num_injured": "0", "participants": "[{'Type': ' Victim', 'Status': ' Killed', 'Name': \"Ed O'Brien\"}]"}
            {"incident_uri": "10", "date": "March 5, 2015", "state": "Ohio", "city_or_county": "Akron", "address": "", "num_killed": "0", "num_injured": "1", "participants": "[{'Type': ' Victim'"}
            """,
            "small.jsonl");

        var incident = import.Incidents.ShouldHaveSingleItem();
        incident.Participants.ShouldHaveSingleItem().Name.ShouldBe("Ed O'Brien");
        incident.Address.ShouldBeNull();
        import.Diagnostics.ShouldHaveSingleItem().Line.ShouldBe(2);
    }
}
