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
        (TimeClaimValue x, TimeClaimValue y) => x.Interval.Overlaps(y.Interval),
        (CountClaimValue x, CountClaimValue y) => !SamePer(x, y) || x.Quantity.Overlaps(y.Quantity) || WithinWrittenPrecision(x.Quantity, y.Quantity),
        (DurationClaimValue x, DurationClaimValue y) => Overlap(Hours(x), Hours(y)),
        _ => true,
    };

    /// <summary>True when b's value lies wholly above a's (a rising count or a later date).</summary>
    public static bool Above(ClaimValue a, ClaimValue b) => (a, b) switch
    {
        (CountClaimValue x, CountClaimValue y) => x.Quantity.High is { } high && y.Quantity.Low is { } low && low > high,
        (TimeClaimValue x, TimeClaimValue y) => y.Interval.Earliest >= x.Interval.Latest,
        _ => false,
    };

    /// <summary>The number as written (a count) or the interval's start (a date), for ordering a running count.</summary>
    public static double PointValue(ClaimValue value) => value switch
    {
        CountClaimValue x => (double)x.Quantity.Value,
        TimeClaimValue x => x.Interval.Earliest.Ticks,
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

        static decimal LastDigit(decimal value) => 1m / (decimal)Math.Pow(10, (decimal.GetBits(value)[3] >> 16) & 0xFF);
        return Math.Abs(x.Value - y.Value) < Math.Max(LastDigit(x.Value), LastDigit(y.Value));
    }

    private static bool SamePer(CountClaimValue x, CountClaimValue y) =>
        x.Quantity.Per?.Iso == y.Quantity.Per?.Iso;

    private static (decimal Low, decimal? High) Hours(DurationClaimValue value)
    {
        var d = value.Duration;
        var perUnit = d.Unit switch
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
        // A duration written as a round number of its unit stands for nearly half a unit either side
        // ("11 weeks" may be 76 days, "nine weeks" may not; six days and seven days still differ);
        // a half ("2½ months") for nearly a quarter.
        var margin = d.Minimum == d.Maximum ? (d.Amount == Math.Floor(d.Amount) ? 0.45m : 0.2m) : 0;
        return ((d.Minimum - margin) * perUnit, (d.Maximum + margin) * perUnit);
    }

    private static bool Overlap((decimal Low, decimal? High) a, (decimal Low, decimal? High) b) =>
        (a.High is null || b.Low <= a.High) && (b.High is null || a.Low <= b.High);
}
