using ClaimCheck.Claims;

namespace ClaimCheck.Consistency;

/// <summary>
/// What claims' qualifiers (design.md §1a) allow a comparison to conclude: claims of different
/// days are about different incidents; a count that includes someone others may leave
/// out (the attacker among the dead) is reconciled with one that differs by as many.
/// </summary>
internal static class QualifierComparison
{
    /// <summary>
    /// False when both claims name the days they hold for and name no day in common: a shooting on
    /// Saturday and one on Sunday are two, and an incident that crossed midnight is too unsure a
    /// reading to flag.
    /// </summary>
    public static bool SameDay(Claim a, Claim b)
    {
        var first = Days(a);
        var second = Days(b);
        return first.Count == 0 || second.Count == 0 || first.Intersect(second).Any();
    }

    /// <summary>
    /// Whether two counts that cannot both hold are reconciled: by an inclusion (one of them counts
    /// in, or its article says there is, someone the other may leave out) or by the slot's
    /// <paramref name="tolerance"/> (an age a birthday apart), when they differ by no more than that.
    /// </summary>
    public static bool Reconciled(Claim a, Claim b, decimal tolerance = 0)
    {
        var adds = Math.Max(tolerance, a.Qualifiers.Concat(b.Qualifiers).Where(q => q.Kind == QualifierKind.Includes).Select(q => (decimal)q.Adds).DefaultIfEmpty(0).Max());
        return adds > 0 && a.Value is CountClaimValue x && b.Value is CountClaimValue y && Gap(x, y) <= adds;
    }

    /// <summary>How far apart two counts' intervals lie; 0 when they overlap.</summary>
    private static decimal Gap(CountClaimValue x, CountClaimValue y) =>
        x.Quantity.High is { } xHigh && y.Quantity.Low is { } yLow && yLow > xHigh ? yLow - xHigh
        : y.Quantity.High is { } yHigh && x.Quantity.Low is { } xLow && xLow > yHigh ? xLow - yHigh
        : 0;

    /// <summary>The days a claim's qualifiers name, as one key: claims with equal keys are alike to <see cref="SameDay"/>.</summary>
    public static string DaysKey(Claim claim) => string.Join(',', Days(claim));

    private static List<int> Days(Claim claim) =>
        [.. claim.Qualifiers.Where(q => q.Kind == QualifierKind.Day && q.Of is not null).Select(q => DateOnly.ParseExact(q.Of!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).DayNumber)];
}
