using System.Text.RegularExpressions;
using ClaimCheck.Rules;

namespace ClaimCheck.Consistency;

/// <summary>How a slot's values are compared.</summary>
public enum Comparison
{
    /// <summary>Dates and counts: values conflict only when their intervals cannot overlap.</summary>
    Interval,

    /// <summary>Sets of entities: a difference is an omission unless someone is said to be absent.</summary>
    Set,

    /// <summary>Labels (a person's role): outlets giving the same one agree; different ones are not compared, since one can hold several.</summary>
    Equality,

    /// <summary>Whether something was done at all: an outlet saying it was and one saying it was not contradict; outlets saying the same agree.</summary>
    Occurrence,
}

/// <summary>Whether claims of one event type in different stories can be about the same event.</summary>
public enum EventScope
{
    /// <summary>One event per story, merged with same-type events of stories close in time (a truce, a meeting).</summary>
    Story,

    /// <summary>One event per place across the whole corpus (a war).</summary>
    Place,

    /// <summary>One event per subject entity across the whole corpus (a person's role).</summary>
    Subject,
}

public sealed record EventPolicy(string Type, EventScope Scope, int MergeWindowDays);

public sealed record SlotPolicy(string Slot, Comparison Comparison, bool ReportOmission, Severity ContradictionSeverity, bool Cumulative)
{
    /// <summary>How summaries name the slot ("how many were killed"); the slot id when the policy gives none.</summary>
    public string Label { get; init; } = Slot;

    /// <summary>
    /// When set, counts are compared only with counts of the same category (civilians with
    /// civilians, fighters with fighters): these categories, and counts without a noun, count
    /// everyone and form one category together. Null: every count of the slot is compared.
    /// </summary>
    public ImmutableHashSet<string>? GeneralCategories { get; init; }

    /// <summary>
    /// For a cumulative count: how many days apart two tolls may be and still be one running toll;
    /// further apart they are taken as different incidents' and not compared. 0: no limit.
    /// </summary>
    public int UpdateWindowDays { get; init; }

    /// <summary>
    /// For a cumulative count: the smallest share of an earlier toll a later one may fall to and
    /// still be its revision (a contradiction); a later toll below it is another incident's. 0: any fall.
    /// </summary>
    public decimal RevisionFloor { get; init; }

    /// <summary>
    /// Evidence this pattern finds in counts a part added to another count ("21 others died",
    /// "five civilians were also killed"): such a count is no article's toll and is not compared.
    /// </summary>
    public PolicyPattern? Partial { get; init; }

    /// <summary>
    /// For a cumulative count: only counts stated in an article's first this many sentences (its
    /// headline and lead, where an outlet gives its toll) are compared; a figure first given deep
    /// in an article is mostly a part, another incident's or a past one's. 0: anywhere.
    /// </summary>
    public int LeadSentences { get; init; }

    /// <summary>
    /// False where values that cannot both hold are still too unsure a reading to flag (a frame's
    /// claim, keyed by a concept word alone): they are only ever agreements, updates or nothing.
    /// </summary>
    public bool Contradicts { get; init; } = true;

    /// <summary>
    /// For the time of an event that happens once in a story (a derailment, a landfall, a
    /// signing): two clock times of one calendar day contradict ("at 9:21 p.m." against "at 9:23
    /// p.m."), and so do two days of the week before publication ("signed on Tuesday" against
    /// "on Wednesday"); other dates never do, since a story may recall an earlier event of the
    /// same kind.
    /// </summary>
    public bool OncePerStory { get; init; }

    /// <summary>
    /// For a cumulative count: the smallest share of a day's higher toll that a lower toll of the
    /// same publication day may be and still be an earlier count of it (a toll rises during a day;
    /// the two are an update). Further below, they cannot both be right: a contradiction. 0: any
    /// two different tolls of one day contradict.
    /// </summary>
    public decimal SameDayRise { get; init; }

    /// <summary>Counts that differ by no more than this do not contradict (an age one year apart: a birthday between two reports). 0: any difference.</summary>
    public decimal Tolerance { get; init; }

    /// <summary>
    /// For a value that holds on one day only (how many are in critical condition: patients recover
    /// or die): values the articles give as of days further apart than this are not compared for
    /// contradictions. Null: any days.
    /// </summary>
    public int? WithinDays { get; init; }

    /// <summary>
    /// Whether a day named in a count's sentence scopes it (counts of days more than a day apart are
    /// different incidents' and are not compared). False for a value that holds whatever day is
    /// named beside it: a person's age, in "Jo Ray, 27, was arrested on Tuesday".
    /// </summary>
    public bool ByDay { get; init; } = true;

    /// <summary>Counts further apart than this are taken for two referents sharing a key (a father and a son of one name), and do not contradict. 0: no limit.</summary>
    public decimal SameReferentWithin { get; init; }

    /// <summary>Values more than this many times apart are taken for two quantities sharing a key ("243 passengers" on the train, "11.6 million passengers" a year on the line), and do not contradict. 0: no limit.</summary>
    public decimal SameReferentRatio { get; init; }

    /// <summary>
    /// For a slot keyed by one concept word (a frame's): only articles that give the slot a single
    /// value are compared for contradictions. An article that gives two ("seven cars" derailed,
    /// "three cars" on their side) shows that in this story the word names more than one
    /// quantity, and which of its values another outlet's is about cannot be told.
    /// </summary>
    public bool SingleValued { get; init; }

    /// <summary>Whether a hedge word is part of the slot's fact rather than a bound on it: "up to 20 years" in prison is a maximum of 20 years, which a maximum of 10 contradicts.</summary>
    public bool BoundsAsValues { get; init; }
}

/// <summary>A pattern of the policies file and where it is written, so that a timeout can name it.</summary>
public sealed record PolicyPattern(Regex Pattern, string Key, string File, int Line, int Column);

/// <summary>
/// Grouping articles into stories: within <see cref="WindowDays"/> of a story's latest report, an
/// article joins at <see cref="Similarity"/> (cosine × 100 with the story's core); and words too
/// common to count.
/// </summary>
public sealed record StoryPolicy(int WindowDays, int Similarity, ImmutableHashSet<string> Stopwords)
{
    /// <summary>How many days after a story's first report a follow-up may still join it.</summary>
    public int FollowUpDays { get; init; } = 30;

    /// <summary>The similarity a report later than the window needs to join.</summary>
    public int FollowUpSimilarity { get; init; } = 40;

    /// <summary>The similarity enough, up to <see cref="WindowDays"/>, for a report whose lead names a street the story's first reports name, on the day they give.</summary>
    public int StreetSimilarity { get; init; } = 8;

    /// <summary>The similarity enough, up to <see cref="AnchorDays"/> after the story's latest report, for a report whose lead goes back to a day the story's first reports name.</summary>
    public int DatedSimilarity { get; init; } = 15;

    /// <summary>The similarity enough for an article that names the same unknown person in full, or quotes the same words, as the story.</summary>
    public int AnchorSimilarity { get; init; } = 10;

    /// <summary>The similarity to a report sharing its anchor that an article needs to join one of several stories that name the same person or quote the same words.</summary>
    public int SharedAnchorSimilarity { get; init; } = 30;

    /// <summary>How many days after a story's latest report an article naming the same unknown person, quoting the same words or going back to the same day may still join it.</summary>
    public int AnchorDays { get; init; } = 30;

    /// <summary>How many days after its first report an article still counts among the story's first reports, to which later ones are compared.</summary>
    public int CoreDays { get; init; } = 2;

    /// <summary>Found in the words just before a person's name, marks the person as a source of the story (a spokesman), whom no anchor is made of.</summary>
    public PolicyPattern? SourceBefore { get; init; }

    /// <summary>Found in the words just after a person's name ("..., a police spokesman", "... said"), marks the person as a source.</summary>
    public PolicyPattern? SourceAfter { get; init; }

    /// <summary>A street named in a lead, its name in the group <c>name</c>: leads naming streets, none the same, place two incidents.</summary>
    public PolicyPattern? Street { get; init; }

    /// <summary>An age given for someone a story is about, its digits in the group <c>years</c>: each age an article gives is a story term of its own, as rare as a name.</summary>
    public PolicyPattern? Age { get; init; }
}

/// <summary>
/// Thresholds for comparing quotes: the fewest words a quote must have to be compared (word for
/// word), the fewest shared words that make two versions variants, and the share (percent) of the
/// aligned words they must share; a long shared stretch may share less, since a translation or a
/// paraphrase inside quote marks changes more words of a sentence than a typo does.
/// </summary>
public sealed record QuotePolicy(int MinWords, int MatchThreshold)
{
    public int VariantMinWords { get; init; } = 4;

    /// <summary>From how many shared words on <see cref="LongMatchThreshold"/> applies.</summary>
    public int LongMatchWords { get; init; } = int.MaxValue;

    public int LongMatchThreshold { get; init; } = 100;
}

/// <summary>The comparison policies of rules/policies: data, so a fact-checker can tune them.</summary>
public sealed record Policies(
    ImmutableDictionary<string, EventPolicy> Events,
    ImmutableDictionary<string, SlotPolicy> Slots,
    StoryPolicy Stories,
    QuotePolicy Quotes)
{
    public static readonly Policies Defaults = new(
        ImmutableDictionary<string, EventPolicy>.Empty,
        ImmutableDictionary<string, SlotPolicy>.Empty,
        new StoryPolicy(3, 20, ImmutableHashSet<string>.Empty),
        new QuotePolicy(4, 85));

    public EventPolicy EventPolicyFor(string type) =>
        Events.GetValueOrDefault(type) ?? new EventPolicy(type, EventScope.Story, 0);

    /// <summary>
    /// The slot's policy; else the policy of <c>*.</c> and its last part (<c>*.duration</c>, for
    /// every frame's durations), its label's <c>{concept}</c> read off the slot's first part; else
    /// intervals without omissions.
    /// </summary>
    public SlotPolicy SlotPolicyFor(string slot)
    {
        if (Slots.GetValueOrDefault(slot) is { } exact)
        {
            return exact;
        }

        var dot = slot.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && Slots.GetValueOrDefault("*." + slot[(slot.LastIndexOf('.') + 1)..]) is { } aspect
            ? aspect with { Slot = slot, Label = aspect.Label.Replace("{concept}", slot[..dot].Replace('-', ' '), StringComparison.Ordinal) }
            : new SlotPolicy(slot, Comparison.Interval, false, Severity.Medium, false);
    }

    public static Policies Load(ImmutableArray<RuleFile> files)
    {
        var result = Defaults;
        foreach (var file in files)
        {
            var root = file.Root;
            root.CheckKeys("events", "slots", "stories", "quotes", "stopwords");
            var events = result.Events.ToBuilder();
            foreach (var item in root.Maps("events"))
            {
                item.CheckKeys("type", "scope", "merge-window-days");
                var type = item.String("type", required: true);
                var scope = Enum(item, "scope", EventScope.Story);
                if (type is not null)
                {
                    events[type] = new EventPolicy(type, scope, item.Int("merge-window-days") ?? 0);
                }
            }

            var slots = result.Slots.ToBuilder();
            foreach (var item in root.Maps("slots"))
            {
                item.CheckKeys("slot", "label", "compare", "omission", "severity", "cumulative", "by-category", "update-window-days", "revision-floor", "partial", "lead-sentences", "contradicts", "once-per-story", "same-day-rise", "tolerance", "same-referent-within", "same-referent-ratio", "single-valued", "bounds-as-values", "by-day", "within-days");
                var slot = item.String("slot", required: true);
                if (slot is not null)
                {
                    slots[slot] = new SlotPolicy(
                        slot,
                        Enum(item, "compare", Comparison.Interval),
                        item.Bool("omission") ?? false,
                        Enum(item, "severity", Severity.Medium),
                        item.Bool("cumulative") ?? false)
                    {
                        Label = item.String("label") ?? slot,
                        GeneralCategories = item.Has("by-category") ? [.. item.Strings("by-category")] : null,
                        UpdateWindowDays = item.Int("update-window-days") ?? 0,
                        RevisionFloor = item.Decimal("revision-floor") ?? 0,
                        LeadSentences = item.Int("lead-sentences") ?? 0,
                        Contradicts = item.Bool("contradicts") ?? true,
                        OncePerStory = item.Bool("once-per-story") ?? false,
                        SameDayRise = item.Decimal("same-day-rise") ?? 0,
                        Tolerance = item.Decimal("tolerance") ?? 0,
                        SameReferentWithin = item.Decimal("same-referent-within") ?? 0,
                        SameReferentRatio = item.Decimal("same-referent-ratio") ?? 0,
                        SingleValued = item.Bool("single-valued") ?? false,
                        BoundsAsValues = item.Bool("bounds-as-values") ?? false,
                        ByDay = item.Bool("by-day") ?? true,
                        WithinDays = item.Int("within-days"),
                        Partial = PatternOf(item, "partial", $"slots.{slot}.partial"),
                    };
                }
            }

            var stories = result.Stories;
            if (root.Map("stories") is { } s)
            {
                s.CheckKeys("window-days", "similarity", "follow-up-days", "follow-up-similarity", "dated-similarity", "street-similarity", "anchor-similarity", "shared-anchor-similarity", "anchor-days", "core-days", "source-before", "source-after", "street", "age");
                stories = stories with
                {
                    WindowDays = s.Int("window-days") ?? stories.WindowDays,
                    Similarity = s.Int("similarity") ?? stories.Similarity,
                    FollowUpDays = s.Int("follow-up-days") ?? stories.FollowUpDays,
                    FollowUpSimilarity = s.Int("follow-up-similarity") ?? stories.FollowUpSimilarity,
                    DatedSimilarity = s.Int("dated-similarity") ?? stories.DatedSimilarity,
                    StreetSimilarity = s.Int("street-similarity") ?? stories.StreetSimilarity,
                    AnchorSimilarity = s.Int("anchor-similarity") ?? stories.AnchorSimilarity,
                    SharedAnchorSimilarity = s.Int("shared-anchor-similarity") ?? stories.SharedAnchorSimilarity,
                    AnchorDays = s.Int("anchor-days") ?? stories.AnchorDays,
                    CoreDays = s.Int("core-days") ?? stories.CoreDays,
                    SourceBefore = PatternOf(s, "source-before", "stories.source-before"),
                    SourceAfter = PatternOf(s, "source-after", "stories.source-after"),
                    Street = PatternOf(s, "street", "stories.street"),
                    Age = PatternOf(s, "age", "stories.age"),
                };
            }

            if (root.Has("stopwords"))
            {
                stories = stories with { Stopwords = stories.Stopwords.Union(root.Strings("stopwords").Select(w => w.ToLowerInvariant())) };
            }

            var quotes = result.Quotes;
            if (root.Map("quotes") is { } q)
            {
                q.CheckKeys("min-words", "variant-min-words", "match-threshold", "long-match-words", "long-match-threshold");
                quotes = new QuotePolicy(q.Int("min-words") ?? quotes.MinWords, q.Int("match-threshold") ?? quotes.MatchThreshold)
                {
                    VariantMinWords = q.Int("variant-min-words") ?? quotes.VariantMinWords,
                    LongMatchWords = q.Int("long-match-words") ?? quotes.LongMatchWords,
                    LongMatchThreshold = q.Int("long-match-threshold") ?? quotes.LongMatchThreshold,
                };
            }

            result = new Policies(events.ToImmutable(), slots.ToImmutable(), stories, quotes);
        }

        return result;
    }

    private static PolicyPattern? PatternOf(YamlMap map, string key, string name)
    {
        if (!map.Has(key) || new PatternCompiler([]).Compile(map, key) is not { } pattern)
        {
            return null;
        }

        var (line, column) = map.PositionOf(key);
        return new PolicyPattern(pattern, name, map.File, line, column);
    }

    private static T Enum<T>(YamlMap map, string key, T fallback)
        where T : struct, System.Enum
    {
        var text = map.String(key);
        if (text is null)
        {
            return fallback;
        }

        if (System.Enum.TryParse<T>(text.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var value))
        {
            return value;
        }

        map.Error(DiagnosticCodes.InvalidValue, key, $"'{key}' must be one of: {string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}");
        return fallback;
    }
}
