using ClaimCheck.Reporting;

namespace ClaimCheck.Time.TimeMl;

/// <summary>
/// A TimeML evaluation as JSON, written like every other ClaimCheck JSON output: <c>schema</c>, the
/// counts, the figures rounded to four places, and with examples the errors by cause.
/// </summary>
public static class TimeMlScoreJson
{
    public const string Schema = "claimcheck-eval-timeml/1";

    public static byte[] Render(TimeMlScore score, int? examplesPerCause) => JsonParts.Document(json =>
    {
        json.WriteString("schema", Schema);
        json.WriteNumber("documents", score.Documents);
        json.WriteNumber("gold", score.Gold);
        json.WriteNumber("system", score.System);
        json.WriteNumber("matched", score.Matched);
        json.WriteNumber("valueCorrect", score.ValueCorrect);
        json.WriteNumber("strictPrecision", Math.Round(score.StrictPrecision, 4));
        json.WriteNumber("strictRecall", Math.Round(score.StrictRecall, 4));
        json.WriteNumber("strictF1", Math.Round(score.StrictF1, 4));
        json.WriteNumber("relaxedPrecision", Math.Round(score.RelaxedPrecision, 4));
        json.WriteNumber("relaxedRecall", Math.Round(score.RelaxedRecall, 4));
        json.WriteNumber("relaxedF1", Math.Round(score.RelaxedF1, 4));
        json.WriteNumber("typeAccuracy", Math.Round(score.TypeAccuracy, 4));
        json.WriteNumber("valueAccuracy", Math.Round(score.ValueAccuracy, 4));
        json.WriteNumber("valueF1", Math.Round(score.ValueF1, 4));
        json.WriteNumber("valueF1AnySpelling", Math.Round(score.ValueF1AnySpelling, 4));
        json.WriteNumber("goldWrongWeekday", score.GoldWrongWeekday);
        if (examplesPerCause is not { } count)
        {
            return;
        }

        json.WriteStartArray("errors");
        foreach (var group in score.ErrorsByCause())
        {
            json.WriteStartObject();
            json.WriteString("cause", group.Key);
            json.WriteNumber("count", group.Count());
            JsonParts.WriteArray(json, "examples", [.. group.Take(count)], (j, e) =>
            {
                j.WriteString("document", e.Document);
                j.WriteString("gold", e.GoldText);
                j.WriteString("goldValue", e.Gold?.Value);
                j.WriteString("system", e.SystemText);
                j.WriteString("systemValue", e.System?.Value);
            });
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });
}
