using System.Text;
using ClaimCheck.Consistency;

namespace ClaimCheck.Reporting;

/// <summary>
/// The report a fact-checker reads: counts per kind, then per story its articles, events and
/// findings (most severe first), each finding with every outlet's value, the exact quoted
/// evidence with article and line, and the rules that produced it; then skipped inputs and rule
/// diagnostics. Lines end with '\n' and the output depends only on the report.
/// </summary>
public static class MarkdownReportWriter
{
    public static string Render(Report report)
    {
        var md = new StringBuilder();
        var outline = ReportOutline.Of(report);
        md.Append("# ClaimCheck report\n\n");
        md.Append(ReportText.Totals(report)).Append("\n\n");
        md.Append("| Kind | Findings |\n| --- | ---: |\n");
        foreach (var kind in ReportNames.Kinds)
        {
            md.Append($"| {ReportNames.Kind(kind)} | {report.Count(kind)} |\n");
        }

        foreach (var story in outline.Stories)
        {
            md.Append($"\n## Story: {Escape(story.Story.Label)} ({ReportText.Dates(story.Story)})\n\n");
            md.Append($"Story `{Code(story.Story.Id)}`. Articles:\n\n");
            foreach (var article in story.Articles)
            {
                md.Append($"- {ArticleLine(article)}\n");
            }

            if (story.Events.IsEmpty && story.EventsElsewhere.IsEmpty)
            {
                md.Append("\nNo events were found in this story.\n");
            }

            foreach (var reference in story.EventsElsewhere)
            {
                md.Append($"\nAlso about event `{Code(reference.Event.Id)}` ({Escape(reference.Event.Label)}), listed {(reference.ListedUnder is { } home ? $"under story `{Code(home)}`" : "across stories")}.\n");
            }

            foreach (var ev in story.Events)
            {
                AppendEvent(md, ev, "###");
            }
        }

        if (!outline.AcrossStories.IsEmpty)
        {
            md.Append("\n## Across stories\n\nEvents whose claims are compared whatever story they come from (a war of one place, a person's roles).\n");
            foreach (var ev in outline.AcrossStories)
            {
                AppendEvent(md, ev, "###");
            }
        }

        if (!outline.LooseEvents.IsEmpty)
        {
            md.Append("\n## Events outside any story\n");
            foreach (var ev in outline.LooseEvents)
            {
                AppendEvent(md, ev, "###");
            }
        }

        if (!outline.LooseFindings.IsEmpty)
        {
            md.Append("\n## Findings about unlisted events\n");
            foreach (var finding in outline.LooseFindings)
            {
                AppendFinding(md, finding, "###");
            }
        }

        md.Append("\n## Articles\n\n");
        AppendList(md, report.Articles, ArticleLine, "No article was loaded.");
        md.Append("\n## Skipped inputs\n\n");
        AppendList(md, report.Skipped, s => $"`{Code(s.Path)}`: {s.Reason.Code} at {ReportText.Position(s.Reason.Line, s.Reason.Column)}: {Escape(s.Reason.Message)}", "None.");
        md.Append("\n## Rule diagnostics\n\n");
        AppendList(md, report.RuleDiagnostics, d => $"`{Code(d.ToString())}`", "None.");
        if (report.Expectations is not null)
        {
            AppendExpectations(md, report.Expectations);
        }

        return md.ToString();
    }

    /// <summary>The expected findings (<c>check --expect</c>): totals, one table row per entry, unexpected contradictions.</summary>
    private static void AppendExpectations(StringBuilder md, ExpectationOutcome outcome)
    {
        md.Append("\n## Expected findings\n\n");
        md.Append($"Checked against `{Code(outcome.File)}`: {outcome.Totals}.\n\n");
        md.Append("| Status | Need | Kind | Slot | Findings |\n| --- | --- | --- | --- | --- |\n");
        foreach (var result in outcome.Results)
        {
            var ids = result.FindingIds.IsEmpty ? "" : string.Join(", ", result.FindingIds.Select(id => $"`{CellCode(id)}`"));
            md.Append($"| {result.StatusText} | {result.Need} | {result.Entry.KindName} | `{CellCode(result.Entry.Slot)}` | {ids} |\n");
        }

        md.Append("\nUnexpected contradictions:\n\n");
        AppendList(md, outcome.UnexpectedContradictions, f => $"`{Code(f.Slot)}` (`{Code(f.Id)}`): {Escape(f.Summary)}", "None.");
        if (!outcome.Diagnostics.IsEmpty)
        {
            md.Append("\nProblems in the expected findings (those entries were left out):\n\n");
            AppendList(md, outcome.Diagnostics, d => $"`{Code(d.ToString())}`", "None.");
        }
    }

    private static void AppendEvent(StringBuilder md, OutlineEvent ev, string heading)
    {
        var e = ev.Event;
        md.Append($"\n{heading} Event: {Escape(e.Label)}\n\n");
        md.Append($"Event `{Code(e.Id)}`, type `{Code(e.Type)}`, {ReportText.Plural(e.ClaimIds.Length, "claim")}");
        if (!ev.OtherStoryIds.IsEmpty)
        {
            md.Append(ev.Event.AcrossStories ? "; from " : "; also in ").Append(string.Join(", ", ev.OtherStoryIds.Select(id => $"`{Code(id)}`")));
        }

        md.Append(".\n");
        if (ev.Findings.IsEmpty)
        {
            md.Append("\nNo findings for this event.\n");
        }

        foreach (var finding in ev.Findings)
        {
            AppendFinding(md, finding, heading + "#");
        }
    }

    private static void AppendFinding(StringBuilder md, Finding finding, string heading)
    {
        md.Append($"\n{heading} {ReportNames.Severity(finding.Severity).ToUpperInvariant()} {ReportNames.Kind(finding.Kind)}: `{Code(finding.Slot)}`\n\n");
        md.Append(Escape(finding.Summary)).Append("\n\n");
        md.Append("| Outlet | Value | Evidence | Article, line | Rule |\n| --- | --- | --- | --- | --- |\n");
        foreach (var claim in finding.Claims)
        {
            var denied = claim.Positive || claim.Value is Claims.OccurrenceClaimValue ? "" : " (denied)";
            md.Append($"| {Escape(claim.Outlet)} | {Escape(claim.Value.Display)}{denied} | \u201c{Escape(claim.Evidence.Text)}\u201d | `{CellCode(claim.ArticleId)}`, line {claim.Evidence.Line} | `{CellCode(claim.RuleId)}` |\n");
        }

        md.Append($"\nFinding `{Code(finding.Id)}`, decided by policy `{Code(finding.Policy)}`.\n");
    }

    private static string ArticleLine(ArticleSummary a)
    {
        var title = a.Title is null ? "" : $": \u201c{Escape(a.Title)}\u201d";
        return $"`{Code(a.Id)}`, {Escape(a.Outlet)}, {a.Published:yyyy-MM-dd}{title} ({ReportText.Plural(a.Claims, "claim")}; `{Code(a.SourcePath)}`)";
    }

    private static void AppendList<T>(StringBuilder md, ImmutableArray<T> items, Func<T, string> line, string empty)
    {
        if (items.IsEmpty)
        {
            md.Append(empty).Append('\n');
        }

        foreach (var item in items)
        {
            md.Append("- ").Append(line(item)).Append('\n');
        }
    }

    /// <summary>
    /// Article text as inline Markdown: characters Markdown would read as markup are escaped,
    /// raw HTML cannot form, and line breaks (which would end a table row) become spaces.
    /// </summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~' or '!':
                    sb.Append('\\').Append(c);
                    break;
                case '\r':
                    break;
                case '\n' or '\t':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Text inside a code span: a backtick would end the span, and a line break the line.</summary>
    private static string Code(string text) =>
        text.Replace('`', '\'').Replace('\n', ' ').Replace("\r", "", StringComparison.Ordinal);

    /// <summary>A code span inside a table cell, where even a code span's '|' ends the cell.</summary>
    private static string CellCode(string text) => Code(text).Replace("|", "\\|", StringComparison.Ordinal);
}
