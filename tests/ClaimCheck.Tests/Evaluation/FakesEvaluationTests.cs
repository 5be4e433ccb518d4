using ClaimCheck.Corpus;
using ClaimCheck.Corpus.Import;
using ClaimCheck.Evaluation;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Evaluation;

public class FakesEvaluationTests
{
    private const string Header = "unit_id,article_title,article_content,source,date,location,actor,cause_of_death,nb_children,nb_civilians,nb_noncivilians,nb_women,label\n";

    private static readonly Lazy<RulePack> Rules = new(() => RulePack.Load(TestPaths.Rules));

    /// <summary>Articles written for these tests, in the style of FA-KES (headline first, little punctuation).</summary>
    private static readonly string Csv = Header
        + "101,Shelling kills 12 in Idlib market,\"Shelling kills 12 in Idlib market. At least 12 civilians including 4 children were killed on Monday 3 April 2017 when shells hit a market in Idlib medics said.\",outlet-a,4/3/17,idlib,unknown,shelling,4,12,0,0,1\n"
        + "102,Air raid on Idlib,\"An air raid on Idlib killed 15 people including 9 civilians on Monday 3 April 2017 and wounded dozens.\",outlet-b,4/3/17,idlib,unknown,air strike,0,9,6,0,1\n"
        + "103,Hundreds flee Aleppo,\"Hundreds of families fled Aleppo overnight and dozens of fighters were killed in clashes.\",outlet-c,4/4/17,aleppo,unknown,clashes,0,0,20,0,1\n"
        + "104,Talks resume in Geneva,\"Delegates met again in Geneva to discuss a ceasefire for Homs.\",outlet-a,4/5/17,homs,unknown,shooting,0,7,0,0,0\n";

    private static FakesEvaluationResult Evaluate() => FakesEvaluation.Run(FakesImporter.Parse(Csv, "fakes.csv"), Rules.Value, new DiagnosticBag());

    [Test]
    public void The_headline_count_is_the_articles_civilian_death_count()
    {
        var score = Evaluate().Scores.Single(s => s.Annotation.ArticleId == "fakes-101");

        score.ReportedValue.ShouldBe(12);
        score.CiviliansEqual.ShouldBeTrue();
        score.CiviliansAmongClaims.ShouldBeTrue();
        score.ChildrenStated.ShouldBe(true);
        score.WomenStated.ShouldBeNull();
        score.DateStated.ShouldBeTrue();
        score.LeadPlaceMatches.ShouldBeTrue();
    }

    [Test]
    public void The_civilians_of_a_breakdown_of_the_total_are_the_civilian_count()
    {
        var score = Evaluate().Scores.Single(s => s.Annotation.ArticleId == "fakes-102");

        score.ReportedValue.ShouldBe(9);
        score.ReportedCivilians!.Evidence.ShouldBe("15 people including 9 civilians");
        score.CiviliansEqual.ShouldBeTrue();
    }

    [Test]
    public void Vague_counts_and_counts_of_fighters_are_no_civilian_count()
    {
        var score = Evaluate().Scores.Single(s => s.Annotation.ArticleId == "fakes-103");

        score.ReportedCivilians.ShouldBeNull();
        score.PlaceNamed.ShouldBeTrue();
    }

    [Test]
    public void Figures_count_the_nonzero_annotations_for_the_targets_and_every_annotation_for_the_rest()
    {
        var figures = Evaluate().Figures.ToDictionary(f => f.Key, f => f.Rate);

        // 101 and 102 are right; 104 annotates 7 civilians the text never mentions.
        figures["civilians-equal"].ShouldBe(new Rate(2, 3));
        figures["civilians-among-claims"].ShouldBe(new Rate(2, 3));
        figures["zero-civilians-none-reported"].ShouldBe(new Rate(1, 1));
        figures["children-stated"].ShouldBe(new Rate(1, 1));
        figures["place-named"].Total.ShouldBe(4);
        figures["lead-place"].Hits.ShouldBe(3);
    }

    [Test]
    public void Json_lists_figures_groups_and_every_annotation_in_a_fixed_order()
    {
        var result = Evaluate();
        var json = System.Text.Encoding.UTF8.GetString(EvaluationJson.Render(result));

        json.ShouldStartWith("{\n  \"schema\": \"claimcheck-eval-fakes/1\",\n  \"figures\": [");
        json.ShouldContain("\"key\": \"civilians-equal\"");
        json.ShouldContain("\"crossOutlet\":");
        json.ShouldContain("\"evidence\": \"15 people including 9 civilians\"");
        EvaluationJson.Render(Evaluate()).ShouldBe(EvaluationJson.Render(result));
    }

    [TestCase("Strikes leave 30 dead in the north. Seven civilians were among at least 30 people killed on Sunday, a monitor said.", 7)]
    [TestCase("Strikes leave 30 dead in the north. At least 30 people were killed on Sunday including 7 civilians, a monitor said.", 7)]
    [TestCase("Strikes leave 30 dead in the north. Seven civilians fled as at least 30 people were killed on Sunday.", 30)]
    [TestCase("A woman was killed by a sniper in the old city on Sunday.", 1)]
    [TestCase("At least 70 people including dozens of women and children were killed in the attack.", 70)]
    [TestCase("Shelling kills seven children in the old town. At least 10 people including seven children were killed on Sunday.", 10)]
    [TestCase("Raids kill 5 children in the valley. Fifteen people were killed across the province on Monday, a monitor said.", 5)]
    [TestCase("Strikes kill more than 40 in the north. At least 43 people were killed in the raids on Sunday.", 43)]
    [TestCase("Strikes kill more than 40 in the north. At least 95 people were killed in the raids on Sunday.", 40)]
    [TestCase("Clashes leave 20 dead near the border. Eight civilians were killed and 12 fighters were killed in the fighting.", 8)]
    [TestCase("Strikes kill 30 in the province. In one village 12 civilians were killed on Monday.", 30)]
    [TestCase("More than 280000 people have been killed since the war began. On Monday 6 civilians were killed in a raid.", 6)]
    [TestCase("At least 10 people were killed in the raid. Rescuers searched all night. The town was shelled again. Aid arrived late. A page said one civilian was among those killed and 10 were wounded.", 10)]
    [TestCase("Air strikes kill 47 in the east. The strikes killed 47 people on Saturday. A monitor said 31 civilians were identified among those killed.", 31)]
    public void The_civilian_count_is_the_lead_refined_by_the_passage_that_tells_its_event(string text, int civilians)
    {
        var article = new Article("fakes-1", "outlet-a", RuleExample.DefaultReference, text, "fakes-1.md");

        var reported = FakesEvaluation.ArticleCivilianDeaths(Checker.Extract(article, Rules.Value, new DiagnosticBag()));

        reported.ShouldNotBeNull().Quantity.Value.ShouldBe(civilians);
    }

    [TestCase("Raids kill 40 in the north. The raids left 40 government soldiers dead on Sunday, a monitor said.")]
    [TestCase("Militants kill 30 at an oil field. The attackers killed at least 30 pro-regime gunmen on Sunday.")]
    public void A_toll_the_article_restates_as_combatants_is_no_civilian_count(string text)
    {
        var article = new Article("fakes-1", "outlet-a", RuleExample.DefaultReference, text, "fakes-1.md");

        FakesEvaluation.ArticleCivilianDeaths(Checker.Extract(article, Rules.Value, new DiagnosticBag())).ShouldBeNull();
    }

    [Test]
    public void The_real_fakes_figures_do_not_fall_below_those_reached()
    {
        var path = TestPaths.RequireShared("data", "fakes", "fakes.csv");
        var result = FakesEvaluation.Run(FakesImporter.Read(path), Rules.Value, new DiagnosticBag());
        var figures = result.Figures.ToDictionary(f => f.Key, f => f.Rate);

        result.WithCivilians.Length.ShouldBe(598);
        // 510 rather than 513: three annotations count IS fighters, pro-regime gunmen and soldiers as
        // civilians, and ClaimCheck no longer does (the article restates the toll as combatants).
        figures["civilians-equal"].Hits.ShouldBeGreaterThanOrEqualTo(510);
        figures["civilians-among-claims"].Hits.ShouldBeGreaterThanOrEqualTo(553);
        // Precision: no civilian count where the annotators saw none (members of armed groups are no civilians).
        figures["zero-civilians-none-reported"].Hits.ShouldBeGreaterThanOrEqualTo(156);
        figures["children-stated"].Hits.ShouldBeGreaterThanOrEqualTo(123);
        figures["women-stated"].Hits.ShouldBeGreaterThanOrEqualTo(27);
        figures["date-stated"].Hits.ShouldBeGreaterThanOrEqualTo(571);
        figures["place-named"].Hits.ShouldBeGreaterThanOrEqualTo(660);
        result.Groups.CrossOutlet.ShouldBeGreaterThan(0);
    }
}
