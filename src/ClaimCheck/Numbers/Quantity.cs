using System.Globalization;
using ClaimCheck.Time;

namespace ClaimCheck.Numbers;

/// <summary>
/// A count as an interval of whole or decimal values: "more than 6 million" is [6,000,001, ∞);
/// "nearly 100" is [90, 99]; "275,000" is exactly [275000, 275000]. Bounds are inclusive; a null
/// bound is open. <see cref="Value"/> is the number as written, before the hedge.
/// </summary>
public sealed record Quantity
{
    public Quantity(decimal value, decimal? low, decimal? high)
    {
        Preconditions.CheckArgument(low is null || high is null || low <= high, nameof(low), "low must not exceed high");
        Value = value;
        Low = low;
        High = high;
    }

    public decimal Value { get; }

    public decimal? Low { get; }

    public decimal? High { get; }

    /// <summary>The hedge as written ("more than", "nearly", "dozens"), or null for a plain number.</summary>
    public string? Hedge { get; init; }

    /// <summary>
    /// True for a count written as a word that names a range ("dozens", "hundreds of thousands"):
    /// <see cref="Value"/> is then its lower bound, not a number the text gives.
    /// </summary>
    public bool Vague { get; init; }

    /// <summary>True when the text commits to one exact number.</summary>
    public bool Exact => Low == High && Low is not null;

    /// <summary>The counted noun as written, lower-cased ("civilians", "rebel factions").</summary>
    public string? Noun { get; init; }

    /// <summary>The noun's category from the lexicon (civilians, children, women, fighters, troops, people, factions…).</summary>
    public string? Category { get; init; }

    /// <summary>
    /// What is measured when it is not a count of things: "percent", "percentage-point", a
    /// currency code ("USD"), a measure ("km"), or "proportion" for a fraction of a whole ("half
    /// of the children"). Null for a plain count.
    /// </summary>
    public string? Unit { get; init; }

    /// <summary>For a rate ("one … every 25 minutes"): the period per which the count holds.</summary>
    public DurationValue? Per { get; init; }

    public bool Overlaps(Quantity other) =>
        (Low is null || other.High is null || Low <= other.High) &&
        (other.Low is null || High is null || other.Low <= High);

    public override string ToString()
    {
        static string N(decimal? d) => d?.ToString("0.###", CultureInfo.InvariantCulture) ?? "";
        return Exact ? N(Value) : $"[{N(Low)}, {N(High)}]";
    }
}
