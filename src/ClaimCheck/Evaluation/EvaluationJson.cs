using System.Globalization;
using System.Text.Json;
using ClaimCheck.Reporting;

namespace ClaimCheck.Evaluation;

/// <summary>
/// Evaluations as JSON for scripts and CI: <c>schema</c>, <c>figures</c> (<c>key</c>, <c>label</c>,
/// <c>hits</c>, <c>total</c>, <c>percent</c>, or a <c>score</c> between 0 and 1), then the evaluation's own sections. Properties come in
/// a fixed order, so the same run gives the same bytes.
/// </summary>
public static class EvaluationJson
{
    public const string FakesSchema = "claimcheck-eval-fakes/1";

    public const string GvaSchema = "claimcheck-eval-gva/1";

    /// <summary>Figures alone, under the given schema.</summary>
    public static byte[] Render(string schema, IEnumerable<EvaluationFigure> figures) => Write(schema, figures, _ => { });

    /// <summary>FA-KES: figures, <c>groups</c>, and <c>articles</c>, one entry per annotation.</summary>
    public static byte[] Render(FakesEvaluationResult result) => Write(FakesSchema, result.Figures, json =>
    {
        var groups = result.Groups;
        json.WriteStartObject("groups");
        json.WriteNumber("stories", groups.Stories);
        json.WriteNumber("crossOutlet", groups.CrossOutlet);
        json.WriteNumber("disagree", groups.Disagree);
        json.WriteNumber("updates", groups.Updates);
        json.WriteNumber("agree", groups.Agree);
        json.WriteNumber("noComparedCounts", groups.NoComparedCounts);
        json.WriteNumber("sameAnnotatedEvent", groups.SameAnnotatedEvent);
        json.WriteEndObject();
        JsonParts.WriteArray(json, "articles", result.Scores, (j, s) =>
        {
            j.WriteString("article", s.Annotation.ArticleId);
            j.WriteString("outlet", s.Outlet);
            j.WriteNumber("line", s.Annotation.Line);
            j.WriteNumber("civilians", s.Annotation.Casualties.Civilians);
            j.WriteNumber("children", s.Annotation.Casualties.Children);
            j.WriteNumber("women", s.Annotation.Casualties.Women);
            j.WriteString("reported", s.ReportedValue?.ToString("0.###", CultureInfo.InvariantCulture));
            j.WriteString("evidence", s.ReportedCivilians?.Evidence);
            j.WriteString("rule", s.ReportedCivilians?.RuleId);
            j.WriteBoolean("equal", s.CiviliansEqual);
            j.WriteBoolean("amongClaims", s.CiviliansAmongClaims);
            j.WriteBoolean("dateStated", s.DateStated);
            j.WriteBoolean("leadPlace", s.LeadPlaceMatches);
        });
    });

    private static byte[] Write(string schema, IEnumerable<EvaluationFigure> figures, Action<Utf8JsonWriter> sections) =>
        JsonParts.Document(json =>
        {
            json.WriteString("schema", schema);
            json.WriteStartArray("figures");
            foreach (var figure in figures)
            {
                json.WriteStartObject();
                json.WriteString("key", figure.Key);
                json.WriteString("label", figure.Label);
                if (figure.Score is { } score)
                {
                    json.WriteNumber("score", score);
                }
                else
                {
                    json.WriteNumber("hits", figure.Rate.Hits);
                    json.WriteNumber("total", figure.Rate.Total);
                    json.WriteNumber("percent", figure.Rate.Percent);
                }
                json.WriteEndObject();
            }

            json.WriteEndArray();
            sections(json);
        });
}
