namespace ClaimCheck.Numbers;

/// <summary>How a hedge ("more than", "nearly", "some") turns the number it qualifies into bounds.</summary>
public enum HedgeKind
{
    MoreThan,
    AtLeast,
    Nearly,
    About,
    UpTo,
    FewerThan,
}

/// <summary>The bounds each hedge gives; the margins come from the lexicon so editors can tune them.</summary>
internal sealed record HedgeBounds(decimal Approximation, decimal NearlyFloor)
{
    public static readonly HedgeBounds Default = new(0.1m, 0.9m);

    /// <summary>
    /// Bounds for a hedged single number. Counts are whole, so "more than 100" starts at 101; a
    /// fractional value (a percentage, "2.5 million" is whole) has no next number, so the bound is the value itself.
    /// </summary>
    public (decimal? Low, decimal? High) Apply(HedgeKind kind, decimal n)
    {
        var whole = n == decimal.Truncate(n);
        var step = whole ? 1 : 0;
        return kind switch
        {
            HedgeKind.MoreThan => (n + step, null),
            HedgeKind.AtLeast => (n, null),
            HedgeKind.Nearly => Nearly(n, step),
            HedgeKind.About => (RoundDown(n * (1 - Approximation), whole), RoundUp(n * (1 + Approximation), whole)),
            HedgeKind.UpTo => (0, n),
            HedgeKind.FewerThan => (0, Math.Max(0, n - step)),
            _ => throw new InvalidOperationException($"unknown hedge {kind}"),
        };
    }

    /// <summary>Bounds for a hedged interval (a range or a vague count): the hedge opens or keeps its sides.</summary>
    public static (decimal? Low, decimal? High) Apply(HedgeKind kind, decimal low, decimal high) => kind switch
    {
        HedgeKind.MoreThan or HedgeKind.AtLeast => (low, null),
        HedgeKind.UpTo or HedgeKind.FewerThan => (0, high),
        HedgeKind.Nearly or HedgeKind.About => (low, high),
        _ => throw new InvalidOperationException($"unknown hedge {kind}"),
    };

    private (decimal? Low, decimal? High) Nearly(decimal n, int step)
    {
        var low = RoundDown(n * NearlyFloor, step == 1);
        var high = n - step;
        return high >= low ? (low, high) : (low, n);
    }

    private static decimal RoundDown(decimal d, bool whole) => whole ? decimal.Floor(d) : d;

    private static decimal RoundUp(decimal d, bool whole) => whole ? decimal.Ceiling(d) : d;
}
