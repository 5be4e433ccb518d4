using System.Globalization;

namespace ClaimCheck.Time;

/// <summary>A calendar period with its TIMEX3 value: a day, an ISO week, a month, a quarter, a year, a decade.</summary>
internal readonly record struct Period(TimeInterval Interval, Granularity Granularity, string Timex)
{
    public static Period Day(DateOnly day) =>
        new(TimeInterval.Day(day), Granularity.Day, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static Period Week(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        var date = day.ToDateTime(TimeOnly.MinValue);
        var timex = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date):0000}-W{ISOWeek.GetWeekOfYear(date):00}");
        return new(new TimeInterval(monday.ToDateTime(TimeOnly.MinValue), monday.AddDays(7).ToDateTime(TimeOnly.MinValue)), Granularity.Week, timex);
    }

    /// <summary>
    /// "the first week of March": the month's first seven days (<paramref name="nth"/> 1 to 4, from
    /// its start) or its last seven (-1); the TIMEX3 value is the ISO week that holds most of them.
    /// </summary>
    public static Period WeekOfMonth(Period month, int nth)
    {
        var start = nth > 0
            ? DateOnly.FromDateTime(month.Interval.Earliest).AddDays(7 * (nth - 1))
            : DateOnly.FromDateTime(month.Interval.Latest).AddDays(-7);
        return Week(start.AddDays(3)) with { Interval = new TimeInterval(start.ToDateTime(TimeOnly.MinValue), start.AddDays(7).ToDateTime(TimeOnly.MinValue)) };
    }

    /// <summary>The weekend of an ISO week, Saturday and Sunday: TIMEX3 "1990-W32-WE".</summary>
    public static Period Weekend(DateOnly saturday)
    {
        var week = Week(saturday);
        return new(new TimeInterval(saturday.ToDateTime(TimeOnly.MinValue), saturday.AddDays(2).ToDateTime(TimeOnly.MinValue)), Granularity.Week, week.Timex + "-WE");
    }

    public static Period Month(int year, int month) =>
        new(TimeInterval.Month(year, month), Granularity.Month, string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}"));

    public static Period Quarter(int year, int quarter)
    {
        var start = new DateTime(year, quarter * 3 - 2, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return new(new TimeInterval(start, start.AddMonths(3)), Granularity.Quarter, string.Create(CultureInfo.InvariantCulture, $"{year:0000}-Q{quarter}"));
    }

    /// <summary>The quarter that contains <paramref name="day"/>.</summary>
    public static Period QuarterOf(DateOnly day) => Quarter(day.Year, (day.Month + 2) / 3);

    /// <summary>
    /// A season by its TIMEX3 code ("1998-SU"): three whole months, spring from March, summer from June,
    /// fall from September, winter from December of the year it names (so it runs into the next year).
    /// Its granularity is <see cref="Granularity.Quarter"/>, the calendar unit of the same length.
    /// </summary>
    public static Period Season(int year, string code)
    {
        var start = new DateTime(year, SeasonStartMonth(code) ?? throw new ArgumentException($"unknown season '{code}'", nameof(code)), 1, 0, 0, 0, DateTimeKind.Unspecified);
        return new(new TimeInterval(start, start.AddMonths(3)), Granularity.Quarter, string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{code}"));
    }

    public static int? SeasonStartMonth(string code) => code switch
    {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        "WI" => 12,
        _ => null,
    };

    public static Period Year(int year) =>
        new(TimeInterval.Year(year), Granularity.Year, year.ToString("0000", CultureInfo.InvariantCulture));

    /// <summary>A decade by its first three digits: 199 is the 1990s, TIMEX3 "199".</summary>
    public static Period Decade(int decade) =>
        new(Years(decade * 10, 10), Granularity.Decade, decade.ToString("000", CultureInfo.InvariantCulture));

    public static Period Century(int century) =>
        new(Years(century * 100, 100), Granularity.Century, century.ToString("00", CultureInfo.InvariantCulture));

    /// <summary>The period of <paramref name="unit"/> that contains <paramref name="day"/>; days for units below a day.</summary>
    public static Period Containing(TimeUnit unit, DateOnly day) => unit switch
    {
        TimeUnit.Week => Week(day),
        TimeUnit.Month => Month(day.Year, day.Month),
        TimeUnit.Year => Year(day.Year),
        TimeUnit.Decade => Decade(day.Year / 10),
        TimeUnit.Century => Century(day.Year / 100),
        _ => Day(day),
    };

    /// <summary>The day, month or quarter that contains <paramref name="day"/>, as <paramref name="granularity"/> says.</summary>
    public static Period Like(Granularity granularity, DateOnly day) => granularity switch
    {
        Granularity.Quarter => QuarterOf(day),
        Granularity.Month => Containing(TimeUnit.Month, day),
        Granularity.Day => Containing(TimeUnit.Day, day),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "only a day, month or quarter"),
    };

    public static Granularity GranularityOf(TimeUnit unit) => unit switch
    {
        TimeUnit.Minute => Granularity.Minute,
        TimeUnit.Hour => Granularity.Hour,
        TimeUnit.Day => Granularity.Day,
        TimeUnit.Week => Granularity.Week,
        TimeUnit.Month => Granularity.Month,
        TimeUnit.Year => Granularity.Year,
        TimeUnit.Decade => Granularity.Decade,
        _ => Granularity.Century,
    };

    /// <summary>1 for Monday through 7 for Sunday (ISO 8601).</summary>
    public static int IsoWeekday(DateOnly day) => ((int)day.DayOfWeek + 6) % 7 + 1;

    private static TimeInterval Years(int first, int count) =>
        new(new DateTime(first, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), new DateTime(first + count, 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
}
