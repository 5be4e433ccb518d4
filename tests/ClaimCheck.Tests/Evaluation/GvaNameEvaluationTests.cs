using System.Text.Json;
using ClaimCheck.Corpus.Import;
using ClaimCheck.Evaluation;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Evaluation;

public class GvaNameEvaluationTests
{
    /// <summary>Floors just below the measured figures, so a regression fails; the target for recall is 0.95.</summary>
    private const decimal RecallFloor = 96.5m;
    private const decimal SurnameFloor = 95.5m;
    private const decimal IdentityFloor = 98m;

    private static readonly Lazy<RulePack> Rules = new(() => RulePack.Load(TestPaths.Rules));

    private static readonly Lazy<GvaNameEvaluationResult> OnTheArchive = new(() => GvaNameEvaluation.Evaluate(
        GvaImporter.ReadArticles(TestPaths.RequireShared("data", "gva", "articles.jsonl")),
        GvaImporter.ReadIncidents(TestPaths.RequireShared("data", "gva", "incidents.jsonl")),
        Rules.Value));

    [Test]
    public void On_the_archive_participants_are_recognized_resolved_and_linked()
    {
        TestPaths.RequireShared("data", "gva", "articles.jsonl");
        var result = OnTheArchive.Value;
        TestContext.Out.WriteLine(result.RenderErrors());

        result.Recall.Total.ShouldBeGreaterThan(3000);
        result.Recall.Percent.ShouldBeGreaterThanOrEqualTo(RecallFloor);
        result.Surnames.Percent.ShouldBeGreaterThanOrEqualTo(SurnameFloor);
        result.Identity.Percent.ShouldBeGreaterThanOrEqualTo(IdentityFloor);
        result.Identity.Hits.ShouldBeGreaterThanOrEqualTo(result.IdentityUnlinked.Hits);
    }

    [Test]
    public void Figures_and_error_classes_of_a_small_corpus()
    {
        var result = Evaluate(
            Incident("1", ("Victim", "Dana Whitfield"), ("Subject-Suspect", "Marcus Lee Tolliver"), ("Victim", "Tavish Orrin")),
            Article("1", "a1", "Shooting on Elm Street", "Dana Whitfield, 31, was hurt on Friday. Police arrested Marcus Lee Tolliver. Whitfield is recovering."),
            Article("1", "a2", "Man charged", "Officer Reyes said Marcus Lee Tolliver fled. Tolliver is held."),
            Article("1", "a3", "Two hurt", "neighbours saw Tavish Orrin run."));

        result.Incidents.ShouldBe(1);
        result.Articles.ShouldBe(3);
        result.Recall.ShouldBe(new Rate(3, 4));
        result.Errors.ShouldContain(e => e.Id == "recall.no-cue" && e.Count == 1 && e.Examples[0].StartsWith("gva-a3", StringComparison.Ordinal));
        result.Surnames.ShouldBe(new Rate(2, 2));
        result.Identity.ShouldBe(new Rate(1, 1));
        result.MergedPairs.ShouldBe(0);
        result.RenderErrors().ShouldContain("recall.no-cue");
        result.RenderErrors().ShouldContain("      gva-a3");
    }

    [Test]
    public void A_participant_named_with_and_without_a_middle_name_is_one_entity_once_linked()
    {
        var result = Evaluate(
            Incident("7", ("Victim", "Rosa Kemper"), ("Victim", "Lionel Kemper"), ("Subject-Suspect", "Marcus Lee Tolliver")),
            Article("7", "b1", "Couple shot", "Rosa Kemper, 52, and her husband Lionel Kemper, 55, were shot by Marcus Lee Tolliver, 40."),
            Article("7", "b2", "Update", "The victim Rosa Kemper, 52, died. Lionel Kemper, 55, survived. Marcus Tolliver, 40, was charged."));

        result.IdentityUnlinked.ShouldBe(new Rate(2, 3));
        result.Identity.ShouldBe(new Rate(3, 3));
        result.MergedPairs.ShouldBe(0);
        // Two participants share the surname, so a bare "Kemper" would be scored as neither.
        result.Surnames.Total.ShouldBe(0);
    }

    [Test]
    public void A_surname_inside_a_hyphenated_surname_is_not_a_bare_surname_mention()
    {
        var result = Evaluate(
            Incident("8", ("Victim", "Dana Whitfield")),
            Article("8", "c1", "Woman hurt", "Dana Whitfield, 31, was hurt on Friday, said neighbor Whitfield-Ames. Whitfield is recovering."));

        result.Surnames.ShouldBe(new Rate(1, 1));
    }

    private static GvaNameEvaluationResult Evaluate(string incident, params string[] articles) =>
        GvaNameEvaluation.Evaluate(
            GvaImporter.ParseArticles(string.Join('\n', articles), "articles.jsonl"),
            GvaImporter.ParseIncidents(incident, "incidents.jsonl"),
            Rules.Value);

    private static string Incident(string id, params (string Type, string Name)[] participants)
    {
        var literal = "[" + string.Join(", ", participants.Select(p => $"{{'Type': ' {p.Type}', 'Name': ' {p.Name}'}}")) + "]";
        return JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["incident_uri"] = id,
            ["date"] = "March 3, 2015",
            ["state"] = "Ohio",
            ["city_or_county"] = "Dayton",
            ["num_killed"] = "0",
            ["num_injured"] = "2",
            ["participants"] = literal,
        });
    }

    private static string Article(string incident, string doc, string title, string content) =>
        JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["incident_id"] = incident,
            ["doc_id"] = doc.PadRight(32, '0'),
            ["title"] = title,
            ["dct"] = "2015-03-04",
            ["uri"] = $"http://example.org/{doc}",
            ["content"] = content,
        });
}
