using System.Text.Json;
using ClaimCheck.Corpus;
using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Reporting;

/// <summary>
/// One thing found in an article, as <c>claimcheck extract</c> lists it for rule authors: a
/// mention (time, quantity, entity, quote, the article's place) or a claim (its kind is then its slot), with the span
/// into the body, the line and column in the source file, the exact text, the rule, and the value.
/// </summary>
public sealed record ExtractionRow(
    string Kind,
    TextSpan Span,
    int Line,
    int Column,
    int Sentence,
    string Text,
    string Rule,
    string Value,
    ImmutableSortedDictionary<string, string> Fields);

/// <summary>The rows of an extracted article, in text order, and their JSON form.</summary>
public static class ExtractionListing
{
    /// <summary>Every mention of the article, ordered by position, then kind, then rule.</summary>
    public static ImmutableArray<ExtractionRow> Mentions(ExtractedArticle extracted)
    {
        var article = extracted.Analysis.Article;
        var analysis = extracted.Analysis;
        IEnumerable<(string Kind, Mention Mention)> all =
        [
            .. analysis.Times.Select(m => ("time", (Mention)m)),
            .. analysis.Quantities.Select(m => ("quantity", (Mention)m)),
            .. analysis.Entities.Select(m => ("entity", (Mention)m)),
            .. (analysis.Place is { } place ? [("place", (Mention)place)] : Array.Empty<(string, Mention)>()),
            .. extracted.Quotes.Select(m => ("quote", (Mention)m)),
        ];
        return [.. all
            .Select(x =>
            {
                var fields = x.Mention.Observe().Fields.Remove("text");
                var (line, column) = article.SourcePosition(x.Mention.Span.Start);
                var value = string.Join(", ", fields.Select(f => $"{f.Key}={f.Value}"));
                return new ExtractionRow(x.Kind, x.Mention.Span, line, column, x.Mention.Sentence, x.Mention.Text, x.Mention.RuleId, value, fields);
            })
            .OrderBy(r => r.Span.Start)
            .ThenBy(r => r.Kind, StringComparer.Ordinal)
            .ThenBy(r => r.Rule, StringComparer.Ordinal)
            .ThenBy(r => r.Span.Length)];
    }

    /// <summary>Every claim of the article, ordered by evidence position, then slot.</summary>
    public static ImmutableArray<ExtractionRow> Claims(ExtractedArticle extracted)
    {
        var article = extracted.Analysis.Article;
        return [.. extracted.Claims
            .Select(c =>
            {
                var evidence = c.Evidence;
                var (line, column) = evidence.Line > 0 ? (evidence.Line, evidence.Column) : article.SourcePosition(evidence.Span.Start);
                var fields = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
                fields["id"] = c.Id;
                fields["event"] = c.EventType;
                fields["positive"] = c.Positive ? "true" : "false";
                if (c.AttributedTo is { } source)
                {
                    fields["attributedTo"] = source;
                }

                if (c.Place is { } place)
                {
                    fields["place"] = place;
                }

                if (c.Concept is { } concept)
                {
                    fields["concept"] = concept;
                }

                if (c.Quoted)
                {
                    fields["quoted"] = "true";
                }

                if (!c.Qualifiers.IsEmpty)
                {
                    // Which rule found each qualifier, and where, so a rule author sees why two claims were or were not compared.
                    fields["qualifiers"] = string.Join("; ", c.Qualifiers.Select(q => $"{q.Display} ({q.RuleId} at {q.Span.Start})"));
                }

                return new ExtractionRow(c.Slot, evidence.Span, line, column, evidence.Sentence, evidence.Text, c.RuleId, c.Value.Display, fields.ToImmutable());
            })
            .OrderBy(r => r.Span.Start)
            .ThenBy(r => r.Kind, StringComparer.Ordinal)
            .ThenBy(r => r.Fields["id"], StringComparer.Ordinal)];
    }

    /// <summary>
    /// The articles' mentions and claims as JSON (same conventions as the JSON report):
    /// <c>articles</c> (<c>id</c>, <c>outlet</c>, <c>published</c>, <c>source</c>, <c>mentions</c>,
    /// <c>claims</c>, each row with <c>kind</c>, <c>start</c>, <c>length</c>, <c>line</c>,
    /// <c>column</c>, <c>sentence</c>, <c>text</c>, <c>rule</c>, <c>value</c>, <c>fields</c>), and
    /// <c>diagnostics</c>.
    /// </summary>
    public static byte[] RenderJson(IEnumerable<ExtractedArticle> articles, ImmutableArray<Diagnostic> diagnostics) =>
        JsonParts.Document(json =>
        {
            JsonParts.WriteArray(json, "articles", [.. articles], (j, x) =>
            {
                Article a = x.Analysis.Article;
                j.WriteString("id", a.Id);
                j.WriteString("outlet", a.Outlet);
                j.WriteString("published", a.Published.ToString("yyyy-MM-dd"));
                j.WriteString("source", a.SourcePath);
                JsonParts.WriteArray(j, "mentions", Mentions(x), WriteRow);
                JsonParts.WriteArray(j, "claims", Claims(x), WriteRow);
            });
            JsonParts.WriteArray(json, "diagnostics", diagnostics, JsonParts.WriteDiagnostic);
        });

    private static void WriteRow(Utf8JsonWriter json, ExtractionRow row)
    {
        json.WriteString("kind", row.Kind);
        json.WriteNumber("start", row.Span.Start);
        json.WriteNumber("length", row.Span.Length);
        json.WriteNumber("line", row.Line);
        json.WriteNumber("column", row.Column);
        json.WriteNumber("sentence", row.Sentence);
        json.WriteString("text", row.Text);
        json.WriteString("rule", row.Rule);
        json.WriteString("value", row.Value);
        json.WriteStartObject("fields");
        foreach (var (key, value) in row.Fields)
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
    }
}
