using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCheck.Numbers;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Claims;

/// <summary>The exact words an article used for a claim: article, span and sentence.</summary>
public sealed record Evidence
{
    public Evidence(string articleId, TextSpan span, string text, int sentence)
    {
        ArticleId = Preconditions.CheckNotBlank(articleId, nameof(articleId));
        Preconditions.CheckArgument(text.Length == span.Length, nameof(text), "evidence text must be the span's text");
        Span = span;
        Text = text;
        Sentence = sentence;
    }

    public string ArticleId { get; }

    public TextSpan Span { get; }

    public string Text { get; }

    public int Sentence { get; }

    /// <summary>1-based line of the evidence in the source file (front matter counted).</summary>
    public int Line { get; init; }

    /// <summary>1-based column of the evidence in the source file.</summary>
    public int Column { get; init; }
}

/// <summary>What a claim says, by slot type. <see cref="Display"/> is how reports show it.</summary>
public abstract record ClaimValue
{
    public abstract string Display { get; }
}

/// <summary>
/// A point in time as an interval ("February 2016"), possibly derived ("two-month-old" on the
/// publication date → a start between two dates; <see cref="Timex"/> is then an ISO interval).
/// </summary>
/// <param name="UtcOffset">A clock time's offset from UTC when the text gives a zone or a conversion ("1700 GMT", "8 p.m. (1700 GMT)"), or "local time" where the article's place keeps one clock.</param>
/// <param name="Zoned">Whether a zone was written, known or ambiguous ("CST"): the clock is then not the story's local time.</param>
public sealed record TimeClaimValue(TimeInterval Interval, string Timex, string? DerivedFrom, TimeSpan? UtcOffset = null, bool Zoned = false) : ClaimValue
{
    /// <summary>A clock time: an hour or finer.</summary>
    public bool IsClock => Interval.Latest - Interval.Earliest <= TimeSpan.FromHours(1);

    /// <summary>
    /// Two times set side by side on one clock: days and longer as written (local days); two clock
    /// times as written when both are local (a "local time" whose place gave it an offset too), in
    /// UTC when both give their offset ("8 p.m. local time" datelined Damascus and "1700 GMT"), and
    /// not at all (null) when one does and the other does not, for "8 p.m." and "1800 GMT" may be
    /// one moment or two.
    /// </summary>
    public static (TimeInterval A, TimeInterval B)? Aligned(TimeClaimValue a, TimeClaimValue b)
    {
        if (!(a.IsClock && b.IsClock) || (!a.Zoned && !b.Zoned))
        {
            return (a.Interval, b.Interval);
        }

        return a.UtcOffset is { } x && b.UtcOffset is { } y
            ? (new TimeInterval(a.Interval.Earliest - x, a.Interval.Latest - x), new TimeInterval(b.Interval.Earliest - y, b.Interval.Latest - y))
            : null;
    }

    public override string Display => (Zoned || UtcOffset is not null) && IsClock ? $"{Written} {ZoneName}" : Written;

    private string ZoneName => UtcOffset switch
    {
        null => "(zone unknown)",
        { Ticks: 0 } => "GMT",
        { } offset => $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{(offset.Minutes == 0 ? $"{Math.Abs(offset.Hours)}" : $"{offset.Duration():h\\:mm}")}",
    };

    private string Written => DerivedFrom is not null
        ? $"between {Interval.Earliest:yyyy-MM-dd} and {Interval.Latest.AddDays(-1):yyyy-MM-dd} (derived: {DerivedFrom})"
        : Coded.Match(Timex) is not { Success: true } m ? Timex
        : m.Groups["decade"].Success ? $"the {m.Groups["decade"].Value}0s"
        : m.Groups["century"].Success ? $"the {m.Groups["century"].Value}00s"
        : m.Groups["season"].Success ? $"{Seasons[m.Groups["season"].Value]} {m.Groups["year"].Value}"
        : m.Groups["quarter"].Success ? $"Q{m.Groups["quarter"].Value} {m.Groups["year"].Value}"
        : m.Groups["half"].Success ? $"the {(m.Groups["half"].Value == "1" ? "first" : "second")} half of {m.Groups["year"].Value}"
        : m.Groups["weekend"].Success ? $"the weekend of {Interval.Earliest:yyyy-MM-dd}"
        : m.Groups["week"].Success ? $"the week of {Interval.Earliest:yyyy-MM-dd}"
        : $"{m.Groups["day"].Value} {PartsOfDay[m.Groups["part"].Value]}";

    private static readonly Regex Coded = new(
        @"^(?:(?<decade>\d{3})|(?<century>\d{2})|(?<year>\d{4})-(?:(?<season>SU|WI|FA|SP)|Q(?<quarter>[1-4])|H(?<half>[12])|W\d{2}(?:(?<weekend>-WE)|(?<week>)))|(?<day>\d{4}-\d{2}-\d{2})T(?<part>MO|AF|EV|NI|DT))$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, PatternCompiler.MatchTimeout);

    private static readonly Dictionary<string, string> Seasons = new(StringComparer.Ordinal) { ["SP"] = "spring", ["SU"] = "summer", ["FA"] = "autumn", ["WI"] = "winter" };

    private static readonly Dictionary<string, string> PartsOfDay = new(StringComparer.Ordinal) { ["MO"] = "morning", ["AF"] = "afternoon", ["EV"] = "evening", ["NI"] = "night", ["DT"] = "daytime" };
}

/// <summary>How long something lasted ("more than four hours").</summary>
public sealed record DurationClaimValue(DurationValue Duration, TimeModifier Modifier) : ClaimValue
{
    /// <summary>Told as which of its days, weeks, months or years was under way ("in its sixth year"): more than one unit less than the amount, and at most the amount.</summary>
    public bool Running { get; init; }

    /// <summary>As people write it: "more than 4 hours", "22.5 years", "about 8 minutes", "in its 6th year".</summary>
    public override string Display
    {
        get
        {
            if (Running)
            {
                return $"in its {Ordinal(Duration.Amount)} {Duration.Unit.ToString().ToLowerInvariant()}";
            }

            var amount = Duration.Amount.ToString("0.##", CultureInfo.InvariantCulture);
            var unit = Duration.Unit.ToString().ToLowerInvariant();
            var words = $"{amount} {(Duration.Amount == 1 ? unit : unit == "century" ? "centuries" : unit + "s")}";
            var hedge = Modifier switch
            {
                TimeModifier.MoreThan => "more than ",
                TimeModifier.LessThan => "less than ",
                TimeModifier.EqualOrMore => "at least ",
                TimeModifier.EqualOrLess => "up to ",
                TimeModifier.Approx => "about ",
                TimeModifier.None => "",
                _ => Modifier.ToString().ToLowerInvariant() + " ",
            };
            return hedge + words;
        }
    }

    /// <summary>As TIMEX3 spells it, which is how rule examples state it: "MoreThan PT4H"; a running one as "Running P6Y".</summary>
    public string Iso => Running ? $"Running {Duration.Iso}" : Modifier == TimeModifier.None ? Duration.Iso : $"{Modifier} {Duration.Iso}";

    private static string Ordinal(decimal amount)
    {
        var n = (int)amount;
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return $"{n}{suffix}";
    }
}

/// <summary>A count, with its hedges as bounds; shown as written ("at least 20", "34", "dozens", "64.1%", "1 every 25 minutes").</summary>
public sealed record CountClaimValue(Quantity Quantity) : ClaimValue
{
    /// <summary>Units that are no measure, shown without a unit word: shares (with their sign), ages, places in a period or a match, magnitudes. Sums of money (ISO codes, "USD") are shown with their sign.</summary>
    private static readonly HashSet<string> NotMeasures = ["percent", "proportion", "age", "ordinal", "match-minute", "magnitude"];

    /// <summary>How a unit the numbers lexicon gives is written after a number; others ("ft", "km", "mph") as they are.</summary>
    private static readonly Dictionary<string, string> UnitNames = new(StringComparer.Ordinal)
    {
        ["mile"] = "miles",
        ["mile2"] = "square miles",
        ["km2"] = "square km",
        ["acre"] = "acres",
        ["ha"] = "hectares",
        ["knot"] = "knots",
        ["degree"] = "degrees",
        ["t"] = "tonnes",
    };

    /// <summary>The signs news writes before a sum; other currencies go by their code ("SYP 500").</summary>
    private static readonly Dictionary<string, string> CurrencySigns = new(StringComparer.Ordinal) { ["USD"] = "$", ["EUR"] = "€", ["GBP"] = "£" };

    private static bool IsCurrency(string? unit) => unit is { Length: 3 } && unit.All(char.IsAsciiLetterUpper);

    /// <summary>A sum as news writes it: "$128", "$2 billion", "SYP 500"; a hedge stays before the sign ("about $66 billion").</summary>
    private static string Priced(string count, string currency)
    {
        var sign = CurrencySigns.GetValueOrDefault(currency, currency + " ");
        var firstDigit = count.IndexOfAny("0123456789".ToCharArray());
        return firstDigit < 0 ? count : count[..firstDigit] + sign + count[firstDigit..];
    }

    /// <summary>A number as news writes it: a round billion or million in words ("2 billion", "3.5 billion", "11.6 million"), any other in digits with thousands separators ("17,410,742").</summary>
    private static string Written(decimal value)
    {
        foreach (var (size, word) in new[] { (1_000_000_000m, "billion"), (1_000_000m, "million") })
        {
            var scaled = value / size;
            if (Math.Abs(value) >= size && scaled * 100 == decimal.Truncate(scaled * 100))
            {
                return $"{scaled.ToString("#,0.##", CultureInfo.InvariantCulture)} {word}";
            }
        }

        return value.ToString("#,0.###", CultureInfo.InvariantCulture);
    }

    /// <summary>A length, speed, area or weight ("38,000 ft", "9,000 m"): shown with its unit, since one number means different things in different units.</summary>
    private static bool IsMeasure(string? unit) => unit is not null && !NotMeasures.Contains(unit) && !IsCurrency(unit);

    public override string Display
    {
        get
        {
            var q = Quantity;
            static string N(decimal? d) => d is { } v ? Written(v) : "";
            var count = q.Exact ? N(q.Value)
                : q.Vague && q.Hedge is not null ? q.Hedge
                : q.Hedge is not null ? $"{q.Hedge} {N(q.Value)}"
                : $"{N(q.Low)}–{N(q.High)}";
            count = q.Unit == "percent" && !(q.Vague && q.Hedge is not null) ? count + "%"
                : IsMeasure(q.Unit) ? $"{count} {UnitNames.GetValueOrDefault(q.Unit!, q.Unit!)}"
                : IsCurrency(q.Unit) ? Priced(count, q.Unit!)
                : count;
            return q.Per is null ? count : $"{count} every {N(q.Per.Amount)} {q.Per.Unit.ToString().ToLowerInvariant()}s";
        }
    }
}

/// <summary>Something that was done (a distress call, a warning), or was not (<paramref name="Done"/> false: "no distress call").</summary>
public sealed record OccurrenceClaimValue(string What, bool Done) : ClaimValue
{
    public override string Display => Done ? What : $"no {What}";
}

/// <summary>
/// A set of entities (meeting attendees); <see cref="Exhaustive"/> when the text says that was
/// everyone; <see cref="Sole"/> when it says these and no others did it ("mediated by Egypt alone").
/// </summary>
public sealed record SetClaimValue(ImmutableArray<string> Members, ImmutableArray<string> Names, bool Exhaustive, bool Sole = false) : ClaimValue
{
    public override string Display => Sole ? $"{string.Join(", ", Names)} alone" : string.Join(", ", Names);
}

/// <summary>Quoted words and who said them.</summary>
public sealed record QuoteClaimValue(string Words, string? SpeakerId, string? SpeakerName) : ClaimValue
{
    public override string Display => $"quoted words of {SpeakerName ?? "an unnamed speaker"}";
}

/// <summary>
/// A place in a ranking, by one quality ("the third most intense", "the largest"): <see
/// cref="Quality"/> names the quality by the superlative that heads its words in the lexicon, so
/// "most powerful" and "strongest" are one quality.
/// </summary>
public sealed record RankClaimValue : ClaimValue
{
    public RankClaimValue(int rank, string quality)
    {
        Preconditions.CheckArgument(rank >= 1, nameof(rank), "a rank starts at 1");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(quality), nameof(quality), "a rank needs its quality");
        Rank = rank;
        Quality = quality;
    }

    public int Rank { get; }

    public string Quality { get; }

    /// <summary>As people write it: "largest", "3rd strongest".</summary>
    public override string Display => Rank == 1 ? Quality : $"{Rank}{Suffix(Rank)} {Quality}";

    private static string Suffix(int n) => (n % 100) is >= 11 and <= 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
}

/// <summary>A tally of two sides as written: a score ("5-2"), a vote or a ruling ("52-48", "7 to 2").</summary>
public sealed record TallyClaimValue : ClaimValue
{
    public TallyClaimValue(int first, int second)
    {
        Preconditions.CheckArgument(first >= 0 && second >= 0, nameof(first), "a tally counts from 0");
        First = first;
        Second = second;
    }

    public int First { get; }

    public int Second { get; }

    /// <summary>Whether two tallies give the sides the same numbers, in either order ("won 5-2", "lost 2-5").</summary>
    public bool SameAs(TallyClaimValue other) => Math.Max(First, Second) == Math.Max(other.First, other.Second) && Math.Min(First, Second) == Math.Min(other.First, other.Second);

    public override string Display => $"{First}-{Second}";
}

/// <summary>A kind of thing the text states, as its rule names it ("life without parole").</summary>
public sealed record LabelClaimValue(string Label) : ClaimValue
{
    public override string Display => Label;
}

/// <summary>The role an article gives a person ("U.N. envoy Staffan de Mistura" → UN envoy for Syria).</summary>
public sealed record RoleClaimValue(string PersonId, string PersonName, string Role) : ClaimValue
{
    public override string Display => Role;
}

/// <summary>
/// One thing an article asserts about one event: its event type and slot, the value, who the
/// article attributes it to, when it held, and the exact evidence and rule that produced it.
/// </summary>
public sealed record Claim
{
    public Claim(string id, string articleId, string outlet, DateOnly published, string eventType, string slot, ClaimValue value, Evidence evidence, string ruleId)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        ArticleId = Preconditions.CheckNotBlank(articleId, nameof(articleId));
        Outlet = Preconditions.CheckNotBlank(outlet, nameof(outlet));
        Published = published;
        EventType = Preconditions.CheckNotBlank(eventType, nameof(eventType));
        Slot = Preconditions.CheckNotBlank(slot, nameof(slot));
        Value = Preconditions.CheckNotNull(value, nameof(value));
        Evidence = evidence;
        RuleId = Preconditions.CheckNotBlank(ruleId, nameof(ruleId));
    }

    public string Id { get; }

    public string ArticleId { get; }

    public string Outlet { get; }

    public DateOnly Published { get; }

    /// <summary>The kind of real-world event ("truce", "meeting", "war", "casualties", "statement").</summary>
    public string EventType { get; }

    /// <summary>The slot, qualified by event type ("truce.start", "meeting.attendees", "quote.staffan-de-mistura").</summary>
    public string Slot { get; }

    public ClaimValue Value { get; }

    /// <summary>Where the article states it; a qualifier read beside the value may widen it (the day a toll held).</summary>
    public Evidence Evidence
    {
        get => evidence;
        init
        {
            Preconditions.CheckNotNull(value, nameof(value));
            Preconditions.CheckArgument(value.ArticleId == ArticleId, nameof(value), "evidence must come from the claim's article");
            evidence = value;
        }
    }

    private readonly Evidence evidence = null!;

    public string RuleId { get; }

    /// <summary>False when the article denies it ("did not attend").</summary>
    public bool Positive { get; init; } = true;

    /// <summary>Who the article says the claim comes from ("according to Tass"), as an entity id.</summary>
    public string? AttributedTo { get; init; }

    /// <summary>The place the claim is about, as an entity id, when known.</summary>
    public string? Place { get; init; }

    /// <summary>The entity the claim is about (the person whose role it states), when it is about one.</summary>
    public string? Subject { get; init; }

    /// <summary>Entity ids of the event's participants named near the claim (for telling events apart).</summary>
    public ImmutableArray<string> Participants { get; init; } = [];

    /// <summary>Where the claim's sentence stands among the article's sentences of prose, photo captions left out: how near the lead it is.</summary>
    public int ProseSentence { get; init; }

    /// <summary>Whether a generic frame read the value inside quoted words: speech is rounder than writing ("a three-month trial"), so it agrees but never contradicts.</summary>
    public bool Quoted { get; init; }

    /// <summary>When the claim held (defaults to publication); a later cumulative count is an update.</summary>
    public DateOnly AsOf { get; init; }

    /// <summary>For counts that only grow (deaths, displaced): a later larger value is an update.</summary>
    public bool Cumulative { get; init; }

    /// <summary>For a claim of a generic frame: the concept of the lexicon it is about (its event type); null for a specific rule's claim.</summary>
    public string? Concept { get; init; }

    /// <summary>What changes the meaning of the value (a part of a whole, another scope, the attacker counted in, the day it held), in the order found.</summary>
    public ImmutableArray<ClaimQualifier> Qualifiers { get; init; } = [];

    /// <summary>Whether a qualifier takes the value out of comparison with the event's own values: a part, another scope, a possibility.</summary>
    public bool IsComparable => !Qualifiers.Any(q => q.Kind is QualifierKind.Part or QualifierKind.Scope or QualifierKind.Modal);

    /// <summary>
    /// The claim with entity ids replaced (an article's own id for an unknown person → the id it
    /// shares with other articles of the story); a quote's slot names its speaker, so it follows.
    /// </summary>
    public Claim WithEntities(Func<string, string> map)
    {
        var value = Value switch
        {
            QuoteClaimValue q when q.SpeakerId is { } speaker => q with { SpeakerId = map(speaker) },
            SetClaimValue set => set with { Members = [.. set.Members.Select(map)] },
            RoleClaimValue role => role with { PersonId = map(role.PersonId) },
            _ => Value,
        };
        var slot = Value is QuoteClaimValue { SpeakerId: { } id } && Slot == $"quote.{id}" ? $"quote.{map(id)}"
            : Subject is { } subject && Slot.StartsWith(subject + ".", StringComparison.Ordinal) ? map(subject) + Slot[subject.Length..]
            : Slot;
        return new Claim(Id, ArticleId, Outlet, Published, EventType, slot, value, Evidence, RuleId)
        {
            Positive = Positive,
            AttributedTo = AttributedTo is null ? null : map(AttributedTo),
            Place = Place,
            Subject = Subject is null ? null : map(Subject),
            Participants = [.. Participants.Select(map).Distinct().Order(StringComparer.Ordinal)],
            AsOf = AsOf,
            ProseSentence = ProseSentence,
            Quoted = Quoted,
            Cumulative = Cumulative,
            Qualifiers = Qualifiers,
            Concept = Concept,
        };
    }
}
