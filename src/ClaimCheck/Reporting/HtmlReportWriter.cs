using System.Text;
using ClaimCheck.Consistency;

namespace ClaimCheck.Reporting;

/// <summary>
/// The report as one self-contained HTML page (inline CSS, no scripts), with the same content
/// and order as the Markdown report. Every piece of text that comes from articles, rules or
/// inputs is HTML-escaped, so an article cannot inject markup into the page.
/// </summary>
public static class HtmlReportWriter
{
    private const string Style = """
        body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #1d1d1f; }
        h1, h2, h3, h4 { line-height: 1.2; }
        h2 { border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2.2rem; }
        table { border-collapse: collapse; margin: .6rem 0; }
        th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        th { background: #f3f3f3; }
        code { font-size: .9em; background: #f3f3f3; padding: 0 .2em; }
        .finding { border-left: 4px solid #999; padding: .1rem 0 .1rem 1rem; margin: 1rem 0; }
        .sev-high { border-color: #c0392b; } .sev-medium { border-color: #e67e22; }
        .sev-low { border-color: #f1c40f; } .sev-info { border-color: #3498db; }
        .badge { font-size: .8em; text-transform: uppercase; letter-spacing: .05em; padding: .1em .4em; border-radius: 3px; background: #eee; }
        .evidence { font-family: Georgia, serif; }
        .meta { color: #555; font-size: .9em; }
        """;

    public static string Render(Report report)
    {
        var html = new StringBuilder();
        var outline = ReportOutline.Of(report);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>ClaimCheck report</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<h1>ClaimCheck report</h1>\n");
        html.Append($"<p>{Escape(ReportText.Totals(report))}</p>\n");
        html.Append("<table class=\"counts\">\n<tr><th>Kind</th><th>Findings</th></tr>\n");
        foreach (var kind in ReportNames.Kinds)
        {
            html.Append($"<tr><td>{ReportNames.Kind(kind)}</td><td>{report.Count(kind)}</td></tr>\n");
        }

        html.Append("</table>\n");
        foreach (var story in outline.Stories)
        {
            html.Append($"<section class=\"story\">\n<h2>Story: {Escape(story.Story.Label)} ({ReportText.Dates(story.Story)})</h2>\n");
            html.Append($"<p class=\"meta\">Story <code>{Escape(story.Story.Id)}</code>. Articles:</p>\n");
            AppendArticles(html, story.Articles);
            if (story.Events.IsEmpty && story.EventsElsewhere.IsEmpty)
            {
                html.Append("<p>No events were found in this story.</p>\n");
            }

            foreach (var reference in story.EventsElsewhere)
            {
                html.Append($"<p>Also about event <code>{Escape(reference.Event.Id)}</code> ({Escape(reference.Event.Label)}), listed {(reference.ListedUnder is { } home ? $"under story <code>{Escape(home)}</code>" : "across stories")}.</p>\n");
            }

            foreach (var ev in story.Events)
            {
                AppendEvent(html, ev);
            }

            html.Append("</section>\n");
        }

        if (!outline.AcrossStories.IsEmpty)
        {
            html.Append("<section>\n<h2>Across stories</h2>\n<p>Events whose claims are compared whatever story they come from (a war of one place, a person's roles).</p>\n");
            foreach (var ev in outline.AcrossStories)
            {
                AppendEvent(html, ev);
            }

            html.Append("</section>\n");
        }

        if (!outline.LooseEvents.IsEmpty)
        {
            html.Append("<section>\n<h2>Events outside any story</h2>\n");
            foreach (var ev in outline.LooseEvents)
            {
                AppendEvent(html, ev);
            }

            html.Append("</section>\n");
        }

        if (!outline.LooseFindings.IsEmpty)
        {
            html.Append("<section>\n<h2>Findings about unlisted events</h2>\n");
            foreach (var finding in outline.LooseFindings)
            {
                AppendFinding(html, finding);
            }

            html.Append("</section>\n");
        }

        html.Append("<h2>Articles</h2>\n");
        AppendArticles(html, report.Articles);
        html.Append("<h2>Skipped inputs</h2>\n");
        AppendList(html, report.Skipped, s => $"<code>{Escape(s.Path)}</code>: {Escape(s.Reason.Code)} at {ReportText.Position(s.Reason.Line, s.Reason.Column)}: {Escape(s.Reason.Message)}", "None.");
        html.Append("<h2>Rule diagnostics</h2>\n");
        AppendList(html, report.RuleDiagnostics, d => $"<code>{Escape(d.ToString())}</code>", "None.");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendEvent(StringBuilder html, OutlineEvent ev)
    {
        var e = ev.Event;
        html.Append($"<h3>Event: {Escape(e.Label)}</h3>\n");
        html.Append($"<p class=\"meta\">Event <code>{Escape(e.Id)}</code>, type <code>{Escape(e.Type)}</code>, {ReportText.Plural(e.ClaimIds.Length, "claim")}");
        if (!ev.OtherStoryIds.IsEmpty)
        {
            html.Append(ev.Event.AcrossStories ? "; from " : "; also in ").Append(string.Join(", ", ev.OtherStoryIds.Select(id => $"<code>{Escape(id)}</code>")));
        }

        html.Append(".</p>\n");
        if (ev.Findings.IsEmpty)
        {
            html.Append("<p>No findings for this event.</p>\n");
        }

        foreach (var finding in ev.Findings)
        {
            AppendFinding(html, finding);
        }
    }

    private static void AppendFinding(StringBuilder html, Finding finding)
    {
        var severity = ReportNames.Severity(finding.Severity);
        html.Append($"<div class=\"finding sev-{severity}\">\n");
        html.Append($"<h4><span class=\"badge\">{severity}</span> {ReportNames.Kind(finding.Kind)}: <code>{Escape(finding.Slot)}</code></h4>\n");
        html.Append($"<p>{Escape(finding.Summary)}</p>\n");
        html.Append("<table>\n<tr><th>Outlet</th><th>Value</th><th>Evidence</th><th>Article, line</th><th>Rule</th></tr>\n");
        foreach (var claim in finding.Claims)
        {
            var denied = claim.Positive || claim.Value is Claims.OccurrenceClaimValue ? "" : " (denied)";
            html.Append($"<tr><td>{Escape(claim.Outlet)}</td><td>{Escape(claim.Value.Display)}{denied}</td>");
            html.Append($"<td class=\"evidence\">\u201c{Escape(claim.Evidence.Text)}\u201d</td>");
            html.Append($"<td><code>{Escape(claim.ArticleId)}</code>, line {claim.Evidence.Line}</td><td><code>{Escape(claim.RuleId)}</code></td></tr>\n");
        }

        html.Append("</table>\n");
        html.Append($"<p class=\"meta\">Finding <code>{Escape(finding.Id)}</code>, decided by policy <code>{Escape(finding.Policy)}</code>.</p>\n</div>\n");
    }

    private static void AppendArticles(StringBuilder html, ImmutableArray<ArticleSummary> articles) =>
        AppendList(html, articles, a =>
        {
            var title = a.Title is null ? "" : $": \u201c{Escape(a.Title)}\u201d";
            return $"<code>{Escape(a.Id)}</code>, {Escape(a.Outlet)}, {a.Published:yyyy-MM-dd}{title} ({ReportText.Plural(a.Claims, "claim")}; <code>{Escape(a.SourcePath)}</code>)";
        }, "No article was loaded.");

    private static void AppendList<T>(StringBuilder html, ImmutableArray<T> items, Func<T, string> item, string empty)
    {
        if (items.IsEmpty)
        {
            html.Append("<p>").Append(empty).Append("</p>\n");
            return;
        }

        html.Append("<ul>\n");
        foreach (var i in items)
        {
            html.Append("<li>").Append(item(i)).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    /// <summary>Escapes text for HTML element content and quoted attribute values.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    sb.Append("&amp;");
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '"':
                    sb.Append("&quot;");
                    break;
                case '\'':
                    sb.Append("&#39;");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }
}
