using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimCheck.Time;

/// <summary>Which way the verbs near an expression point from publication.</summary>
public enum Tense
{
    None,
    Past,
    Future,
}

/// <summary>
/// Turns a rule match into a <see cref="TimeValue"/> by what its named groups mean: absolute parts
/// (year, month, day, decade, quarter) are taken as written; a month, quarter or weekday without a
/// year is placed by direction ("last", "next") or by tense; relative forms (deictic, direction with
/// unit, amount-unit-"ago") count from publication; part, part of day, clock time and mod refine it.
/// Returns null when the groups do not make a value (an unknown word, the 31st of April).
/// </summary>
internal sealed class TimeResolver(TimeLexicon lexicon)
{
    /// <summary>"the next morning" steps by one day, whatever the lexicon's unit words.</summary>
    private static readonly UnitWord OneDay = new(TimeUnit.Day, 1);

    /// <param name="antecedent">
    /// The nearest earlier date or time in the document at least as fine as the granularity asked
    /// for, at most the given number of sentences back, which "that day" or "the following month"
    /// counts from; null when there is none.
    /// </param>
    /// <param name="order">How the article writes numeric dates: the <c>order</c> group marks a day and a month that may be swapped.</param>
    /// <param name="place">Where the article's story happens: its clock is that of "local time", and it picks the zone an ambiguous abbreviation ("IST") names.</param>
    public TimeValue? Resolve(TimeRule rule, Match match, DateOnly published, Corpus.DateOrder order, Names.ArticlePlace? place, Func<Tense> tense, Func<Granularity, int, TimeMention?> antecedent)
    {
        var groups = new Captures(match) { DayFirst = order == Corpus.DateOrder.DayFirst };
        return rule.Type switch
        {
            TimeType.Duration => Duration(rule, groups, TimeType.Duration),
            TimeType.Set => Set(rule, groups),
            _ when groups["anaphor"] is not null => Anaphoric(rule, groups, antecedent),
            _ => Date(rule, groups, published, place, tense, antecedent),
        };
    }

    /// <summary>
    /// "that day", "later that year", "the following month", "two days later", "the next morning":
    /// the period of the unit holding the antecedent's start, moved by the direction times the
    /// amount (one if none is written); a part of the day makes it a time on the day moved to.
    /// Without an antecedent "that day" stays unknown ("XXXX-XX-XX") and is still reported.
    /// </summary>
    private TimeValue? Anaphoric(TimeRule rule, Captures groups, Func<Granularity, int, TimeMention?> antecedent)
    {
        var direction = Lookup(lexicon.Directions, groups["direction"], out var directionOk);
        // "the next morning" steps by days.
        var stepUnit = groups["unit"] is null && groups["partofday"] is not null ? OneDay : UnitOf(rule, groups);
        if (!directionOk || stepUnit is not { Times: 1, Unit: TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year } unit)
        {
            return null;
        }

        // "a few days later" names no day to count to.
        var amount = groups["amount"] is { } amountText ? lexicon.ReadAmount(amountText) : TimeLexicon.One;
        if (amount is not { Vague: false, Value: > 0 and <= 1000 } counted || counted.Value != decimal.Truncate(counted.Value))
        {
            return null;
        }

        var granularity = Period.GranularityOf(unit.Unit);
        // A counted step ("two days later") counts from a date of this sentence or the one before;
        // with none, the expression keeps its other reading (a duration, or a step back from publication).
        var counting = groups["amount"] is not null || groups["partofday"] is not null;
        var fine = antecedent(granularity, counting ? 1 : int.MaxValue);
        if (!counting && direction is null && WithinLatest(antecedent(Granularity.Century, 1), fine, unit.Unit) is { } within)
        {
            return within;
        }

        if (fine is not { Value.Interval: { } interval } earlier)
        {
            if (counting)
            {
                return null;
            }

            var unknown = unit.Unit switch
            {
                TimeUnit.Day => "XXXX-XX-XX",
                TimeUnit.Week => "XXXX-WXX",
                TimeUnit.Month => "XXXX-XX",
                _ => "XXXX",
            };
            return new TimeValue(TimeType.Date, unknown, granularity, null, null) { Anchor = "unresolved" };
        }

        var start = interval.Earliest;
        var steps = (direction ?? 0) * (int)counted.Value;
        var moved = DateOnly.FromDateTime(DurationValue.Exact(1, unit.Unit).Subtract(start, -steps));
        // "a year earlier" compares like with like: the same quarter, month or day a year back
        // ("the following year" is a year).
        var period = unit.Unit == TimeUnit.Year && groups["amount"] is not null && earlier.Value.Granularity is Granularity.Quarter or Granularity.Month or Granularity.Day
            ? Period.Like(earlier.Value.Granularity, moved)
            : Period.Containing(unit.Unit, moved);
        if (groups["partofday"] is not null)
        {
            return TimeOfDay(groups, period) is { } time
                ? new TimeValue(TimeType.Time, time.Timex, time.Granularity, time.Interval, null) { Anchor = earlier.Text }
                : null;
        }

        return new TimeValue(TimeType.Date, period.Timex, period.Granularity, period.Interval, null) { Anchor = earlier.Text };
    }

    /// <summary>
    /// "His name was crossed out that same day" after "last October": the day is that of the date
    /// the story just named (in this sentence or the one before), which is known only to the month,
    /// so it is a day of that month ("1998-10-XX"), not the last full date named before it.
    /// </summary>
    private static TimeValue? WithinLatest(TimeMention? latest, TimeMention? fine, TimeUnit unit)
    {
        if (latest is not { Value: { Interval: { } interval } coarse } || (fine is not null && fine.Span.Start >= latest.Span.Start))
        {
            return null;
        }

        var unknownPart = (coarse.Granularity, unit) switch
        {
            (Granularity.Month, TimeUnit.Day) => "-XX",
            (Granularity.Year, TimeUnit.Day) => "-XX-XX",
            (Granularity.Year, TimeUnit.Month) => "-XX",
            _ => null,
        };
        return unknownPart is null || coarse.Timex.Contains('X', StringComparison.Ordinal)
            ? null
            : new TimeValue(TimeType.Date, coarse.Timex + unknownPart, Period.GranularityOf(unit), interval, null) { Anchor = latest.Text };
    }

    private TimeValue? Date(TimeRule rule, Captures groups, DateOnly published, Names.ArticlePlace? place, Func<Tense> tense, Func<Granularity, int, TimeMention?> antecedent)
    {
        var hedge = Lookup(lexicon.Modifiers, groups["mod"], out var hedgeOk);
        if (!hedgeOk)
        {
            return null;
        }

        if (rule.FixedValue is { } reference)
        {
            var interval = reference == "PRESENT_REF" ? TimeInterval.Day(published) : null;
            return new TimeValue(TimeType.Date, reference, Granularity.Day, interval, null) { Anchor = "publication", Modifier = hedge?.Modifier ?? TimeModifier.None };
        }

        if (hedge?.Tense is { } boundaryTense)
        {
            tense = () => boundaryTense;
        }

        if (Base(rule, groups, published, tense, hedge) is not var (period, absolute))
        {
            return null;
        }

        if (groups["dayshift"] is not null && period.Granularity == Granularity.Day)
        {
            // "the day before last Tuesday": the shift word is a direction ("before" -1, "after" +1).
            if (Lookup(lexicon.Directions, groups["dayshift"], out var shiftOk) is not { } shift || !shiftOk)
            {
                return null;
            }

            period = Period.Day(DateOnly.FromDateTime(period.Interval.Earliest).AddDays(shift));
        }

        if (groups["monthweek"] is not null && period.Granularity == Granularity.Month)
        {
            if (Lookup(lexicon.WeeksOfMonth, groups["monthweek"], out var weekOk) is not { } nth || !weekOk)
            {
                return null;
            }

            period = Period.WeekOfMonth(period, nth);
        }

        if (groups["amount"] is { } stepText && groups["unit"] is not null && (groups["weekday"] ?? groups["deictic"]) is not null && period.Granularity == Granularity.Day)
        {
            // "a week from Monday", "two days from tomorrow": counted on from the day named.
            if (UnitOf(rule, groups) is not { Unit: TimeUnit.Day or TimeUnit.Week } step
                || lexicon.ReadAmount(stepText) is not { Vague: false, Value: > 0 and <= 366 } steps || steps.Value != decimal.Truncate(steps.Value))
            {
                return null;
            }

            var days = (int)(steps.Value * step.Times) * (step.Unit == TimeUnit.Week ? 7 : 1);
            period = Period.Day(DateOnly.FromDateTime(period.Interval.Earliest).AddDays(days));
        }

        if (groups["topublication"] is not null && UnitOf(rule, groups) is { } back)
        {
            period = period with { Interval = ToPublication(period.Interval, back, published) };
        }

        string? anchor = null;
        if (groups["hour"] is not null && OnlyClock(groups) && antecedent(Granularity.Day, 1) is { Value.Interval: { } day } earlier)
        {
            // "at 10 p.m." right after "on Oct. 23" is on Oct. 23, not on the publication day.
            (period, anchor) = (Period.Day(DateOnly.FromDateTime(day.Earliest)), earlier.Text);
        }

        var type = TimeType.Date;
        if (groups["hour"] is not null || groups["partofday"] is not null)
        {
            if (period.Granularity != Granularity.Day || TimeOfDay(groups, period) is not { } time)
            {
                return null;
            }

            (period, type) = (time, TimeType.Time);
        }

        var modifier = hedge?.Modifier ?? TimeModifier.None;
        var part = Lookup(lexicon.Parts, groups["part"], out var partOk);
        if (!partOk)
        {
            return null;
        }

        if (part is not null)
        {
            period = period with { Interval = part.Slice(period.Interval, published.ToDateTime(TimeOnly.MinValue)) };
            modifier = part.Modifier == TimeModifier.None ? modifier : part.Modifier;
        }

        // "early Thursday", "late Wednesday": the day with TimeML's START or END, not a slice of it,
        // for news says "early Sunday" of the small hours and the morning alike, and "late Wednesday"
        // of the evening and the night.
        var dayEdge = Lookup(lexicon.Parts, groups["dayedge"], out var dayEdgeOk);
        if (!dayEdgeOk)
        {
            return null;
        }

        modifier = dayEdge?.Modifier ?? modifier;

        ZoneWord? zone = null;
        if (type == TimeType.Time && groups["zone"] is { } zoneName && !TimeLexicon.TryLookup(lexicon.Zones, zoneName, out zone))
        {
            return null;
        }

        // "8 p.m. local time" is on the clock of the article's place, and "5 p.m. IST" on the reading
        // of the abbreviation that place keeps, if any: either way the place is where the offset came from.
        var local = type == TimeType.Time && groups["localtime"] is not null;
        var placeZone = local || zone is { IsAmbiguous: true } ? place?.TimeZoneId : null;
        var offset = period.Interval is not { } clock ? null
            : zone is not null ? zone.OffsetAt(clock.Earliest, placeZone)
            : placeZone is not null ? ZoneWord.OffsetIn(placeZone, clock.Earliest)
            : null;
        return new TimeValue(type, period.Timex, period.Granularity, period.Interval, null)
        {
            Modifier = modifier,
            UtcOffset = offset,
            Zoned = zone is not null,
            LocalTime = local,
            OffsetPlace = offset is not null && placeZone is not null ? place?.Place.Id : null,
            // A vague amount ("several years ago") leaves only a PAST_REF or FUTURE_REF with a rough range.
            Approximate = (hedge?.Approximate ?? false) || period.Timex.EndsWith("_REF", StringComparison.Ordinal),
            Anchor = anchor ?? (absolute ? "absolute" : "publication"),
        };
    }

    /// <summary>
    /// "the past week": the last calendar unit (its value) or the unit that ends on publication day,
    /// as the writer may mean either; the interval holds both, so it contradicts neither.
    /// </summary>
    private static TimeInterval ToPublication(TimeInterval calendar, UnitWord unit, DateOnly published)
    {
        var day = published.ToDateTime(TimeOnly.MinValue);
        var back = DurationValue.Exact(unit.Times, unit.Unit).Subtract(day, unit.Times);
        return new TimeInterval(back < calendar.Earliest ? back : calendar.Earliest, day.AddDays(1));
    }

    /// <summary>A clock time that names no day ("at 10 p.m."), which the story's last date places.</summary>
    private static bool OnlyClock(Captures groups) =>
        groups["weekday"] is null && groups["deictic"] is null && groups["direction"] is null
        && groups["day"] is null && groups["month"] is null && groups["year"] is null;

    /// <summary>The calendar period the groups name, and whether it was written absolutely (with a year).</summary>
    private (Period Period, bool Absolute)? Base(TimeRule rule, Captures groups, DateOnly published, Func<Tense> tense, Hedge? hedge)
    {
        var direction = Lookup(lexicon.Directions, groups["direction"], out var directionOk);
        var month = MonthOf(groups["month"]);
        var day = Number(groups["day"]);
        var quarter = Lookup(lexicon.Quarters, groups["quarter"], out var quarterOk);
        if (!directionOk || !quarterOk || (groups["month"] is not null && month is null))
        {
            return null;
        }

        if (groups["frame"] is not null)
        {
            return Reported(rule, groups, published, direction, tense) is { } reported ? (reported, false) : null;
        }

        if (groups["holiday"] is { } holidayName)
        {
            return TimeLexicon.TryLookup(lexicon.Holidays, holidayName, out var holiday)
                ? PlaceHoliday(holiday, groups["year"], groups["week"] is not null, published, direction, tense)
                : null;
        }

        if (groups["season"] is { } seasonWord)
        {
            return TimeLexicon.TryLookup(lexicon.Seasons, seasonWord, out var code)
                ? Season(code, groups["year"], published, direction, tense)
                : null;
        }

        if (groups["decade"] is { } decade)
        {
            if (int.TryParse(decade, CultureInfo.InvariantCulture, out var digits))
            {
                return (Period.Decade(decade.Length == 1 ? 190 + digits : digits), true);
            }

            // "the nineties": the stem of a tens word ("ninet" + "y"), in the twentieth century.
            return lexicon.Numbers.TryGetValue(decade + "y", out var tens) && tens is >= 20 and <= 90 && tens % 10 == 0
                ? (Period.Decade(190 + (int)(tens / 10)), true)
                : null;
        }

        if (groups["century"] is { } century)
        {
            return (Period.Century(int.Parse(century, CultureInfo.InvariantCulture) - 1), true);
        }

        if (groups["shortyear"] is { } shortYear)
        {
            // Either end of "1998-99" is read only when the two digits can end a range after the first.
            if (ShortRangeEnd(YearOf(groups["year"] ?? groups["rangestart"]), Number(shortYear)) is not { } end)
            {
                return null;
            }

            if (groups["year"] is null)
            {
                return (Period.Year(end), true);
            }
        }

        if (YearOf(groups["year"]) is { } year)
        {
            // "Dec 30 - Jan 2, 2015": the year written after a later month of the range is the first end's
            // year only when the range does not cross New Year.
            year = MonthOf(groups["endmonth"]) is { } endMonth && endMonth < month ? year - 1 : year;
            return Absolute(year, month, day, quarter) is { } period ? (WeekOf(period, groups), true) : null;
        }

        var yearShift = Lookup(lexicon.Directions, groups["yeardirection"], out var yearShiftOk);
        if (!yearShiftOk)
        {
            return null;
        }

        if (month is { } m)
        {
            // "June last year": the year is named relative to publication, so tense has no say.
            var y = yearShift is { } shiftYears ? published.Year + shiftYears : PlaceInYear(m, day, published, direction, tense);
            return Absolute(y, m, day, null) is { } period ? (WeekOf(period, groups), false) : null;
        }

        if (quarter is { } q)
        {
            return (Period.Quarter(PlaceQuarter(q, published, direction, tense), q), false);
        }

        if (day is { } dayOfMonth && groups["hour"] is null)
        {
            return DayOfNearMonth(dayOfMonth, groups["weekday"] is { } named ? Lookup(lexicon.Weekdays, named, out _) : null, published, tense) is { } date
                ? (Period.Day(date), false)
                : null;
        }

        if (groups["weekday"] is not null)
        {
            // A weekday that owns something done ("Wednesday's ruling") is past whatever the verbs say.
            var weekdayTense = groups["done"] is null ? tense : () => Tense.Past;
            return Lookup(lexicon.Weekdays, groups["weekday"], out _) is { } weekday
                ? (Period.Day(PlaceWeekday(weekday, published, direction, weekdayTense)), false)
                : null;
        }

        if (groups["weekend"] is not null)
        {
            // "the weekend" on a Sunday is the one under way; else the last one, or the coming one in future tense.
            var saturday = PlaceWeekday(6, published, direction, tense);
            return (Period.Weekend(direction is null && Period.IsoWeekday(published) == 7 ? published.AddDays(-1) : saturday), false);
        }

        if (groups["deictic"] is not null)
        {
            return Lookup(lexicon.Deictics, groups["deictic"], out _) is { } offset
                ? (Period.Day(published.AddDays(offset)), false)
                : null;
        }

        var unit = UnitOf(rule, groups);
        if (unit is { } u && groups["amount"] is { } amountText)
        {
            return lexicon.ReadAmount(amountText) is { } amount && direction is { } sign && sign != 0
                ? (Ago(u, amount, sign, published, hedge), false)
                : null;
        }

        if (unit is { } calendarUnit && direction is { } shift)
        {
            var anchor = published.ToDateTime(TimeOnly.MinValue);
            var moved = DateOnly.FromDateTime(DurationValue.Exact(calendarUnit.Times, calendarUnit.Unit).Subtract(anchor, -shift * calendarUnit.Times));
            return (calendarUnit.IsQuarter ? Period.QuarterOf(moved) : Period.Containing(calendarUnit.Unit, moved), false);
        }

        // A part of the day or a clock time alone ("last night", "at 10 a.m.") is on the publication day, or the one the
        // direction gives; Date then moves a clock time alone to a date the story has just named.
        return groups["partofday"] is not null || groups["hour"] is not null
            ? (Period.Day(published.AddDays(direction ?? 0)), false)
            : null;
    }

    /// <summary>
    /// The year of a quarter written without one. In future tense a quarter that ended up to six weeks
    /// before publication still counts as the coming one: results for a quarter are reported, and
    /// forecast, in the weeks after it ends ("third-quarter profit will rise", written in October).
    /// </summary>
    private static int PlaceQuarter(int quarter, DateOnly published, int? direction, Func<Tense> tense)
    {
        var cue = direction is null ? tense() : Tense.None;
        var reference = cue == Tense.Future ? published.AddDays(-45) : published;
        return PlaceInYear(quarter * 3 - 2, null, new DateOnly(reference.Year, (reference.Month - 1) / 3 * 3 + 1, 1), direction, () => cue);
    }

    /// <summary>
    /// A quarter in a sentence about a reporting period (the <c>frame</c> group: "quarter"): the quarter
    /// named ("the year-ago third quarter"), or else the latest one completed before publication ("the
    /// quarter"), moved back or forward by whole years when the groups say so ("a year ago", "year-earlier").
    /// News on quarterly results compares a quarter with the same quarter a year before, so "a year ago"
    /// there is that quarter, not the whole year.
    /// </summary>
    private Period? Reported(TimeRule rule, Captures groups, DateOnly published, int? direction, Func<Tense> tense)
    {
        int year, quarter;
        if (Lookup(lexicon.Quarters, groups["quarter"], out _) is { } named)
        {
            (year, quarter) = (PlaceQuarter(named, published, null, tense), named);
        }
        else
        {
            var completed = published.AddMonths(-3);
            (year, quarter) = (completed.Year, (completed.Month + 2) / 3);
        }

        var years = 0;
        if (UnitOf(rule, groups) is { Unit: TimeUnit.Year, Times: 1 } && direction is { } sign)
        {
            var amount = groups["amount"] is { } text ? lexicon.ReadAmount(text) : TimeLexicon.One;
            if (amount is not { Vague: false } whole || whole.Value != decimal.Truncate(whole.Value))
            {
                return null;
            }

            years = sign * (int)whole.Value;
        }

        return Period.Quarter(year + years, quarter);
    }

    /// <summary>
    /// A holiday in the year written; without one, the occurrence the direction names ("last
    /// Christmas"), or by tense the last one begun by publication or the next not yet over;
    /// with neither, the nearest. "Easter week" is the ISO week that holds the holiday.
    /// </summary>
    private (Period, bool)? PlaceHoliday(Holiday holiday, string? yearText, bool week, DateOnly published, int? direction, Func<Tense> tense)
    {
        Period Of(DateOnly day) => week ? Period.Week(day) : Spread(Period.Day(day), holiday.SpreadDays);
        TimeInterval Span(DateOnly day) => week ? Period.Week(day).Interval : TimeInterval.Day(day);

        if (yearText is not null)
        {
            return YearOf(yearText) is { } year && holiday.In(year) is { } written ? (Of(written), true) : null;
        }

        var candidates = new[] { published.Year - 1, published.Year, published.Year + 1 }
            .Select(holiday.In).OfType<DateOnly>().ToList();
        if (candidates.Count == 0)
        {
            // A holiday known by a table of dates, published outside the years the table covers.
            return null;
        }

        var start = published.ToDateTime(TimeOnly.MinValue);
        // default(DateOnly) stands for "no such occurrence" (a year without that weekday count).
        var placed = direction switch
        {
            < 0 => candidates.LastOrDefault(d => d < published),
            > 0 => candidates.FirstOrDefault(d => d > published),
            0 => holiday.In(published.Year) ?? default,
            _ => tense() switch
            {
                Tense.Past => candidates.LastOrDefault(d => Span(d).Earliest <= start),
                Tense.Future => candidates.FirstOrDefault(d => Span(d).Latest > start),
                _ => candidates.MinBy(d => Math.Abs(d.DayNumber - published.DayNumber)),
            },
        };
        return placed != default ? (Of(placed), false) : null;
    }

    /// <summary>A season, in the year written or, without one, placed like a month by direction or tense.</summary>
    private (Period, bool)? Season(string code, string? yearText, DateOnly published, int? direction, Func<Tense> tense)
    {
        if (YearOf(yearText) is { } year)
        {
            return (Period.Season(year, code), true);
        }

        if (yearText is not null)
        {
            return null;
        }

        var start = Period.SeasonStartMonth(code)!.Value;
        var placed = PlaceInYear(start, null, published, direction, tense);
        // Winter starts in December: in January or February "this winter" is the one that began last year.
        placed = code == "WI" && direction == 0 && published.Month <= 2 ? placed - 1 : placed;
        return (Period.Season(placed, code), false);
    }

    private static Period? Absolute(int year, int? month, int? day, int? quarter)
    {
        if (quarter is { } q)
        {
            return Period.Quarter(year, q);
        }

        if (month is not { } m)
        {
            return day is null ? Period.Year(year) : null;
        }

        if (day is not { } d)
        {
            return Period.Month(year, m);
        }

        return d <= DateTime.DaysInMonth(year, m) ? Period.Day(new DateOnly(year, m, d)) : null;
    }

    /// <summary>
    /// The second end of a range of years written with two digits ("1998-99", "2009-10"): in the
    /// first end's century, or the next one when it is "00" after a 9x year ("1999-00"); none unless
    /// it comes after the first within twenty years ("2016-04" is a year and a month, not a range).
    /// </summary>
    private static int? ShortRangeEnd(int? first, int? lastDigits)
    {
        if (first is not { } start || lastDigits is not { } digits)
        {
            return null;
        }

        var end = start - start % 100 + digits;
        end = digits == 0 && start % 100 >= 90 ? end + 100 : end;
        return end > start && end - start <= 20 ? end : null;
    }

    /// <summary>"the week of March 6": the ISO week that holds the day.</summary>
    private static Period WeekOf(Period day, Captures groups) =>
        groups["week"] is not null && day.Granularity == Granularity.Day ? Period.Week(DateOnly.FromDateTime(day.Interval.Earliest)) : day;

    /// <summary>A day that may fall up to <paramref name="days"/> either side (a lunar holiday): its value stays the listed day.</summary>
    private static Period Spread(Period day, int days) =>
        days == 0 ? day : day with { Interval = new TimeInterval(day.Interval.Earliest.AddDays(-days), day.Interval.Latest.AddDays(days)) };

    /// <summary>
    /// "three weeks ago": the period of the unit that holds publication minus the amount; a vague
    /// amount gives a range (PAST_REF or FUTURE_REF). A hedge widens the interval, not the TIMEX3
    /// value: "nearly six years ago" in September 2016 is 2010 but may be early 2011, so it does not
    /// contradict "the war began in March 2011".
    /// </summary>
    private static Period Ago(UnitWord unit, Amount amount, int sign, DateOnly published, Hedge? hedge)
    {
        var anchor = published.ToDateTime(TimeOnly.MinValue);
        var units = DurationValue.Exact(amount.Value * unit.Times, unit.Unit);
        if (amount.Vague)
        {
            var far = units.Subtract(anchor, -sign * amount.Maximum * unit.Times);
            var near = units.Subtract(anchor, -sign * amount.Minimum * unit.Times);
            var (from, to) = far < near ? (far, near) : (near, far);
            return new Period(new TimeInterval(from.Date, to.Date.AddDays(1)), Period.GranularityOf(unit.Unit), sign < 0 ? "PAST_REF" : "FUTURE_REF");
        }

        var moved = units.Subtract(anchor, -sign * units.Amount);
        var period = Period.Containing(unit.Unit, DateOnly.FromDateTime(moved));
        if (sign > 0 || hedge is null || (hedge.MinimumFactor == 1 && hedge.MaximumFactor == 1))
        {
            return period;
        }

        var value = amount.Value * unit.Times;
        var hedged = new DurationValue(value, unit.Unit, value * hedge.MinimumFactor, hedge.MaximumFactor is { } most ? value * most : null);
        var start = hedged.StartBefore(anchor);
        var first = Period.Containing(unit.Unit, DateOnly.FromDateTime(start.Earliest)).Interval.Earliest;
        var last = Period.Containing(unit.Unit, DateOnly.FromDateTime(start.Latest.AddDays(-1))).Interval.Latest;
        return period with { Interval = new TimeInterval(first < period.Interval.Earliest ? first : period.Interval.Earliest, last > period.Interval.Latest ? last : period.Interval.Latest) };
    }

    /// <summary>
    /// The year of a month written without one. "last"/"next" step to the previous/next such month;
    /// past tense takes the latest not after publication's month, future the earliest not before it;
    /// with no cue a bare month is read as past. A month with a day is the nearest such date whatever
    /// the tense: in news a dated event is close to publication, and the nearest verb often belongs
    /// to another clause (measured on TimeBank and AQUAINT). Only a date four to eight months away,
    /// about as far back as ahead, is placed like a bare month ("since the Oct. 23 shooting" in May).
    /// </summary>
    private static int PlaceInYear(int month, int? day, DateOnly published, int? direction, Func<Tense> tense)
    {
        var y = published.Year;
        switch (direction)
        {
            case < 0:
                return month < published.Month ? y : y - 1;
            case > 0:
                return month > published.Month ? y : y + 1;
            case 0:
                return y;
        }

        var far = day is { } dayOfMonth
            && Math.Abs(new DateOnly(y, month, Math.Min(dayOfMonth, DateTime.DaysInMonth(y, month))).DayNumber - published.DayNumber) is > 120 and < 245;
        switch (day is null || far ? tense() : Tense.None)
        {
            case Tense.Future:
                return month >= published.Month ? y : y + 1;
            case Tense.Past:
            case Tense.None when day is null || far:
                return month <= published.Month ? y : y - 1;
        }

        var best = y;
        var bestDistance = int.MaxValue;
        foreach (var candidate in new[] { y - 1, y, y + 1 })
        {
            if (day > DateTime.DaysInMonth(candidate, month))
            {
                continue;
            }

            var distance = Math.Abs(new DateOnly(candidate, month, day ?? 1).DayNumber - published.DayNumber);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    /// <summary>
    /// The date of a weekday: "last"/"next" step strictly back/forward, "this" stays in the week;
    /// future tense takes the nearest on or after publication, otherwise the nearest on or before.
    /// </summary>
    private static DateOnly PlaceWeekday(int weekday, DateOnly published, int? direction, Func<Tense> tense)
    {
        var today = Period.IsoWeekday(published);
        var back = (today - weekday + 7) % 7;
        var ahead = (weekday - today + 7) % 7;
        return direction switch
        {
            < 0 => published.AddDays(-(back == 0 ? 7 : back)),
            > 0 => published.AddDays(ahead == 0 ? 7 : ahead),
            0 => published.AddDays(weekday - today),
            _ => tense() == Tense.Future ? published.AddDays(ahead) : published.AddDays(-back),
        };
    }

    private Period? TimeOfDay(Captures groups, Period day)
    {
        var start = day.Interval.Earliest;
        // "noon" and "midday" are twelve o'clock, written in the hour group; "midnight" is the one
        // that ends the day named ("midnight on Saturday"), as most outlets mean it.
        if ((NamedHour(groups["hour"]) ?? Number(groups["hour"])) is { } hour)
        {
            var minute = Number(groups["minute"]);
            var ampm = groups["ampm"]?.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant() switch
            {
                "morning" => "am",
                "afternoon" or "evening" => "pm",
                // "11 at night" is before midnight, "2 at night" after it, "12 at night" the midnight that ends the day.
                "night" => hour is >= 6 and <= 12 ? "pm" : "am",
                var written => written,
            };
            var night = groups["ampm"]?.Equals("night", StringComparison.OrdinalIgnoreCase) ?? false;
            hour = ampm switch
            {
                "pm" when hour == 12 && night => 24,
                "pm" when hour < 12 => hour + 12,
                "am" when hour == 12 => 0,
                // A clock without a.m. or p.m. that a rule reads in the hours of the working day (the
                // daytime group): one to six is the afternoon, unless a zone makes it the wire's 24-hour clock.
                null when groups["daytime"] is not null && groups["zone"] is null && hour is >= 1 and <= 6 => hour + 12,
                // "tonight at 8" is in the evening.
                null when groups["daytime"] is not null && hour < 12 && (groups["deictic"]?.Equals("tonight", StringComparison.OrdinalIgnoreCase) ?? false) => hour + 12,
                _ => hour,
            };
            if (hour > 24 || (hour == 24 && minute is > 0) || minute > 59)
            {
                return null;
            }

            var at = start.AddHours(hour).AddMinutes(minute ?? 0);
            var length = minute is null ? TimeSpan.FromHours(1) : TimeSpan.FromMinutes(1);
            var timex = string.Create(CultureInfo.InvariantCulture, $"{day.Timex}T{hour:00}:{minute ?? 0:00}");
            return new Period(new TimeInterval(at, at + length), minute is null ? Granularity.Hour : Granularity.Minute, timex);
        }

        return Lookup(lexicon.DayParts, groups["partofday"], out _) is { } part
            ? new Period(new TimeInterval(start.AddHours(part.FromHour), start.AddHours(part.ToHour)), Granularity.PartOfDay, $"{day.Timex}T{part.Code}")
            : null;
    }

    /// <summary>
    /// A day of the month without its month ("on the 18th"): in the publication month, or the one
    /// before when the verbs look back to a day still ahead, or the one after when they look
    /// forward to a day gone. With a weekday ("Friday the 13th"), the nearest such day within two
    /// months that falls on it; none when none does.
    /// </summary>
    private static DateOnly? DayOfNearMonth(int day, int? weekday, DateOnly published, Func<Tense> tense)
    {
        if (day is < 1 or > 31)
        {
            return null;
        }

        // The day in the months around publication that have it, earliest first.
        var month = new DateOnly(published.Year, published.Month, 1);
        var candidates = Enumerable.Range(-2, 5)
            .Select(shift => month.AddMonths(shift))
            .Where(first => day <= DateTime.DaysInMonth(first.Year, first.Month))
            .Select(first => (DateOnly?)first.AddDays(day - 1))
            .ToArray();
        if (weekday is { } named)
        {
            return candidates.Where(date => Period.IsoWeekday(date!.Value) == named).MinBy(date => Math.Abs(date!.Value.DayNumber - published.DayNumber));
        }

        var nextMonth = month.AddMonths(1);
        return tense() switch
        {
            Tense.Past when day > published.Day => candidates.LastOrDefault(date => date < month),
            Tense.Future when day < published.Day => candidates.FirstOrDefault(date => date >= nextMonth),
            _ => candidates.FirstOrDefault(date => date >= month && date < nextMonth),
        };
    }

    private static int? NamedHour(string? hour) =>
        hour is null ? null
        : hour.Equals("noon", StringComparison.OrdinalIgnoreCase) || hour.Equals("midday", StringComparison.OrdinalIgnoreCase) ? 12
        : hour.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? 24
        : null;

    private TimeValue? Duration(TimeRule rule, Captures groups, TimeType type)
    {
        var hedge = Lookup(lexicon.Modifiers, groups["mod"], out var hedgeOk);
        if (!hedgeOk || UnitOf(rule, groups) is not { } unit)
        {
            return null;
        }

        var amount = groups["amount"] is { } text ? lexicon.ReadAmount(text) : TimeLexicon.One;
        if (groups["half"] is not null && amount is { Vague: false } whole)
        {
            // "a minute and a half": the half follows the unit.
            amount = new Amount(whole.Value + 0.5m, whole.Minimum + 0.5m, whole.Maximum + 0.5m, false);
        }

        if (amount is not { } a || a.Value <= 0)
        {
            return null;
        }

        var value = a.Value * unit.Times;
        var minimum = a.Minimum * unit.Times * (hedge?.MinimumFactor ?? 1);
        decimal? maximum = hedge is { MaximumFactor: null } ? null : a.Maximum * unit.Times * (hedge?.MaximumFactor ?? 1);
        var duration = new DurationValue(value, unit.Unit, Math.Min(minimum, value), maximum is { } max ? Math.Max(max, value) : null);
        var timex = a.Vague ? DurationValue.VagueIso(unit.Unit) : duration.Iso;
        return new TimeValue(type, timex, Period.GranularityOf(unit.Unit), null, duration)
        {
            Modifier = hedge?.Modifier ?? TimeModifier.None,
            Approximate = (hedge?.Approximate ?? false) || a.Vague || a.Minimum != a.Maximum,
            IsAge = rule.IsAge,
            Anchor = rule.IsAge || groups["direction"] is not null ? "publication" : "absolute",
        };
    }

    private TimeValue? Set(TimeRule rule, Captures groups)
    {
        if (groups["weekday"] is not null)
        {
            return Lookup(lexicon.Weekdays, groups["weekday"], out _) is { } weekday
                ? new TimeValue(TimeType.Set, $"XXXX-WXX-{weekday}", Granularity.Day, null, DurationValue.Exact(1, TimeUnit.Week))
                : null;
        }

        if (groups["unit"] is null && rule.Unit is null && groups["partofday"] is not null)
        {
            return Lookup(lexicon.DayParts, groups["partofday"], out _) is { } part
                ? new TimeValue(TimeType.Set, $"XXXX-XX-XXT{part.Code}", Granularity.PartOfDay, null, DurationValue.Exact(1, TimeUnit.Day))
                : null;
        }

        return Duration(rule, groups, TimeType.Set);
    }

    private UnitWord? UnitOf(TimeRule rule, Captures groups) =>
        groups["unit"] is { } word
            ? TimeLexicon.TryLookup(lexicon.Units, word, out var unit) ? unit : null
            : rule.Unit;

    private int? MonthOf(string? text) =>
        text is null ? null
        : Number(text) is { } number ? number is >= 1 and <= 12 ? number : null
        : TimeLexicon.TryLookup(lexicon.Months, text, out var month) ? month : null;

    /// <summary>The table entry for a group; <paramref name="ok"/> is false when the group matched a word the table lacks.</summary>
    private static T? Lookup<T>(ImmutableDictionary<string, T> table, string? text, out bool ok)
        where T : class
    {
        ok = true;
        if (text is null)
        {
            return null;
        }

        ok = TimeLexicon.TryLookup(table, text, out var value);
        return ok ? value : null;
    }

    private static int? Lookup(ImmutableDictionary<string, int> table, string? text, out bool ok)
    {
        ok = true;
        if (text is null)
        {
            return null;
        }

        ok = TimeLexicon.TryLookup(table, text, out var value);
        return ok ? value : null;
    }

    /// <summary>
    /// A year in digits ("1996") or in words: a century and a two-digit rest ("nineteen ninety-six",
    /// "twenty sixteen"), a round hundred ("nineteen hundred"), or "two thousand" and a rest.
    /// </summary>
    private int? YearOf(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (Number(text) is { } digits)
        {
            return digits;
        }

        var words = text.ToLowerInvariant().Split(TimeLexicon.WordSeparators, 2, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !lexicon.Numbers.TryGetValue(words[0], out var first))
        {
            return null;
        }

        var rest = words.Length > 1 ? words[1].Trim() : "";
        if (rest.StartsWith("thousand", StringComparison.Ordinal))
        {
            return first == 2 ? YearAfter(2000, rest["thousand".Length..]) : null;
        }

        if (first is < 10 or > 20)
        {
            return null;
        }

        if (rest.StartsWith("hundred", StringComparison.Ordinal))
        {
            return YearAfter((int)first * 100, rest["hundred".Length..]);
        }

        return lexicon.ReadAmount(rest) is { Vague: false, Value: >= 10 and < 100 } tens && tens.Value == decimal.Truncate(tens.Value)
            ? (int)first * 100 + (int)tens.Value
            : null;
    }

    /// <summary>A round hundred or thousand and the words after it ("and fifty", "twelve", none): the year, or null.</summary>
    private int? YearAfter(int round, string tail)
    {
        tail = tail.Trim();
        tail = tail.StartsWith("and ", StringComparison.Ordinal) ? tail[4..] : tail;
        var units = tail.Length == 0 ? 0 : lexicon.ReadAmount(tail)?.Value;
        return units is >= 0 and < 100 && units == decimal.Truncate(units.Value) ? round + (int)units : null;
    }

    /// <summary>The leading digits of a group ("3rd" is 3), or null.</summary>
    private static int? Number(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var end = 0;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end is > 0 and <= 9 ? int.Parse(text.AsSpan(0, end), CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The text of each named group that took part in the match.</summary>
    private readonly struct Captures(Match match)
    {
        /// <summary>
        /// Whether the article writes the day first: where the <c>order</c> group took part ("03/04/2017"
        /// read month first by the pattern), the <c>month</c> and <c>day</c> groups then trade places.
        /// </summary>
        public bool DayFirst { get; init; }

        public string? this[string name] => name switch
        {
            "month" or "day" when DayFirst && Group("order") is not null => Group(name == "month" ? "day" : "month"),
            _ => Group(name),
        };

        private string? Group(string name) => match.Groups[name] is { Success: true } group ? group.Value : null;
    }
}
