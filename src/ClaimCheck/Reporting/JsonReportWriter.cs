using System.Text;
using System.Text.Json;
using ClaimCheck.Claims;

namespace ClaimCheck.Reporting;

/// <summary>
/// The JSON report: the contract CI tools and the baseline comparison rely on. Properties are
/// written in a fixed order, indented with '\n' newlines, as UTF-8 without a BOM, with non-ASCII
/// text kept readable. Nothing in it depends on the clock or the machine: the same report gives
/// the same bytes.
/// </summary>
/// <remarks>
/// Shape (version <see cref="Schema"/>): <c>schema</c>; <c>summary</c> (<c>findings</c>, one count
/// per kind, <c>articles</c>, <c>skipped</c>, <c>diagnostics</c>); <c>findings</c> (<c>id</c>,
/// <c>kind</c>, <c>event</c>, <c>slot</c>, <c>severity</c>, <c>summary</c>, <c>policy</c>,
/// <c>claims</c>: <c>id</c>, <c>article</c>, <c>outlet</c>, <c>evidence</c>, <c>start</c>,
/// <c>length</c>, <c>line</c>, <c>column</c>, <c>sentence</c>, <c>value</c>, <c>positive</c>,
/// <c>attributedTo</c>, <c>rule</c>, <c>qualifiers</c>: <c>qualifier</c>, <c>rule</c>, <c>start</c>,
/// <c>length</c>); <c>articles</c>; <c>stories</c>; <c>events</c>;
/// <c>skipped</c> (<c>path</c>, <c>code</c>, <c>line</c>, <c>column</c>, <c>message</c>);
/// <c>diagnostics</c> (<c>file</c>, <c>line</c>, <c>column</c>, <c>severity</c>, <c>code</c>, <c>message</c>);
/// with <c>check --expect</c> only, <c>expectations</c> (<c>file</c>; <c>totals</c>: <c>entries</c>,
/// <c>must</c>, <c>mustMet</c>, <c>nice</c>, <c>niceMet</c>, <c>unexpectedContradictions</c>,
/// <c>diagnostics</c>; <c>entries</c>: <c>slot</c>, <c>kind</c>, <c>must</c>, <c>status</c> (found,
/// missing, held, violated), <c>line</c>, <c>articles</c>, <c>findings</c> (the ids that matched,
/// or for a violated entry the contradictions that broke it); <c>unexpectedContradictions</c>
/// (finding ids); <c>diagnostics</c> of the expected-findings file).
/// </remarks>
public static class JsonReportWriter
{
    public const string Schema = "claimcheck-report/1";

    /// <summary>The report as UTF-8 bytes (no BOM), ending with a newline.</summary>
    public static byte[] Render(Report report) => JsonParts.Document(json => WriteMembers(json, report));

    public static string RenderText(Report report) => Encoding.UTF8.GetString(Render(report));

    private static void WriteMembers(Utf8JsonWriter json, Report report)
    {
        json.WriteString("schema", Schema);
        WriteSummary(json, report);
        JsonParts.WriteArray(json, "findings", report.Findings, (j, f) =>
        {
            j.WriteString("id", f.Id);
            j.WriteString("kind", ReportNames.Kind(f.Kind));
            j.WriteString("event", f.EventId);
            j.WriteString("slot", f.Slot);
            j.WriteString("severity", ReportNames.Severity(f.Severity));
            j.WriteString("summary", f.Summary);
            j.WriteString("policy", f.Policy);
            JsonParts.WriteArray(j, "claims", f.Claims, WriteClaim);
        });
        JsonParts.WriteArray(json, "articles", report.Articles, (j, a) =>
        {
            j.WriteString("id", a.Id);
            j.WriteString("outlet", a.Outlet);
            j.WriteString("published", a.Published.ToString("yyyy-MM-dd"));
            j.WriteString("title", a.Title);
            j.WriteString("source", a.SourcePath);
            j.WriteNumber("claims", a.Claims);
        });
        JsonParts.WriteArray(json, "stories", report.Stories, (j, s) =>
        {
            j.WriteString("id", s.Id);
            j.WriteString("label", s.Label);
            j.WriteString("from", s.From.ToString("yyyy-MM-dd"));
            j.WriteString("to", s.To.ToString("yyyy-MM-dd"));
            JsonParts.WriteStrings(j, "articles", s.ArticleIds);
        });
        JsonParts.WriteArray(json, "events", report.Events, (j, e) =>
        {
            j.WriteString("id", e.Id);
            j.WriteString("type", e.Type);
            j.WriteString("label", e.Label);
            j.WriteBoolean("acrossStories", e.AcrossStories);
            JsonParts.WriteStrings(j, "stories", e.StoryIds);
            JsonParts.WriteStrings(j, "claims", e.ClaimIds);
        });
        JsonParts.WriteArray(json, "skipped", report.Skipped, (j, s) =>
        {
            j.WriteString("path", s.Path);
            j.WriteString("code", s.Reason.Code);
            j.WriteNumber("line", s.Reason.Line);
            j.WriteNumber("column", s.Reason.Column);
            j.WriteString("message", s.Reason.Message);
        });
        JsonParts.WriteArray(json, "diagnostics", report.RuleDiagnostics, JsonParts.WriteDiagnostic);
        if (report.Expectations is not null)
        {
            WriteExpectations(json, report.Expectations);
        }
    }

    private static void WriteExpectations(Utf8JsonWriter json, ExpectationOutcome outcome)
    {
        json.WriteStartObject("expectations");
        json.WriteString("file", outcome.File);
        json.WriteStartObject("totals");
        (string Name, int Count)[] totals =
        [
            ("entries", outcome.Results.Length), ("must", outcome.Must), ("mustMet", outcome.MustMet), ("nice", outcome.Nice),
            ("niceMet", outcome.NiceMet), ("unexpectedContradictions", outcome.UnexpectedContradictions.Length), ("diagnostics", outcome.Diagnostics.Length),
        ];
        foreach (var (name, count) in totals)
        {
            json.WriteNumber(name, count);
        }

        json.WriteEndObject();
        JsonParts.WriteArray(json, "entries", outcome.Results, (j, r) =>
        {
            j.WriteString("slot", r.Entry.Slot);
            j.WriteString("kind", r.Entry.KindName);
            j.WriteBoolean("must", r.Entry.Must);
            j.WriteString("status", r.StatusName);
            j.WriteNumber("line", r.Entry.Line);
            JsonParts.WriteStrings(j, "articles", [.. r.Entry.Values.Select(v => v.Article)]);
            JsonParts.WriteStrings(j, "findings", r.FindingIds);
        });
        JsonParts.WriteStrings(json, "unexpectedContradictions", [.. outcome.UnexpectedContradictions.Select(f => f.Id)]);
        JsonParts.WriteArray(json, "diagnostics", outcome.Diagnostics, JsonParts.WriteDiagnostic);
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, Report report)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("findings", report.Findings.Length);
        foreach (var kind in ReportNames.Kinds)
        {
            json.WriteNumber(ReportNames.Kind(kind), report.Count(kind));
        }

        json.WriteNumber("articles", report.Articles.Length);
        json.WriteNumber("skipped", report.Skipped.Length);
        json.WriteNumber("diagnostics", report.RuleDiagnostics.Length);
        json.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter json, Claim claim)
    {
        var evidence = claim.Evidence;
        json.WriteString("id", claim.Id);
        json.WriteString("article", claim.ArticleId);
        json.WriteString("outlet", claim.Outlet);
        json.WriteString("evidence", evidence.Text);
        json.WriteNumber("start", evidence.Span.Start);
        json.WriteNumber("length", evidence.Span.Length);
        json.WriteNumber("line", evidence.Line);
        json.WriteNumber("column", evidence.Column);
        json.WriteNumber("sentence", evidence.Sentence);
        json.WriteString("value", claim.Value.Display);
        json.WriteBoolean("positive", claim.Positive);
        json.WriteString("attributedTo", claim.AttributedTo);
        json.WriteString("rule", claim.RuleId);
        json.WriteStartArray("qualifiers");
        foreach (var qualifier in claim.Qualifiers)
        {
            json.WriteStartObject();
            json.WriteString("qualifier", qualifier.Display);
            json.WriteString("rule", qualifier.RuleId);
            json.WriteNumber("start", qualifier.Span.Start);
            json.WriteNumber("length", qualifier.Span.Length);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
