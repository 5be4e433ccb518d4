using ClaimCheck.Consistency;

namespace ClaimCheck.Reporting;

/// <summary>How kinds and severities are spelled in every report format (and in the JSON contract).</summary>
public static class ReportNames
{
    /// <summary>Every finding kind, in the order reports count them.</summary>
    public static ImmutableArray<FindingKind> Kinds { get; } = [.. Enum.GetValues<FindingKind>()];

    public static string Kind(FindingKind kind) =>
        kind == FindingKind.QuoteVariant ? "quote-variant" : kind.ToString().ToLowerInvariant();

    public static string Severity(Severity severity) => severity.ToString().ToLowerInvariant();
}
