using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCheck.Rules;

namespace ClaimCheck.Time;

/// <summary>A part of a period ("early", "end of", "later"): a slice given as fractions, or bounded by publication.</summary>
public sealed record PeriodPart(TimeModifier Modifier, decimal? From, decimal? To)
{
    /// <summary>Null <see cref="From"/> or <see cref="To"/> means "the publication date".</summary>
    public TimeInterval Slice(TimeInterval whole, DateTime publication)
    {
        var length = whole.Latest - whole.Earliest;
        var start = From is { } from ? whole.Earliest + length * (double)from : publication;
        var end = To is { } to ? whole.Earliest + length * (double)to : publication.AddDays(1);
        if (length >= TimeSpan.FromDays(2))
        {
            // Parts of months and years are read in whole days ("the end of December" is the 21st on).
            start = start.Date;
            end = end.TimeOfDay == TimeSpan.Zero ? end : end.Date.AddDays(1);
        }

        start = start < whole.Earliest ? whole.Earliest : start;
        end = end > whole.Latest ? whole.Latest : end;
        return end > start ? new TimeInterval(start, end) : whole;
    }
}

/// <summary>A hedge or boundary word: its TIMEX3 mod, and for durations the bounds as factors of the amount.</summary>
public sealed record Hedge(TimeModifier Modifier, decimal MinimumFactor, decimal? MaximumFactor, bool Approximate)
{
    /// <summary>For a boundary whose date lies one way from publication whatever the verbs say ("since" a date: it is past), that tense.</summary>
    public Tense? Tense { get; init; }
}

/// <summary>
/// An amount that is not a number ("several", "a few"): a typical value and its range. A
/// <paramref name="Nominal"/> one stands for its value ("a couple of years" is about P2Y, not PXY).
/// </summary>
public sealed record VagueAmount(decimal Value, decimal Minimum, decimal Maximum, bool Nominal = false);

/// <summary>A part of the day: its TIMEX3 code ("NI") and the hours it covers from midnight (may pass 24).</summary>
public sealed record DayPart(string Code, int FromHour, int ToHour);

/// <summary>
/// A time zone as news writes it after a clock: an abbreviation with a fixed offset from UTC
/// ("GMT", "EDT"); a name whose offset the tz database gives for the day, summer time included
/// ("ET", "Kyiv time"); or an abbreviation that names zones far apart (CST, IST), whose
/// <see cref="Readings"/> the article's place chooses among.
/// </summary>
public sealed class ZoneWord(TimeSpan? offset, string? timeZoneId = null)
{
    // The tz database is read once per zone, not once per clock time written in it.
    private readonly Lazy<TimeZoneInfo?> zone = new(() => Find(timeZoneId));

    public TimeSpan? Offset { get; } = offset;

    public string? TimeZoneId { get; } = timeZoneId;

    /// <summary>
    /// For an abbreviation zones far apart share, the offset it names in each, by the tz database
    /// zone of the places that keep it ("IST": Asia/Kolkata +5:30, Europe/Dublin +1, Asia/Jerusalem +2).
    /// </summary>
    public ImmutableDictionary<string, TimeSpan> Readings { get; init; } = ImmutableDictionary<string, TimeSpan>.Empty;

    public bool IsAmbiguous => !Readings.IsEmpty;

    /// <summary>
    /// The offset from UTC of a clock time written in this zone, in an article whose place keeps the
    /// clock of <paramref name="placeZone"/>; null when the zone is ambiguous and the place does not
    /// settle it, or the tz database lacks the zone.
    /// </summary>
    public TimeSpan? OffsetAt(DateTime clock, string? placeZone = null) =>
        TimeZoneId is not null ? OffsetIn(zone.Value, clock)
        : !IsAmbiguous ? Offset
        : placeZone is not null && Readings.TryGetValue(placeZone, out var reading) ? reading
        : null;

    /// <summary>The offset from UTC of a clock time in the tz database zone <paramref name="timeZoneId"/> ("local time" where a story happens); null when the database lacks it.</summary>
    public static TimeSpan? OffsetIn(string timeZoneId, DateTime clock) => OffsetIn(Find(timeZoneId), clock);

    private static TimeSpan? OffsetIn(TimeZoneInfo? zone, DateTime clock) =>
        zone?.GetUtcOffset(DateTime.SpecifyKind(clock, DateTimeKind.Unspecified));

    private static TimeZoneInfo? Find(string? id)
    {
        try
        {
            return id is null ? null : TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}

/// <summary>A unit word: the unit it counts and how many of them one stands for ("fortnight" = 2 weeks).</summary>
public readonly record struct UnitWord(TimeUnit Unit, decimal Times)
{
    /// <summary>Three months: a calendar quarter when it names a period ("this quarter").</summary>
    public bool IsQuarter => Unit == TimeUnit.Month && Times == 3;
}

/// <summary>An amount read from words or digits, with its range when it is vague.</summary>
public readonly record struct Amount(decimal Value, decimal Minimum, decimal Maximum, bool Vague);

/// <summary>
/// The time lexicon (rules/time, <c>lexicon:</c> sections): what the words captured by rule groups
/// mean, the fragments generated from them, and the tense cues. Lookups ignore case and spacing.
/// </summary>
public sealed class TimeLexicon
{
    private static readonly StringComparer Keys = StringComparer.OrdinalIgnoreCase;

    private readonly ImmutableArray<string> hedgeWords;
    private readonly ImmutableArray<string> boundaryWords;
    private readonly ImmutableArray<string> yearPrefixes;

    private TimeLexicon(Builder b)
    {
        Months = b.Months.ToImmutableDictionary(Keys);
        AmbiguousMonths = b.AmbiguousMonths.ToImmutableHashSet(Keys);
        DatedMonths = b.DatedMonths.ToImmutableHashSet(StringComparer.Ordinal);
        Weekdays = b.Weekdays.ToImmutableDictionary(Keys);
        Numbers = b.Numbers.ToImmutableDictionary(Keys);
        Multipliers = b.Multipliers.ToImmutableDictionary(Keys);
        VagueAmounts = b.VagueAmounts.ToImmutableDictionary(Keys);
        Units = b.Units.ToImmutableDictionary(Keys);
        Parts = b.Parts.ToImmutableDictionary(Keys);
        Modifiers = b.Modifiers.Concat(b.Boundaries).Concat(b.YearPrefixes).ToImmutableDictionary(Keys);
        hedgeWords = [.. b.Modifiers.Keys];
        boundaryWords = [.. b.Boundaries.Keys];
        yearPrefixes = [.. b.YearPrefixes.Keys];
        Directions = b.Directions.ToImmutableDictionary(Keys);
        WeeksOfMonth = b.WeeksOfMonth.ToImmutableDictionary(Keys);
        Deictics = b.Deictics.ToImmutableDictionary(Keys);
        DayParts = b.DayParts.ToImmutableDictionary(Keys);
        Zones = b.Zones.ToImmutableDictionary(StringComparer.Ordinal);
        Quarters = b.Quarters.ToImmutableDictionary(Keys);
        Seasons = b.Seasons.ToImmutableDictionary(Keys);
        Holidays = b.Holidays.ToImmutableDictionary(Keys);
        TenseCues = [.. b.TenseCues.Select(c => new TenseCuePattern(CompiledPatterns.Deferred(c.Pattern), c.Tense, c.Reporting))];
        TenseSource = b.TenseSource;
        DateOrder = b.DateOrder;
    }

    public ImmutableDictionary<string, int> Months { get; }

    public ImmutableHashSet<string> AmbiguousMonths { get; }

    /// <summary>Short month names without their period ("Mar", "Sept"), read only with a day or a year ("Mar 3, 2017", "3 Mar 2017"): alone they are names ("Jan Novak") or words.</summary>
    public ImmutableHashSet<string> DatedMonths { get; }

    public ImmutableDictionary<string, int> Weekdays { get; }

    public ImmutableDictionary<string, decimal> Numbers { get; }

    /// <summary>Number words that multiply what comes before them ("two hundred", "a dozen").</summary>
    public ImmutableDictionary<string, decimal> Multipliers { get; }

    public ImmutableDictionary<string, VagueAmount> VagueAmounts { get; }

    public ImmutableDictionary<string, UnitWord> Units { get; }

    public ImmutableDictionary<string, PeriodPart> Parts { get; }

    /// <summary>Hedges ("more than", "nearly") and boundaries ("since", "until"), by phrase.</summary>
    public ImmutableDictionary<string, Hedge> Modifiers { get; }

    public ImmutableDictionary<string, int> Directions { get; }

    /// <summary>Which week of a month an ordinal names ("first": 1, "fourth": 4), counted from its end when negative ("last": -1).</summary>
    public ImmutableDictionary<string, int> WeeksOfMonth { get; }

    public ImmutableDictionary<string, int> Deictics { get; }

    public ImmutableDictionary<string, DayPart> DayParts { get; }

    /// <summary>Time zone abbreviations ("GMT", "EDT"), case-sensitive.</summary>
    public ImmutableDictionary<string, ZoneWord> Zones { get; }

    public ImmutableDictionary<string, int> Quarters { get; }

    /// <summary>Season words and their TIMEX3 codes (SP, SU, FA, WI).</summary>
    public ImmutableDictionary<string, string> Seasons { get; }

    /// <summary>Holiday names and how their dates fall ("Thanksgiving": the fourth Thursday of November).</summary>
    public ImmutableDictionary<string, Holiday> Holidays { get; }

    /// <summary>
    /// The patterns of the tense cues, future first, then reporting verbs, then past: at one
    /// position the earlier pattern's cue is taken (<see cref="Time.TenseCues"/>). Empty when the
    /// lexicon has none.
    /// </summary>
    internal ImmutableArray<TenseCuePattern> TenseCues { get; }

    /// <summary>The order of day and month in a numeric date whose article does not say ("date-order" in its front matter).</summary>
    public Corpus.DateOrder DateOrder { get; }

    /// <summary>Where the tense cues are defined (file, line, column), for diagnostics.</summary>
    public (string File, int Line, int Column) TenseSource { get; }

    /// <summary>The fragments generated from the tables, one per table, for rule patterns to reference.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Fragments =>
    [
        new("month", CaseSensitive(Months.Keys)),
        new("month-safe", CaseSensitive(Months.Keys.Where(m => !AmbiguousMonths.Contains(m) && !DatedMonths.Contains(m)))),
        new("month-ambiguous", CaseSensitive(Months.Keys.Where(m => AmbiguousMonths.Contains(m) && !DatedMonths.Contains(m)))),
        new("weekday", CaseSensitive(Weekdays.Keys)),
        new("number-word", PatternCompiler.Alternation(Numbers.Keys.Concat(Multipliers.Keys))),
        new("vague-amount", PatternCompiler.Alternation(VagueAmounts.Keys)),
        new("unit", PatternCompiler.Alternation(Units.Keys)),
        new("part", PatternCompiler.Alternation(Parts.Keys)),
        new("mod", PatternCompiler.Alternation(hedgeWords)),
        new("boundary-word", PatternCompiler.Alternation(boundaryWords)),
        new("year-prefix", PatternCompiler.Alternation(yearPrefixes)),
        new("direction", PatternCompiler.Alternation(Directions.Keys)),
        new("week-of-month", PatternCompiler.Alternation(WeeksOfMonth.Keys)),
        new("deictic", PatternCompiler.Alternation(Deictics.Keys)),
        new("partofday", PatternCompiler.Alternation(DayParts.Keys)),
        new("zone", CaseSensitive(Zones.Keys)),
        new("quarter", PatternCompiler.Alternation(Quarters.Keys)),
        new("season", PatternCompiler.Alternation(Seasons.Keys)),
        // "New Year's Day" is written with either apostrophe.
        new("holiday", CaseSensitive(Holidays.Keys).Replace("'", "['’]", StringComparison.Ordinal)),
    ];

    /// <summary>The table entry for a captured phrase, compared without case, with spaces collapsed and a typographic apostrophe read as a plain one.</summary>
    public static bool TryLookup<T>(ImmutableDictionary<string, T> table, string phrase, out T value)
    {
        var key = string.Join(' ', phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('’', '\'');
        return table.TryGetValue(key, out value!);
    }

    /// <summary>What an empty <c>amount</c> group stands for: an unstated plural ("for months" is PXM, 2 to 12 months).</summary>
    public static readonly Amount Unstated = new(3, 2, 12, true);

    /// <summary>One, exactly: the amount of "the next day".</summary>
    public static readonly Amount One = new(1, 1, 1, false);

    /// <summary>What separates the words of an amount or a unit phrase ("forty-eight", "two and half").</summary>
    internal static readonly char[] WordSeparators = [' ', '\t', '\n', '\r', '-'];

    /// <summary>
    /// Reads an amount: the empty text (<see cref="Unstated"/>), digits ("48", "13.5", "1,000"), a vague amount ("several"), "a"/"an", or
    /// number words added and multiplied ("forty-eight", "two hundred", "two and half", "a dozen").
    /// </summary>
    public Amount? ReadAmount(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return Unstated;
        }

        if (decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var digits))
        {
            return new Amount(digits, digits, digits, false);
        }

        if (TryLookup(VagueAmounts, trimmed, out var vague))
        {
            return new Amount(vague.Value, vague.Minimum, vague.Maximum, !vague.Nominal);
        }

        decimal total = 0, group = 0;
        var any = false;
        foreach (var word in trimmed.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
            {
                // "a" / "an" is one of something, unless it only joins "half a" or "and a half".
                group = any ? group : 1;
                continue;
            }

            if (Multipliers.TryGetValue(word, out var multiplier))
            {
                group = (group == 0 ? 1 : group) * multiplier;
                if (multiplier >= 1000)
                {
                    total += group;
                    group = 0;
                }
            }
            else if (!Numbers.TryGetValue(word, out var value) && !decimal.TryParse(word, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            {
                return null;
            }
            else if (value < 1)
            {
                // A fraction ("half") ends the number: "two and half" is 2.5, "half a day" 0.5.
                total += group + value;
                group = 0;
            }
            else
            {
                group += value;
            }

            any = true;
        }

        if (!any && group == 0)
        {
            return null;
        }

        var amount = total + group;
        return new Amount(amount, amount, amount, false);
    }

    private static string CaseSensitive(IEnumerable<string> phrases)
    {
        var list = phrases.ToList();
        // A table with no entries must still give a valid pattern, one that never matches.
        return list.Count == 0 ? "(?!)" : "(?-i:" + PatternCompiler.Alternation(list) + ")";
    }

    /// <summary>Collects the <c>lexicon:</c> sections of several files; problems become diagnostics at their position.</summary>
    public sealed class Builder
    {
        internal Dictionary<string, int> Months { get; } = new(Keys);

        internal HashSet<string> AmbiguousMonths { get; } = new(Keys);

        internal HashSet<string> DatedMonths { get; } = new(StringComparer.Ordinal);

        internal Dictionary<string, int> Weekdays { get; } = new(Keys);

        internal Dictionary<string, decimal> Numbers { get; } = new(Keys);

        internal Dictionary<string, decimal> Multipliers { get; } = new(Keys);

        internal Dictionary<string, VagueAmount> VagueAmounts { get; } = new(Keys);

        internal Dictionary<string, UnitWord> Units { get; } = new(Keys);

        internal Dictionary<string, PeriodPart> Parts { get; } = new(Keys);

        internal Dictionary<string, Hedge> Modifiers { get; } = new(Keys);

        internal Dictionary<string, Hedge> Boundaries { get; } = new(Keys);

        internal Dictionary<string, Hedge> YearPrefixes { get; } = new(Keys);

        internal Dictionary<string, int> Directions { get; } = new(Keys);

        internal Dictionary<string, int> WeeksOfMonth { get; } = new(Keys);

        internal Dictionary<string, int> Deictics { get; } = new(Keys);

        internal Dictionary<string, DayPart> DayParts { get; } = new(Keys);

        internal Dictionary<string, ZoneWord> Zones { get; } = new(StringComparer.Ordinal);

        internal Dictionary<string, int> Quarters { get; } = new(Keys);

        internal Dictionary<string, string> Seasons { get; } = new(Keys);

        internal Dictionary<string, Holiday> Holidays { get; } = new(Keys);

        internal List<(Regex Pattern, Tense Tense, bool Reporting)> TenseCues { get; } = [];

        internal Corpus.DateOrder DateOrder { get; private set; } = Corpus.DateOrder.MonthFirst;

        internal (string File, int Line, int Column) TenseSource { get; private set; } = ("", 0, 0);

        private (YamlMap Map, string Future, string Past, string? Reporting)? tenseSection;

        // Where each boundary and year prefix was written, to report a clash found once all files are read.
        private readonly Dictionary<string, YamlMap> boundarySections = new(Keys);
        private readonly Dictionary<string, YamlMap> yearPrefixSections = new(Keys);

        public void Read(YamlMap lexicon)
        {
            lexicon.CheckKeys("months", "ambiguous-months", "dated-months", "weekdays", "numbers", "multipliers", "vague-amounts", "units", "parts", "modifiers", "boundaries", "year-prefixes", "directions", "weeks-of-month", "deictics", "parts-of-day", "zones", "quarters", "seasons", "holidays", "tense", "date-order");
            ReadInts(lexicon, "months", Months, 1, 12);
            foreach (var month in lexicon.Strings("ambiguous-months"))
            {
                AmbiguousMonths.Add(month);
            }

            if (lexicon.String("date-order") is { } order)
            {
                if (Corpus.ArticleAssembly.ReadDateOrder(order) is { } known)
                {
                    DateOrder = known;
                }
                else
                {
                    lexicon.Error(DiagnosticCodes.InvalidValue, "date-order", "'date-order' must be day-first or month-first");
                }
            }

            foreach (var month in lexicon.Strings("dated-months"))
            {
                DatedMonths.Add(month);
            }

            ReadInts(lexicon, "weekdays", Weekdays, 1, 7);
            ReadInts(lexicon, "directions", Directions, -1, 1);
            ReadInts(lexicon, "weeks-of-month", WeeksOfMonth, -1, 4);
            ReadInts(lexicon, "deictics", Deictics, -2, 2);
            ReadInts(lexicon, "quarters", Quarters, 1, 4);
            foreach (var (word, code) in lexicon.StringPairs("seasons"))
            {
                if (Period.SeasonStartMonth(code) is not null)
                {
                    Seasons[word] = code;
                }
                else
                {
                    lexicon.Map("seasons")!.Error(DiagnosticCodes.InvalidValue, word, $"'{word}' must be a TIMEX3 season code (SP, SU, FA, WI), not '{code}'");
                }
            }

            ReadEntries(lexicon, "holidays", Holidays, ["date", "month", "weekday", "nth", "after", "easter", "dates", "spread"], ReadHoliday);
            ReadDecimals(lexicon, "numbers", Numbers);
            ReadDecimals(lexicon, "multipliers", Multipliers);
            foreach (var (word, text) in lexicon.StringPairs("units"))
            {
                if (ParseUnit(text) is { } unit)
                {
                    Units[word] = unit;
                }
                else
                {
                    lexicon.Map("units")!.Error(DiagnosticCodes.InvalidValue, word, $"'{word}' must be a unit (minute, hour, day, week, month, year, decade, century), optionally with a count such as '2 weeks'; not '{text}'");
                }
            }

            ReadEntries(lexicon, "vague-amounts", VagueAmounts, ["value", "min", "max", "nominal"], e =>
                e.Decimal("value", required: true) is { } v && e.Decimal("min", required: true) is { } min && e.Decimal("max", required: true) is { } max
                    ? min <= v && v <= max ? new VagueAmount(v, min, max, e.Bool("nominal") ?? false) : Invalid<VagueAmount>(e, "value", "min <= value <= max must hold")
                    : null);
            ReadEntries(lexicon, "parts", Parts, ["mod", "from", "to"], e =>
                ReadModifier(e) is { } mod && TryReadFraction(e, "from", out var from) && TryReadFraction(e, "to", out var to)
                    ? new PeriodPart(mod, from, to)
                    : null);
            ReadEntries(lexicon, "modifiers", Modifiers, ["mod", "min", "max", "approximate"], ReadHedge);
            ReadEntries(lexicon, "boundaries", Boundaries, ["mod", "tense"], ReadBoundary);
            ReadEntries(lexicon, "year-prefixes", YearPrefixes, ["mod"], ReadHedge);
            RememberSection(lexicon, "boundaries", boundarySections);
            RememberSection(lexicon, "year-prefixes", yearPrefixSections);

            ReadEntries(lexicon, "parts-of-day", DayParts, ["code", "from", "to"], e =>
                e.String("code", required: true) is { } code && e.Int("from", required: true) is { } from && e.Int("to", required: true) is { } to
                    ? from >= 0 && from < to && to <= 36 ? new DayPart(code, from, to) : Invalid<DayPart>(e, "to", "hours must satisfy 0 <= from < to <= 36")
                    : null);
            ReadEntries(lexicon, "zones", Zones, ["hours", "ambiguous", "tz"], ReadZone);
            if (lexicon.Map("tense") is { } tense)
            {
                tense.CheckKeys("future", "past", "reporting");
                if (tense.String("future", required: true) is { } future && tense.String("past", required: true) is { } past)
                {
                    tenseSection = (tense, future, past, tense.String("reporting"));
                }
            }
        }

        /// <summary>
        /// One kind of tense cue, as several patterns when it is long (<see cref="PatternChunks"/>).
        /// Parsed here so a bad pattern is reported at load; compiled once used often (see TimeLexicon.TenseCues).
        /// </summary>
        private void AddTenseCues(YamlMap map, string key, string expanded, string? unknown, Tense tense, bool reporting)
        {
            if (unknown is not null)
            {
                map.Error(DiagnosticCodes.UnknownFragment, key, $"unknown fragment '{{{unknown}}}'");
                return;
            }

            const RegexOptions Options = PatternCompiler.DefaultOptions | RegexOptions.IgnorePatternWhitespace;
            Regex Cue(string alternatives) => new($@"\b(?:{alternatives})\b", Options, PatternCompiler.MatchTimeout);
            try
            {
                var whole = Cue(expanded);
                List<Regex> pieces;
                try
                {
                    pieces = [.. PatternChunks.Of(expanded, ignoreWhitespace: true).Select(Cue)];
                }
                catch (ArgumentException)
                {
                    // A piece that does not parse alone (a group one alternative names and another refers to) keeps the whole.
                    pieces = [whole];
                }

                TenseCues.AddRange(pieces.Select(p => (p, tense, reporting)));
            }
            catch (ArgumentException e)
            {
                map.Error(DiagnosticCodes.InvalidRegex, key, e.Message);
            }
        }

        /// <summary>The lexicon; tense patterns are compiled here, once every fragment is known.</summary>
        public TimeLexicon Build(PatternCompiler compiler)
        {
            DropTaken(Boundaries, boundarySections, "a boundary", Modifiers);
            DropTaken(YearPrefixes, yearPrefixSections, "a year prefix", Modifiers, Boundaries);
            if (tenseSection is var (map, future, past, reporting))
            {
                TenseSource = (map.File, map.Line, map.Column);
                var kinds = new List<(string Key, string Pattern, Tense Tense, bool Reporting)> { ("future", future, Tense.Future, false) };
                if (reporting is not null)
                {
                    kinds.Add(("reporting", reporting, Tense.Past, true));
                }

                kinds.Add(("past", past, Tense.Past, false));
                foreach (var (key, pattern, tense, isReporting) in kinds)
                {
                    AddTenseCues(map, key, compiler.Expand(pattern, [], out var unknown), unknown, tense, isReporting);
                }
            }

            return new(this);
        }

        private static void ReadInts(YamlMap lexicon, string section, Dictionary<string, int> table, int min, int max)
        {
            foreach (var (word, text) in lexicon.StringPairs(section))
            {
                if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
                {
                    table[word] = value;
                }
                else
                {
                    lexicon.Map(section)!.Error(DiagnosticCodes.InvalidValue, word, $"'{word}' must be a whole number from {min} to {max}, not '{text}'");
                }
            }
        }

        private static void ReadDecimals(YamlMap lexicon, string section, Dictionary<string, decimal> table)
        {
            foreach (var (word, text) in lexicon.StringPairs(section))
            {
                if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0)
                {
                    table[word] = value;
                }
                else
                {
                    lexicon.Map(section)!.Error(DiagnosticCodes.InvalidValue, word, $"'{word}' must be a positive number, not '{text}'");
                }
            }
        }

        /// <summary>The hedge tables feed one lookup by word, so a word already in an earlier table is reported and dropped.</summary>
        private static void DropTaken(Dictionary<string, Hedge> table, Dictionary<string, YamlMap> sections, string kind, params Dictionary<string, Hedge>[] earlier)
        {
            foreach (var word in table.Keys.Where(w => earlier.Any(e => e.ContainsKey(w))).ToList())
            {
                sections[word].Error(DiagnosticCodes.InvalidValue, word, $"'{word}' is already a modifier or boundary; it is not also {kind}");
                table.Remove(word);
            }
        }

        private static void RememberSection(YamlMap lexicon, string section, Dictionary<string, YamlMap> sections)
        {
            if (lexicon.Map(section) is { } map)
            {
                foreach (var word in map.Keys)
                {
                    sections[word] = map;
                }
            }
        }

        private static void ReadEntries<T>(YamlMap lexicon, string section, Dictionary<string, T> table, string[] keys, Func<YamlMap, T?> read)
            where T : class
        {
            if (lexicon.Map(section) is not { } map)
            {
                return;
            }

            foreach (var word in map.Keys)
            {
                if (map.Map(word, required: true) is { } entry && entry.CheckKeys(keys) && read(entry) is { } value)
                {
                    table[word] = value;
                }
            }
        }

        /// <summary>
        /// A zone entry: <c>hours</c> from UTC; <c>tz</c>, a tz database id; or <c>ambiguous</c>, the
        /// zones an abbreviation may name, each the <c>tz</c> of the places that keep it and the <c>hours</c> it names there.
        /// </summary>
        private static ZoneWord? ReadZone(YamlMap entry)
        {
            if (entry.Has("ambiguous"))
            {
                var readings = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
                foreach (var reading in entry.Maps("ambiguous", required: true))
                {
                    if (reading.CheckKeys("tz", "hours") && reading.TimeZone("tz", required: true) is { } tz && Hours(reading) is { } hours)
                    {
                        readings[tz] = hours;
                    }
                }

                return new ZoneWord(null) { Readings = readings.ToImmutableDictionary(StringComparer.Ordinal) };
            }

            return entry.Has("tz")
                ? entry.TimeZone("tz") is { } zone ? new ZoneWord(null, zone) : null
                : Hours(entry) is { } offset ? new ZoneWord(offset) : null;
        }

        private static TimeSpan? Hours(YamlMap entry) =>
            entry.Decimal("hours", required: true) is { } hours
                ? hours is >= -12 and <= 14 ? TimeSpan.FromHours((double)hours) : Invalid<TimeSpan?>(entry, "hours", "an offset from UTC lies between -12 and 14 hours")
                : null;

        /// <summary>
        /// A holiday entry: <c>date: 12-25</c>; <c>month</c>, <c>weekday</c>, <c>nth</c> (and <c>after</c>);
        /// <c>easter</c>: an offset in days; or <c>dates</c>, one per year, with a <c>spread</c> in days.
        /// </summary>
        private static Holiday? ReadHoliday(YamlMap entry)
        {
            if (entry.String("date") is { } date)
            {
                var parts = date.Split('-');
                var (month, day) = parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var writtenMonth) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var writtenDay) ? (writtenMonth, writtenDay) : (0, 0);
                return Holiday.FixedProblem(month, day) is { } fixedProblem ? Invalid<Holiday>(entry, "date", $"'{date}' {fixedProblem}") : Holiday.Fixed(month, day);
            }

            if (entry.Has("dates"))
            {
                var dates = new List<DateOnly>();
                foreach (var text in entry.Strings("dates"))
                {
                    if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var listed))
                    {
                        return Invalid<Holiday>(entry, "dates", $"'{text}' must be a date yyyy-mm-dd");
                    }

                    dates.Add(listed);
                }

                var spread = entry.Int("spread") ?? 0;
                return Holiday.DatedProblem(dates, spread) is { } datedProblem ? Invalid<Holiday>(entry, "dates", datedProblem) : Holiday.Dated(dates, spread);
            }

            if (entry.Int("easter") is { } offset)
            {
                return Holiday.EasterProblem(offset) is { } easterProblem ? Invalid<Holiday>(entry, "easter", easterProblem) : Holiday.FromEaster(offset);
            }

            if (entry.Int("month", required: true) is not { } m || entry.Int("weekday", required: true) is not { } weekday || entry.Int("nth", required: true) is not { } nth)
            {
                return null;
            }

            var after = entry.Int("after") ?? 0;
            return Holiday.NthWeekdayProblem(m, weekday, nth, after) is { } problem ? Invalid<Holiday>(entry, "month", problem) : Holiday.NthWeekday(m, weekday, nth, after);
        }

        private static Hedge? ReadHedge(YamlMap entry)
        {
            var max = entry.String("max") == "open" ? (decimal?)null : entry.Decimal("max") ?? 1;
            var min = entry.Decimal("min") ?? 1;
            if (max is not null && !(min <= 1 && 1 <= max))
            {
                entry.Error(DiagnosticCodes.InvalidValue, "min", "a hedge needs min <= 1 <= max");
                return null;
            }

            return ReadModifier(entry) is { } mod ? new Hedge(mod, min, max, entry.Bool("approximate") ?? false) : null;
        }

        private static Hedge? ReadBoundary(YamlMap entry)
        {
            var tense = entry.String("tense");
            if (tense is not null && tense != "past" && tense != "future")
            {
                entry.Error(DiagnosticCodes.InvalidValue, "tense", "a boundary's tense must be past or future");
                return null;
            }

            return ReadHedge(entry) is { } hedge
                ? hedge with { Tense = tense switch { "past" => Time.Tense.Past, "future" => Time.Tense.Future, _ => null } }
                : null;
        }

        private static TimeModifier? ReadModifier(YamlMap entry)
        {
            var text = entry.String("mod");
            return text is null ? TimeModifier.None
                : TimeValue.ParseTimexMod(text) is { } mod ? mod
                : Invalid<TimeModifier?>(entry, "mod", $"unknown TIMEX3 mod '{text}'");
        }

        /// <summary>A fraction in [0, 1], or the word <c>publication</c> (read as null).</summary>
        private static bool TryReadFraction(YamlMap entry, string key, out decimal? fraction)
        {
            fraction = null;
            var text = entry.String(key, required: true);
            if (text is null)
            {
                return false;
            }

            if (text == "publication")
            {
                return true;
            }

            if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
            {
                fraction = value;
                return true;
            }

            entry.Error(DiagnosticCodes.InvalidValue, key, $"'{key}' must be a fraction from 0 to 1 or 'publication', not '{text}'");
            return false;
        }

        /// <summary>"week", "weeks" or a count and a unit ("2 weeks").</summary>
        private static UnitWord? ParseUnit(string text)
        {
            var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var times = 1m;
            if (parts.Length == 2 && decimal.TryParse(parts[0], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out times) && times > 0)
            {
                parts = [parts[1]];
            }

            return parts.Length == 1 && !char.IsDigit(parts[0][0]) && Enum.TryParse<TimeUnit>(parts[0].TrimEnd('s'), ignoreCase: true, out var unit) && Enum.IsDefined(unit)
                ? new UnitWord(unit, times)
                : null;
        }

        private static T? Invalid<T>(YamlMap entry, string key, string message)
        {
            entry.Error(DiagnosticCodes.InvalidValue, key, message);
            return default;
        }
    }
}
