using System.Globalization;

namespace ClaimCheck.Time;

public enum TimeType
{
    Date,
    Time,
    Duration,
    Set,
}

public enum Granularity
{
    Century,
    Decade,
    Year,
    Quarter,
    Month,
    Week,
    Day,
    PartOfDay,
    Hour,
    Minute,
}

public enum TimeUnit
{
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
}

/// <summary>TIMEX3 <c>mod</c> values, which is how hedges ("about", "more than", "end of") are kept.</summary>
public enum TimeModifier
{
    None,
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
    LessThan,
    MoreThan,
    EqualOrLess,
    EqualOrMore,
    Start,
    Mid,
    End,
    Approx,
}

/// <summary>A half-open range of local date-times [Earliest, Latest).</summary>
public sealed record TimeInterval
{
    public TimeInterval(DateTime earliest, DateTime latest)
    {
        Preconditions.CheckArgument(earliest < latest, nameof(latest), "an interval must not be empty");
        Earliest = earliest;
        Latest = latest;
    }

    public DateTime Earliest { get; }

    public DateTime Latest { get; }

    public static TimeInterval Day(DateOnly day) =>
        new(day.ToDateTime(TimeOnly.MinValue), day.AddDays(1).ToDateTime(TimeOnly.MinValue));

    public static TimeInterval Month(int year, int month)
    {
        var start = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return new(start, start.AddMonths(1));
    }

    public static TimeInterval Year(int year) =>
        new(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Unspecified));

    public bool Overlaps(TimeInterval other) => Earliest < other.Latest && other.Earliest < Latest;

    public TimeInterval? Intersect(TimeInterval other)
    {
        var start = Earliest > other.Earliest ? Earliest : other.Earliest;
        var end = Latest < other.Latest ? Latest : other.Latest;
        return start < end ? new TimeInterval(start, end) : null;
    }

    public override string ToString() =>
        $"[{Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, {Latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})";
}

/// <summary>
/// An amount of time with its bounds: "more than four hours" is 4 hours with no upper bound;
/// "nearly six years" is below 6 years but not far below. Bounds are in the same unit.
/// </summary>
public sealed record DurationValue
{
    public DurationValue(decimal amount, TimeUnit unit, decimal minimum, decimal? maximum)
    {
        Preconditions.CheckArgument(amount >= 0, nameof(amount), "must not be negative");
        Preconditions.CheckArgument(minimum >= 0 && minimum <= amount, nameof(minimum), "must lie in [0, amount]");
        Preconditions.CheckArgument(maximum is null || maximum >= amount, nameof(maximum), "must not be below the amount");
        Amount = amount;
        Unit = unit;
        Minimum = minimum;
        Maximum = maximum;
    }

    public decimal Amount { get; }

    public TimeUnit Unit { get; }

    public decimal Minimum { get; }

    /// <summary>Null when there is no upper bound ("more than", "at least").</summary>
    public decimal? Maximum { get; }

    public static DurationValue Exact(decimal amount, TimeUnit unit) => new(amount, unit, amount, amount);

    /// <summary>The TIMEX3 value of an unstated amount of a unit ("for months" is PXM; "for decades" PXY, as years).</summary>
    public static string VagueIso(TimeUnit unit) => unit switch
    {
        TimeUnit.Minute => "PTXM",
        TimeUnit.Hour => "PTXH",
        TimeUnit.Day => "PXD",
        TimeUnit.Week => "PXW",
        TimeUnit.Month => "PXM",
        _ => "PXY",
    };

    /// <summary>
    /// ISO 8601 period, e.g. P2M, PT4H. A fraction of a year, day, hour or minute is written in the
    /// next smaller unit when it comes out whole ("2 1/2 years" is P2Y6M, as TimeML writes it, not P2.5Y).
    /// </summary>
    public string Iso
    {
        get
        {
            var n = Format(Amount);
            return Unit switch
            {
                TimeUnit.Minute => "PT" + WithRemainder(Amount, "M", 60, "S"),
                TimeUnit.Hour => "PT" + WithRemainder(Amount, "H", 60, "M"),
                TimeUnit.Day => "P" + WithRemainder(Amount, "D", 24, "TH"),
                TimeUnit.Week => $"P{n}W",
                TimeUnit.Month => $"P{n}M",
                TimeUnit.Year => "P" + WithRemainder(Amount, "Y", 12, "M"),
                // TIMEX3 has no decade or century designator: they are written in years.
                TimeUnit.Decade => "P" + WithRemainder(Amount * 10, "Y", 12, "M"),
                TimeUnit.Century => "P" + WithRemainder(Amount * 100, "Y", 12, "M"),
                _ => throw new InvalidOperationException($"unknown unit {Unit}"),
            };
        }
    }

    private static string Format(decimal amount) => amount.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>"2Y6M" for 2.5 years; the amount as a decimal when its fraction is not a whole number of smaller units.</summary>
    private static string WithRemainder(decimal amount, string designator, int smallerPerUnit, string smallerDesignator)
    {
        var whole = decimal.Truncate(amount);
        var smaller = (amount - whole) * smallerPerUnit;
        if (smaller == 0 || smaller != decimal.Truncate(smaller))
        {
            return Format(amount) + designator;
        }

        // "TH": hours after days need the time designator T before them (P1DT12H).
        var separator = smallerDesignator.StartsWith('T') ? "T" : "";
        var unit = smallerDesignator.TrimStart('T');
        return whole == 0 && separator == ""
            ? Format(smaller) + unit
            : $"{(whole == 0 ? "" : Format(whole) + designator)}{separator}{Format(smaller)}{unit}";
    }

    /// <summary>
    /// When something that has lasted this long at <paramref name="anchor"/> began: for a minimum
    /// of m and maximum M, the start lies in (anchor − M, anchor − m]. Open-ended durations reach back 100 years.
    /// </summary>
    public TimeInterval StartBefore(DateTime anchor)
    {
        var earliest = Subtract(anchor, Maximum ?? Minimum + UnitsIn(100, TimeUnit.Year));
        var latest = Subtract(anchor, Minimum).AddDays(1);
        return new TimeInterval(earliest, latest > earliest ? latest : earliest.AddDays(1));
    }

    /// <summary>Subtracts an amount of this duration's unit, fractional months and years included.</summary>
    public DateTime Subtract(DateTime anchor, decimal amount)
    {
        var whole = (int)Math.Floor(amount);
        var fraction = (double)(amount - whole);
        return Unit switch
        {
            TimeUnit.Minute => anchor.AddMinutes(-(double)amount),
            TimeUnit.Hour => anchor.AddHours(-(double)amount),
            TimeUnit.Day => anchor.AddDays(-(double)amount),
            TimeUnit.Week => anchor.AddDays(-7 * (double)amount),
            TimeUnit.Month => anchor.AddMonths(-whole).AddDays(-30.44 * fraction),
            TimeUnit.Year => anchor.AddYears(-whole).AddDays(-365.25 * fraction),
            TimeUnit.Decade => anchor.AddYears(-10 * whole).AddDays(-3652.5 * fraction),
            TimeUnit.Century => anchor.AddYears(-100 * whole).AddDays(-36525 * fraction),
            _ => throw new InvalidOperationException($"unknown unit {Unit}"),
        };
    }

    private decimal UnitsIn(decimal amount, TimeUnit unit) =>
        amount * DaysPer(unit) / DaysPer(Unit);

    private static decimal DaysPer(TimeUnit unit) => unit switch
    {
        TimeUnit.Minute => 1m / 1440,
        TimeUnit.Hour => 1m / 24,
        TimeUnit.Day => 1,
        TimeUnit.Week => 7,
        TimeUnit.Month => 30.44m,
        TimeUnit.Year => 365.25m,
        TimeUnit.Decade => 3652.5m,
        TimeUnit.Century => 36525m,
        _ => throw new InvalidOperationException($"unknown unit {unit}"),
    };
}

/// <summary>
/// A normalized time expression. Dates and times have an <see cref="Interval"/> (hedges already
/// applied); durations and sets have a <see cref="Duration"/>. <see cref="Timex"/> is the TIMEX3
/// value ("2016-02", "XXXX-12", "PT4H", "P2M", "PRESENT_REF").
/// </summary>
public sealed record TimeValue
{
    public TimeValue(TimeType type, string timex, Granularity granularity, TimeInterval? interval, DurationValue? duration)
    {
        Preconditions.CheckArgument(type is not (TimeType.Date or TimeType.Time) || interval is not null || timex.Contains('X', StringComparison.Ordinal) || timex.EndsWith("_REF", StringComparison.Ordinal), nameof(interval), "a resolved date needs an interval");
        Preconditions.CheckArgument(type is not (TimeType.Duration or TimeType.Set) || duration is not null, nameof(duration), "a duration needs an amount");
        Type = type;
        Timex = Preconditions.CheckNotBlank(timex, nameof(timex));
        Granularity = granularity;
        Interval = interval;
        Duration = duration;
    }

    public TimeType Type { get; }

    public string Timex { get; }

    public Granularity Granularity { get; }

    public TimeInterval? Interval { get; }

    public DurationValue? Duration { get; }

    public TimeModifier Modifier { get; init; }

    public bool Approximate { get; init; }

    /// <summary>What the value was resolved against: "absolute", "publication", or another mention's text.</summary>
    public string Anchor { get; init; } = "absolute";

    /// <summary>True for a duration that is the age of the thing it describes ("two-month-old ceasefire").</summary>
    public bool IsAge { get; init; }

    /// <summary>
    /// For a clock time written with a time zone ("1700 GMT", "5 p.m. EDT"), converted into one
    /// ("8 p.m. local time (1700 GMT)"), or in "local time" where the article's place keeps one clock
    /// ("8 p.m. local time" datelined Damascus), its offset from UTC: the interval is the clock as
    /// written, and the interval less the offset is the instant. Null for a local clock whose place
    /// is not known, or an ambiguous abbreviation the article's place does not settle.
    /// </summary>
    public TimeSpan? UtcOffset { get; init; }

    /// <summary>Whether a zone was written with the clock time, known or ambiguous ("CST"): such a time is not a local one.</summary>
    public bool Zoned { get; init; }

    /// <summary>Whether the clock was written as "local time": the time where the story happens.</summary>
    public bool LocalTime { get; init; }

    /// <summary>The gazetteer id of the article's place when its zone gave <see cref="UtcOffset"/> ("local time", "IST" in India).</summary>
    public string? OffsetPlace { get; init; }

    /// <summary>The TIMEX3 <c>mod</c> attribute, or null when there is none.</summary>
    public string? TimexMod => TimexModOf(Modifier);

    public static string? TimexModOf(TimeModifier modifier) => modifier switch
    {
        TimeModifier.None => null,
        TimeModifier.OnOrBefore => "ON_OR_BEFORE",
        TimeModifier.OnOrAfter => "ON_OR_AFTER",
        TimeModifier.LessThan => "LESS_THAN",
        TimeModifier.MoreThan => "MORE_THAN",
        TimeModifier.EqualOrLess => "EQUAL_OR_LESS",
        TimeModifier.EqualOrMore => "EQUAL_OR_MORE",
        _ => modifier.ToString().ToUpperInvariant(),
    };

    /// <summary>The modifier a TIMEX3 <c>mod</c> value names ("MORE_THAN"), or null when it names none.</summary>
    public static TimeModifier? ParseTimexMod(string mod) =>
        Enum.GetValues<TimeModifier>().Where(m => m != TimeModifier.None && TimexModOf(m) == mod).Cast<TimeModifier?>().FirstOrDefault();

    /// <summary>The TIMEX3 <c>type</c> attribute.</summary>
    public string TimexType => Type.ToString().ToUpperInvariant();
}
