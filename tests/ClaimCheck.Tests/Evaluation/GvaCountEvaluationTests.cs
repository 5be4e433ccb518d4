using ClaimCheck.Corpus.Import;
using ClaimCheck.Evaluation;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Evaluation;

public class GvaCountEvaluationTests
{
    private static readonly Lazy<RulePack> Rules = new(() => RulePack.Load(TestPaths.Rules));

    /// <summary>Incidents and articles written for these tests in the shape of the GVA files.</summary>
    private const string Incidents =
        "{\"incident_uri\": \"1\", \"date\": \"March 2, 2015\", \"state\": \"Ohio\", \"city_or_county\": \"Dayton\", \"num_killed\": \"2\", \"num_injured\": \"3\", \"participants\": \"[]\"}\n"
        + "{\"incident_uri\": \"2\", \"date\": \"March 4, 2015\", \"state\": \"Ohio\", \"city_or_county\": \"Akron\", \"num_killed\": \"1\", \"num_injured\": \"0\", \"participants\": \"[]\"}\n"
        + "{\"incident_uri\": \"3\", \"date\": \"March 5, 2015\", \"state\": \"Ohio\", \"city_or_county\": \"Toledo\", \"num_killed\": \"0\", \"num_injured\": \"1\", \"participants\": \"[]\"}\n";

    private const string Articles =
        "{\"incident_id\": \"1\", \"doc_id\": \"111111111111aaaa\", \"title\": \"Shooting at a bar\", \"dct\": \"2015-03-03\", \"uri\": \"http://news.example.com/a\", \"content\": \"Two people were killed and three others were wounded when a man opened fire at a bar on Sunday.\"}\n"
        + "{\"incident_id\": \"1\", \"doc_id\": \"222222222222aaaa\", \"title\": \"Bar shooting\", \"dct\": \"2015-03-03\", \"uri\": \"http://paper.example.org/b\", \"content\": \"Police said 4 people were killed at the bar.\"}\n"
        + "{\"incident_id\": \"2\", \"doc_id\": \"333333333333aaaa\", \"title\": \"Man shot\", \"dct\": \"2015-03-05\", \"uri\": \"http://news.example.com/c\", \"content\": \"A man was shot and killed outside his home.\"}\n"
        + "{\"incident_id\": \"3\", \"doc_id\": \"444444444444aaaa\", \"title\": \"Woman hurt\", \"dct\": \"2015-03-06\", \"uri\": \"http://news.example.com/d\", \"content\": \"A woman was wounded in a shooting downtown.\"}\n"
        + "{\"incident_id\": \"9\", \"doc_id\": \"555555555555aaaa\", \"title\": \"Elsewhere\", \"dct\": \"2015-03-06\", \"uri\": \"http://news.example.com/e\", \"content\": \"Nothing happened.\"}\n";

    private static GvaCountResult Evaluate() => GvaCountEvaluation.Run(
        GvaImporter.ParseArticles(Articles, "articles.jsonl").Reports,
        GvaImporter.ParseIncidents(Incidents, "incidents.jsonl").Incidents,
        Rules.Value);

    [Test]
    public void Each_article_is_scored_against_its_incident()
    {
        var result = Evaluate();

        result.Unmatched.ShouldBe(1);
        var first = result.Scores.Single(s => s.Report.Article.Id == "gva-111111111111");
        first.Killed.ShouldBe(2);
        first.Injured.ShouldBe(3);
    }

    [Test]
    public void Stating_a_count_and_stating_it_right_are_figured_apart()
    {
        var figures = Evaluate().Figures.ToDictionary(f => f.Key, f => f.Rate);

        // Incidents 1 (two articles) and 2 have deaths; "a man was shot and killed" states one.
        figures["killed-stated"].ShouldBe(new Rate(3, 3));
        figures["killed-right"].ShouldBe(new Rate(2, 3));
        // Incidents 1 (two articles, one silent on the wounded) and 3 ("a woman was wounded": one) have injured.
        figures["injured-stated"].ShouldBe(new Rate(2, 3));
        figures["injured-right"].ShouldBe(new Rate(2, 2));
        figures["killed-zero-none"].ShouldBe(new Rate(1, 1));
    }

    [Test]
    public void The_real_gva_count_figures_do_not_fall_below_those_reached()
    {
        var result = GvaCountEvaluation.Run(
            GvaImporter.ReadArticles(TestPaths.RequireShared("data", "gva", "articles.jsonl")).Reports,
            GvaImporter.ReadIncidents(TestPaths.RequireShared("data", "gva", "incidents.jsonl")).Incidents,
            Rules.Value);
        var figures = result.Figures.ToDictionary(f => f.Key, f => f.Rate);

        // 723 until "A 15-year-old boy shot and killed an 18-year-old man" stopped counting the boy
        // as the dead: three such readings were gone.
        figures["killed-stated"].Hits.ShouldBeGreaterThanOrEqualTo(720);
        figures["killed-right"].Hits.ShouldBeGreaterThanOrEqualTo(573);
        figures["injured-stated"].Hits.ShouldBeGreaterThanOrEqualTo(496);
        figures["injured-right"].Hits.ShouldBeGreaterThanOrEqualTo(340);
        // Precision: where the archive has no dead or wounded, the article states no count. Not
        // 100%: round-ups and follow-ups also report other shootings ("a 14-year-old boy killed
        // last month").
        figures["killed-zero-none"].Percent.ShouldBeGreaterThanOrEqualTo(95.5m);
        figures["injured-zero-none"].Percent.ShouldBeGreaterThanOrEqualTo(98m);
    }
}
