using ClaimCheck.Claims;
using ClaimCheck.Numbers;
using ClaimCheck.Time;

namespace ClaimCheck.Consistency;

/// <summary>
/// Whether two values of one slot can both be true: dates and counts conflict only when their
/// intervals (granularity and hedges applied) cannot overlap. Values of different kinds, or rates
/// over different periods, are not comparable and never conflict.
/// </summary>
internal static class IntervalComparison
{
    public static bool Compatible(ClaimValue a, ClaimValue b) => (a, b) switch
    {
        (TimeClaimValue x, TimeClaimValue y) => TimeClaimValue.Aligned(x, y) is not { } t || t.A.Overlaps(t.B),
        (CountClaimValue x, CountClaimValue y) => !SamePer(x, y) || !OfOneKind(x.Quantity, y.Quantity) || (Convertible(x.Quantity, y.Quantity) is { } same ? same : x.Quantity.Overlaps(y.Quantity) || WithinWrittenPrecision(x.Quantity, y.Quantity) || WithinRounding(x.Quantity, y.Quantity) || WithinRounding(y.Quantity, x.Quantity)),
        (DurationClaimValue x, DurationClaimValue y) => Overlap(Hours(x), Hours(y)),
        _ => true,
    };

    /// <summary>Whether the two values can be set side by side at all: not a local clock time and one in a zone (<see cref="TimeClaimValue.Aligned"/>).</summary>
    public static bool Comparable(ClaimValue a, ClaimValue b) => a is not TimeClaimValue x || b is not TimeClaimValue y || TimeClaimValue.Aligned(x, y) is not null;

    /// <summary>True when b's value lies wholly above a's (a rising count or a later date).</summary>
    public static bool Above(ClaimValue a, ClaimValue b) => (a, b) switch
    {
        (CountClaimValue x, CountClaimValue y) => OfOneKind(x.Quantity, y.Quantity) && x.Quantity.High is { } high && y.Quantity.Low is { } low && low * Size(y.Quantity) > high * Size(x.Quantity),
        (TimeClaimValue x, TimeClaimValue y) => TimeClaimValue.Aligned(x, y) is { } t && t.B.Earliest >= t.A.Latest,
        _ => false,
    };

    /// <summary>The number (a count; a measure in its dimension's base unit, so "177 square miles" stands below "117,000 acres"), a duration in hours, or the interval's start (a date), for ordering a running count and telling values apart.</summary>
    public static double PointValue(ClaimValue value) => value switch
    {
        CountClaimValue x => (double)(x.Quantity.Value * Size(x.Quantity)),
        TimeClaimValue x => x.Interval.Earliest.Ticks,
        DurationClaimValue x => (double)(x.Duration.Amount * HoursPer(x.Duration.Unit)),
        _ => 0,
    };

    /// <summary>
    /// Two shares written to different precision agree when they differ by less than the coarser
    /// one's last digit: "64 per cent" may be 64.51% cut short, but 64.1% and 64.51% differ.
    /// </summary>
    private static bool WithinWrittenPrecision(Quantity x, Quantity y)
    {
        if (x.Unit != "percent" || y.Unit != "percent" || !x.Exact || !y.Exact)
        {
            return false;
        }

        static decimal LastDigit(decimal value) => 1m / (decimal)Math.Pow(10, DecimalPlaces(value));
        return Math.Abs(x.Value - y.Value) < Math.Max(LastDigit(x.Value), LastDigit(y.Value));
    }

    /// <summary>
    /// Whether two counts measure one kind of thing: the same unit, or units the lexicon converts
    /// between. A sum ("$50 deposits") and a bare count ("90,000 deposits") are not two
    /// readings of one number, so they neither conflict nor make a running count.
    /// </summary>
    private static bool OfOneKind(Quantity x, Quantity y) =>
        x.Unit == y.Unit || (x.Unit is { } a && y.Unit is { } b && Units.TryGetValue(a, out var ua) && Units.TryGetValue(b, out var ub) && ua.Dimension == ub.Dimension);

    /// <summary>
    /// Whether a value meets a large round one widened by the rounding its writer did: "$48
    /// billion" is any sum from 47.5 to 48.5 billion, so "close to $48 billion" and "$47.8 billion"
    /// meet it, and "$30 billion" meets "$30.4 billion"; a number written out in full
    /// ("33,577,342") was not rounded.
    /// </summary>
    private static bool WithinRounding(Quantity round, Quantity other)
    {
        if (!round.Exact || round.Value < 1_000_000m)
        {
            return false;
        }

        var scale = round.Value >= 1_000_000_000_000m ? 1_000_000_000_000m : round.Value >= 1_000_000_000m ? 1_000_000_000m : 1_000_000m;
        var mantissa = round.Value / scale / 1.000000000000000000000000000m;
        var decimals = DecimalPlaces(mantissa);
        if (decimals > 2)
        {
            return false;
        }

        var half = 0.5m * scale / (decimal)Math.Pow(10, decimals);
        return (other.Low ?? other.Value) <= round.Value + half && (other.High is not { } high || high >= round.Value - half);
    }

    /// <summary>Each measure unit the numbers lexicon gives, as its dimension and its size in that dimension's base unit.</summary>
    private static readonly Dictionary<string, (string Dimension, decimal Size)> Units = new(StringComparer.Ordinal)
    {
        ["m"] = ("length", 1m),
        ["km"] = ("length", 1000m),
        ["ft"] = ("length", 0.3048m),
        ["mile"] = ("length", 1609.344m),
        ["km/h"] = ("speed", 1m),
        ["mph"] = ("speed", 1.609344m),
        ["knot"] = ("speed", 1.852m),
        ["km2"] = ("area", 1_000_000m),
        ["mile2"] = ("area", 2_589_988.11m),
        ["ha"] = ("area", 10_000m),
        ["acre"] = ("area", 4_046.8564m),
        ["kg"] = ("mass", 1m),
        ["t"] = ("mass", 1000m),
    };

    /// <summary>
    /// Whether two measures in different units of one dimension agree ("106 mph" and "170 km/h"):
    /// converted, they may differ by the rounding a writer applies when converting, 1.5% of the
    /// larger; measures of different dimensions never conflict. Null when the units are the same or
    /// not both known.
    /// </summary>
    private static bool? Convertible(Quantity x, Quantity y)
    {
        if (x.Unit is null || y.Unit is null || x.Unit == y.Unit || !Units.TryGetValue(x.Unit, out var a) || !Units.TryGetValue(y.Unit, out var b))
        {
            return null;
        }

        if (a.Dimension != b.Dimension)
        {
            // A speed and a length are not comparable, so they never conflict.
            return true;
        }

        // In doubles: an open bound is infinite, and converting never overflows.
        var (xLow, xHigh) = ((double)(x.Low ?? x.Value) * (double)a.Size, x.High is { } xh ? (double)xh * (double)a.Size : double.PositiveInfinity);
        var (yLow, yHigh) = ((double)(y.Low ?? y.Value) * (double)b.Size, y.High is { } yh ? (double)yh * (double)b.Size : double.PositiveInfinity);
        var slack = 0.015 * Math.Max(xLow, yLow);
        return xLow <= yHigh + slack && yLow <= xHigh + slack;
    }

    /// <summary>How many digits a number was written with after its point ("64.51" → 2; trailing zeros count, as written).</summary>
    private static int DecimalPlaces(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;

    /// <summary>A measure's unit in its dimension's base unit; 1 for a count or a unit without a size.</summary>
    private static decimal Size(Quantity quantity) =>
        quantity.Unit is { } unit && Units.TryGetValue(unit, out var known) ? known.Size : 1m;

    private static bool SamePer(CountClaimValue x, CountClaimValue y) =>
        x.Quantity.Per?.Iso == y.Quantity.Per?.Iso;

    /// <summary>A count's number, or a duration in hours: how large a value is, for telling values of one order of size from others.</summary>
    public static decimal Magnitude(ClaimValue value) => value switch
    {
        CountClaimValue x => x.Quantity.Value,
        DurationClaimValue x => x.Duration.Amount * HoursPer(x.Duration.Unit),
        _ => 0,
    };

    private static (decimal Low, decimal? High) Hours(DurationClaimValue value)
    {
        var d = value.Duration;
        var perUnit = HoursPer(d.Unit);
        // A duration written as a round number of its unit stands for nearly half a unit either side
        // ("11 weeks" may be 76 days, "nine weeks" may not; six days and seven days still differ);
        // a half ("2½ months") for nearly a quarter.
        var margin = d.Minimum == d.Maximum ? (d.Amount == Math.Floor(d.Amount) ? 0.45m : 0.2m) : 0;
        return ((d.Minimum - margin) * perUnit, (d.Maximum + margin) * perUnit);
    }

    private static decimal HoursPer(TimeUnit unit) => unit switch
    {
        TimeUnit.Minute => 1m / 60,
        TimeUnit.Hour => 1,
        TimeUnit.Day => 24,
        TimeUnit.Week => 168,
        TimeUnit.Month => 730.5m,
        TimeUnit.Year => 8766,
        TimeUnit.Decade => 87660,
        _ => 876600,
    };

    private static bool Overlap((decimal Low, decimal? High) a, (decimal Low, decimal? High) b) =>
        (a.High is null || b.Low <= a.High) && (b.High is null || a.Low <= b.High);
}
