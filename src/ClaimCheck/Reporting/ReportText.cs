using ClaimCheck.Alignment;

namespace ClaimCheck.Reporting;

/// <summary>Phrases the human-readable reports and the command line share.</summary>
public static class ReportText
{
    public static string Plural(int count, string noun, string? plural = null) => count == 1 ? $"1 {noun}" : $"{count} {plural ?? noun + "s"}";

    public static string Totals(Report r) =>
        $"{Plural(r.Articles.Length, "article")}, {Plural(r.Stories.Length, "story", "stories")}, " +
        $"{Plural(r.Events.Length, "event")}, {Plural(r.Findings.Length, "finding")}, " +
        $"{Plural(r.Skipped.Length, "skipped input")}, {Plural(r.RuleDiagnostics.Length, "rule diagnostic")}.";

    public static string Dates(Story story) =>
        story.From == story.To ? $"{story.From:yyyy-MM-dd}" : $"{story.From:yyyy-MM-dd} to {story.To:yyyy-MM-dd}";

    public static string Position(int line, int column) =>
        line == 0 ? "an unknown position" : $"line {line}, column {column}";
}
