using ClaimCheck.Names;
using ClaimCheck.Numbers;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Claims;

/// <summary>
/// A sentence in which every chosen mention is overwritten, character for character, by a marker
/// of the same length: a kind character followed by filler. Claim patterns then refer to mentions
/// with reserved fragments such as <c>{date}</c> or <c>{person}</c>, and because the masked text
/// has the same length as the original, match offsets are original offsets.
/// </summary>
internal sealed class MentionMask
{
    internal const char Filler = '\uE000';

    /// <summary>The reserved fragments claim patterns use for masked mentions.</summary>
    internal static readonly ImmutableArray<KeyValuePair<string, string>> Fragments =
    [
        new("date", Group("date", MentionKind.Date)),
        new("age", Group("age", MentionKind.Age)),
        new("duration", Group("duration", MentionKind.Duration)),
        new("every", Group("every", MentionKind.Set)),
        new("count", Group("count", MentionKind.Count)),
        new("rate", Group("rate", MentionKind.Rate)),
        new("person", Group("person", MentionKind.Person)),
        new("country", Group("country", MentionKind.Country)),
        new("organization", Group("organization", MentionKind.Organization)),
        new("place", Group("place", MentionKind.Place)),
        new("group", Group("group", MentionKind.Group)),
        new("entity", $"(?<entity>(?>[{(char)MentionKind.Person}-{(char)MentionKind.Group}]{Filler}*))"),
    ];

    private readonly Dictionary<int, Mention> byStart;

    private MentionMask(string text, int offset, Dictionary<int, Mention> byStart)
    {
        Text = text;
        Offset = offset;
        this.byStart = byStart;
    }

    internal enum MentionKind
    {
        Date = '\uE001',
        Age = '\uE002',
        Duration = '\uE003',
        Set = '\uE004',
        Count = '\uE005',
        Person = '\uE006',
        Country = '\uE007',
        Organization = '\uE008',
        Place = '\uE009',
        Group = '\uE00A',
        Rate = '\uE00B',
    }

    /// <summary>The masked sentence text.</summary>
    public string Text { get; }

    /// <summary>Where the sentence starts in the article text.</summary>
    public int Offset { get; }

    /// <summary>
    /// Masks one sentence. Overlapping mentions are resolved longest first, then times before
    /// counts before names, so "two-month-old" stays one age rather than a count and a name.
    /// </summary>
    public static MentionMask Build(Document document, Sentence sentence, IEnumerable<Mention> mentions)
    {
        var chars = document.Slice(sentence.Span).ToCharArray();
        var byStart = new Dictionary<int, Mention>();
        var taken = new bool[chars.Length];
        var ordered = mentions
            .Where(m => sentence.Span.Contains(m.Span) && m.Span.Length > 0)
            .OrderByDescending(m => m.Span.Length)
            .ThenBy(Priority)
            .ThenBy(m => m.Span.Start);
        foreach (var mention in ordered)
        {
            var start = mention.Span.Start - sentence.Span.Start;
            if (KindOf(mention) is not { } kind || Array.IndexOf(taken, true, start, mention.Span.Length) >= 0)
            {
                continue;
            }

            chars[start] = (char)kind;
            taken[start] = true;
            for (var i = start + 1; i < start + mention.Span.Length; i++)
            {
                chars[i] = Filler;
                taken[i] = true;
            }

            byStart[start] = mention;
        }

        return new MentionMask(new string(chars), sentence.Span.Start, byStart);
    }

    /// <summary>The mention masked at a sentence-relative position, if any.</summary>
    public Mention? MentionAt(int relativeStart) => byStart.GetValueOrDefault(relativeStart);

    /// <summary>Mentions masked inside a sentence-relative range, in text order.</summary>
    public IEnumerable<Mention> MentionsIn(int relativeStart, int length) =>
        byStart.Where(p => p.Key >= relativeStart && p.Key < relativeStart + length).OrderBy(p => p.Key).Select(p => p.Value);

    /// <summary>Whether a compiled claim pattern names a mention through any of its fragments, however deep: every mention fragment leaves the filler of masked text in the pattern.</summary>
    internal static bool HoldsMention(System.Text.RegularExpressions.Regex pattern) => pattern.ToString().Contains(Filler, StringComparison.Ordinal);

    /// <summary>The marker character that a reserved fragment (<c>date</c>, <c>count</c>...) stands for in masked text; null for other names and for <c>entity</c>.</summary>
    internal static char? MarkerOf(string fragment) => fragment switch
    {
        "date" => (char)MentionKind.Date,
        "age" => (char)MentionKind.Age,
        "duration" => (char)MentionKind.Duration,
        "every" => (char)MentionKind.Set,
        "count" => (char)MentionKind.Count,
        "rate" => (char)MentionKind.Rate,
        "person" => (char)MentionKind.Person,
        "country" => (char)MentionKind.Country,
        "organization" => (char)MentionKind.Organization,
        "place" => (char)MentionKind.Place,
        "group" => (char)MentionKind.Group,
        _ => null,
    };

    /// <summary>A whole masked mention: atomic, so backtracking can never leave half of one behind.</summary>
    private static string Group(string name, MentionKind kind) => $"(?<{name}>(?>{(char)kind}{Filler}*))";

    private static int Priority(Mention mention) => mention switch
    {
        TimeMention => 0,
        QuantityMention => 1,
        _ => 2,
    };

    private static MentionKind? KindOf(Mention mention) => mention switch
    {
        TimeMention { Value.IsAge: true } => MentionKind.Age,
        TimeMention { Value.Type: TimeType.Duration } => MentionKind.Duration,
        TimeMention { Value.Type: TimeType.Set } => MentionKind.Set,
        TimeMention => MentionKind.Date,
        QuantityMention { Value.Per: not null } => MentionKind.Rate,
        QuantityMention => MentionKind.Count,
        EntityMention e => e.Type switch
        {
            EntityType.Person => MentionKind.Person,
            EntityType.Country => MentionKind.Country,
            EntityType.Organization => MentionKind.Organization,
            EntityType.City or EntityType.Place => MentionKind.Place,
            EntityType.Group => MentionKind.Group,
            _ => null,
        },
        _ => null,
    };
}
