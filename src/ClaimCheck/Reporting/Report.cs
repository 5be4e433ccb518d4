using ClaimCheck.Alignment;
using ClaimCheck.Consistency;
using ClaimCheck.Rules;

namespace ClaimCheck.Reporting;

/// <summary>An article as the report lists it.</summary>
public sealed record ArticleSummary(string Id, string Outlet, DateOnly Published, string? Title, string SourcePath, int Claims);

/// <summary>An input that was skipped, and why.</summary>
public sealed record SkippedInput(string Path, Diagnostic Reason);

/// <summary>
/// The whole result of a check. Everything in it is ordered deterministically, and nothing in
/// it depends on the clock, the file order or the thread count.
/// </summary>
public sealed record Report(
    ImmutableArray<ArticleSummary> Articles,
    ImmutableArray<Story> Stories,
    ImmutableArray<Event> Events,
    ImmutableArray<Finding> Findings,
    ImmutableArray<SkippedInput> Skipped,
    ImmutableArray<Diagnostic> RuleDiagnostics)
{
    public int Count(FindingKind kind) => Findings.Count(f => f.Kind == kind);

    /// <summary>
    /// The findings checked against expected findings (<c>check --expect</c>); null when none were
    /// given, and then no report format has the section, so their bytes are as before.
    /// </summary>
    public ExpectationOutcome? Expectations { get; init; }
}
