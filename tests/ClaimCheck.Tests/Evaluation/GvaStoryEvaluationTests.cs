using ClaimCheck.Alignment;
using ClaimCheck.Corpus.Import;
using ClaimCheck.Evaluation;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Evaluation;

public class GvaStoryEvaluationTests
{
    /// <summary>Five articles of two incidents; article e is filed under both.</summary>
    private const string Articles =
        "{\"incident_id\": \"1\", \"doc_id\": \"aaaaaaaaaaaa0000\", \"title\": \"A\", \"dct\": \"2015-03-03\", \"uri\": \"http://news.example.com/a\", \"content\": \"One.\"}\n"
        + "{\"incident_id\": \"1\", \"doc_id\": \"bbbbbbbbbbbb0000\", \"title\": \"B\", \"dct\": \"2015-03-03\", \"uri\": \"http://news.example.com/b\", \"content\": \"Two.\"}\n"
        + "{\"incident_id\": \"1\", \"doc_id\": \"cccccccccccc0000\", \"title\": \"C\", \"dct\": \"2015-03-04\", \"uri\": \"http://news.example.com/c\", \"content\": \"Three.\"}\n"
        + "{\"incident_id\": \"2\", \"doc_id\": \"dddddddddddd0000\", \"title\": \"D\", \"dct\": \"2015-03-04\", \"uri\": \"http://news.example.com/d\", \"content\": \"Four.\"}\n"
        + "{\"incident_id\": \"2\", \"doc_id\": \"eeeeeeeeeeee0000\", \"title\": \"E\", \"dct\": \"2015-03-05\", \"uri\": \"http://news.example.com/e\", \"content\": \"Five.\"}\n"
        + "{\"incident_id\": \"1\", \"doc_id\": \"eeeeeeeeeeee0000\", \"title\": \"E\", \"dct\": \"2015-03-05\", \"uri\": \"http://news.example.com/e\", \"content\": \"Five.\"}\n";

    private static Story StoryOf(params string[] letters) =>
        new("s-" + string.Concat(letters), "label", [.. letters.Select(l => "gva-" + new string(l[0], 12))], new DateOnly(2015, 3, 3), new DateOnly(2015, 3, 5));

    [Test]
    public void Pairs_and_b_cubed_count_articles_of_one_incident_together()
    {
        var reports = GvaImporter.ParseArticles(Articles, "articles.jsonl").Reports;

        // Stories {a, b, d} and {c} and {e}: pairs a-b right, a-d and b-d wrong; truth pairs
        // a-b, a-c, b-c, a-e, b-e, c-e, d-e (e reports both incidents).
        var result = GvaStoryEvaluation.Score(reports, [StoryOf("a", "b", "d"), StoryOf("c"), StoryOf("e")]);

        result.Articles.ShouldBe(5);
        result.Incidents.ShouldBe(2);
        result.PairPrecision.ShouldBe(new Rate(1, 3));
        result.PairRecall.ShouldBe(new Rate(1, 7));
        // B-cubed precision: a, b 2/3 each; c, e 1; d 1/3. Recall: a, b 2/4; c 1/4; d 1/2; e 1/5.
        result.BCubedPrecision.ShouldBe((2 / 3.0 + 2 / 3.0 + 1 + 1 / 3.0 + 1) / 5, 1e-9);
        result.BCubedRecall.ShouldBe((0.5 + 0.5 + 0.25 + 0.5 + 0.2) / 5, 1e-9);
        result.Figures.Single(f => f.Key == "pair-f1").Score.ShouldBe(0.2m);
        result.Figures.Single(f => f.Key == "stories").Rate.ShouldBe(new Rate(3, 5));
    }

    /// <summary>Floors under the figures reached on the GVA news (pair precision 0.928, recall 0.702, B-cubed F1 0.922), so a regression fails.</summary>
    [Test]
    public void Story_grouping_of_the_gva_news_keeps_its_floors()
    {
        var path = TestPaths.RequireShared("data", "gva", "articles.jsonl");
        var rules = ClaimCheck.Rules.RulePack.Load(TestPaths.Rules);
        var import = GvaImporter.ReadArticles(path);
        var extracted = Checker.ExtractAll(import.Articles, rules, new ClaimCheck.Rules.DiagnosticBag());

        var result = GvaStoryEvaluation.Score(import.Reports, Aligner.BuildStories(extracted, rules.Claims.Policies.Stories));

        ((double)result.PairPrecision.Hits / result.PairPrecision.Total).ShouldBeGreaterThanOrEqualTo(0.92);
        ((double)result.PairRecall.Hits / result.PairRecall.Total).ShouldBeGreaterThanOrEqualTo(0.70);
        GvaStoryResult.F1(result.BCubedPrecision, result.BCubedRecall).ShouldBeGreaterThanOrEqualTo(0.92);
    }
}
