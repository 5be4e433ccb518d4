namespace ClaimCheck.Time;

/// <summary>
/// A holiday by how its date falls in a year: a fixed day ("Christmas": 12-25), the nth weekday of
/// a month counted from the day after <see cref="AfterDay"/> ("Thanksgiving": the fourth Thursday of
/// November; "Election Day": the first Tuesday after November 1; nth −1 is the last), or days from
/// Western Easter ("Good Friday": −2), or a table of dates for a holiday of the lunar calendar
/// ("Eid al-Adha"), whose first day may differ by a day from country to country.
/// </summary>
public sealed record Holiday
{
    private Holiday(int? month, int? day, int? weekday, int? nth, int afterDay, int? easterOffset)
    {
        Month = month;
        Day = day;
        Weekday = weekday;
        Nth = nth;
        AfterDay = afterDay;
        EasterOffset = easterOffset;
    }

    /// <summary>For a holiday given by a table: its date in each year the table covers.</summary>
    public ImmutableSortedDictionary<int, DateOnly>? Dates { get; private init; }

    /// <summary>How many days either side of its date the holiday may fall (moon sighting differs by country).</summary>
    public int SpreadDays { get; private init; }

    public int? Month { get; }

    public int? Day { get; }

    public int? Weekday { get; }

    public int? Nth { get; }

    public int AfterDay { get; }

    public int? EasterOffset { get; }

    // Each kind of holiday has one check, which the lexicon reader reports as a diagnostic and the
    // factory enforces: "why not", or null when the numbers make a holiday.

    public static string? FixedProblem(int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month) ? null : "must be a month and day, MM-DD";

    public static string? NthWeekdayProblem(int month, int weekday, int nth, int afterDay) =>
        month is >= 1 and <= 12 && weekday is >= 1 and <= 7 && (nth is >= 1 and <= 5 || nth == -1) && afterDay is >= 0 and <= 21
            ? null
            : "month must be 1 to 12, weekday 1 (Monday) to 7, nth 1 to 5 or -1 (the last), after 0 to 21";

    public static string? EasterProblem(int offset) => offset is >= -60 and <= 60 ? null : "must be within 60 days of Easter";

    public static string? DatedProblem(IReadOnlyCollection<DateOnly> dates, int spreadDays) =>
        dates.Count == 0 || spreadDays is < 0 or > 3 ? "a list of dates is needed, and a spread of 0 to 3 days"
        : dates.GroupBy(d => d.Year).FirstOrDefault(g => g.Count() > 1) is { } twice ? $"two dates in {twice.Key}: one per year"
        : null;

    public static Holiday Fixed(int month, int day)
    {
        Valid(FixedProblem(month, day), nameof(day));
        return new(month, day, null, null, 0, null);
    }

    public static Holiday NthWeekday(int month, int weekday, int nth, int afterDay = 0)
    {
        Valid(NthWeekdayProblem(month, weekday, nth, afterDay), nameof(nth));
        return new(month, null, weekday, nth, afterDay, null);
    }

    public static Holiday FromEaster(int offset)
    {
        Valid(EasterProblem(offset), nameof(offset));
        return new(null, null, null, null, 0, offset);
    }

    public static Holiday Dated(IReadOnlyCollection<DateOnly> dates, int spreadDays)
    {
        Valid(DatedProblem(dates, spreadDays), nameof(dates));
        return new(null, null, null, null, 0, null) { Dates = dates.ToImmutableSortedDictionary(d => d.Year, d => d), SpreadDays = spreadDays };
    }

    /// <summary>
    /// The holiday's date in <paramref name="year"/>, or null when the month has no such weekday (a
    /// fifth Monday) or the table has no date for the year.
    /// </summary>
    public DateOnly? In(int year)
    {
        if (Dates is { } table)
        {
            return table.TryGetValue(year, out var listed) ? listed : null;
        }

        if (EasterOffset is { } offset)
        {
            return Easter(year).AddDays(offset);
        }

        if (Day is { } day)
        {
            return day <= DateTime.DaysInMonth(year, Month!.Value) ? new DateOnly(year, Month.Value, day) : null;
        }

        var month = Month!.Value;
        if (Nth == -1)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-((Period.IsoWeekday(last) - Weekday!.Value + 7) % 7));
        }

        var start = new DateOnly(year, month, AfterDay + 1);
        var first = start.AddDays((Weekday!.Value - Period.IsoWeekday(start) + 7) % 7);
        var date = first.AddDays(7 * (Nth!.Value - 1));
        return date.Month == month ? date : null;
    }

    /// <summary>Western Easter Sunday by the Gregorian computus (Meeus/Jones/Butcher).</summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var monthAndDay = h + l - 7 * m + 114;
        return new DateOnly(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }

    private static void Valid(string? problem, string parameter) => Preconditions.CheckArgument(problem is null, parameter, problem ?? string.Empty);
}
