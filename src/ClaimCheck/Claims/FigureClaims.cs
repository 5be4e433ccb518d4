using System.Text.RegularExpressions;
using ClaimCheck.Numbers;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Claims;

/// <summary>
/// A figure an article states (a count, sum, measure, share, date, clock time or duration) with
/// the words around it. No rule need know what it is about: two outlets that give the same value
/// with the same words beside it ("150 people on board", "all 150 on board") state the same fact,
/// so figures can only ever agree (design.md §1a: where the key is unsure, no contradiction).
/// </summary>
/// <param name="Value">The value as a claim value, for display.</param>
/// <param name="Context">Stems of the content words near the figure, in text order, distinct.</param>
/// <param name="Specific">Whether the value alone is unusual enough that one shared word ties two mentions (a large or exact measure, a day or a clock time); a small count or a bare year needs two.</param>
/// <param name="Around">The figure with a few words either side, as written, for a reader.</param>
/// <param name="Frame">The words either side of the figure, lower-cased, the figure left out: two outlets with one frame wrote one sentence.</param>
/// <param name="FrameWords">How many words <paramref name="Frame"/> holds.</param>
/// <param name="WrittenDay">Whether the figure is a day or a clock time written with its number ("April 20, 2016", "4.20am"), not read from a dateline ("Tuesday", "today").</param>
public sealed record FigureClaimValue(ClaimValue Value, ImmutableArray<string> Context, bool Specific, string Around, string Frame, int FrameWords, bool WrittenDay = false) : ClaimValue
{
    public override string Display => Value.Display;
}

internal static class FigureClaims
{
    public const string EventType = "figure";

    public const string RuleId = "figures.same-value";

    /// <summary>Words either side of a figure that count as its context.</summary>
    private const int Reach = 8;

    public static IEnumerable<Claim> Of(AnalyzedArticle analysis, ClaimRules rules, DiagnosticBag diagnostics, Func<AnalyzedArticle, string, string, ClaimValue, TextSpan, int, string, Claim> make)
    {
        var stopwords = rules.Policies.Stories.Stopwords;
        var text = analysis.Document.Text;
        var end = -1;
        var (words, framing, wordsOf) = (new List<(int Start, string Word)>(), new List<(int Start, string Word)>(), -1);
        foreach (var figure in Figures(analysis, rules, diagnostics).OrderBy(f => f.Span.Start).ThenByDescending(f => f.Span.Length).ThenBy(f => f.RuleId == RuleId))
        {
            // Overlapping readings of one stretch ("10 a.m. Tuesday" and "10") give one figure: the
            // longest, and of two as long the tally's or the rank's ("1-2" is a score, not a range).
            if (figure.Span.Start < end)
            {
                continue;
            }

            end = figure.Span.End;
            var sentence = analysis.Document.Sentences[figure.Sentence];
            if (figure.Sentence != wordsOf)
            {
                (words, wordsOf) = (WordsOf(text, sentence), figure.Sentence);
                framing = FramingOf(text, sentence, words);
            }

            var (context, around, frame, frameWords) = ContextOf(text, sentence.Span, words, framing, figure.Span, stopwords, ownWords: figure.Value is not (RankClaimValue or TallyClaimValue));
            if (figure.Value is RankClaimValue rank)
            {
                // Outlets word one record each their own way ("third most intense", "third-strongest"):
                // the place and the quality are its words, whatever superlative stands for them.
                context = [.. context, $"#{rank.Quality}", .. rank.Rank > 1 ? [$"#{rank.Rank}"] : Array.Empty<string>()];
            }
            else if (figure.Value is TallyClaimValue)
            {
                // "a 5-2 victory" and "beat Japan 5-2": that it is a result is one word they share.
                context = [.. context, "#tally"];
            }

            // A value no two facts share by chance needs no words beside it: a results table's "No: 723,632".
            if (context.IsEmpty && !Distinctive(figure.Value))
            {
                continue;
            }

            yield return make(analysis, EventType, EventType, new FigureClaimValue(figure.Value, context, figure.Specific, around, frame, frameWords, figure.WrittenDay), figure.Span, figure.Sentence, figure.RuleId);
        }
    }

    /// <summary>One figure before its words are read: where it is, its value, and the rule that read it.</summary>
    private sealed record Figure(TextSpan Span, int Sentence, ClaimValue Value, bool Specific, bool WrittenDay, string RuleId);

    /// <summary>
    /// The article's numbers, times and durations that are figures, the places in a ranking it
    /// states (never specific: "the largest" is said of many things) and its tallies (nor are
    /// they: "1-0" ends many matches). A tally's numbers are no figures of their own.
    /// </summary>
    private static IEnumerable<Figure> Figures(AnalyzedArticle analysis, ClaimRules rules, DiagnosticBag diagnostics)
    {
        var text = analysis.Document.Text;
        foreach (var mention in analysis.Times.Cast<Mention>().Concat(analysis.Quantities))
        {
            if (Normalize(mention) is { } figure && !IsLabel(mention, text) && !(mention is TimeMention stamp && stamp.IsPageStamp(analysis.Article.Published)))
            {
                yield return new Figure(mention.Span, mention.Sentence, figure.Value, figure.Specific, figure.Value is TimeClaimValue && figure.Specific && mention.Text.Any(char.IsDigit), RuleId);
            }
        }

        foreach (var sentence in analysis.Document.Sentences)
        {
            foreach (var rank in rules.Ranks.In(analysis.Article, text, sentence, diagnostics))
            {
                yield return new Figure(rank.Span, sentence.Index, rank.Value, Specific: false, WrittenDay: false, rank.RuleId);
            }

            foreach (var tally in rules.Tallies.In(analysis.Article, text, sentence, diagnostics))
            {
                yield return new Figure(tally.Span, sentence.Index, tally.Value, Specific: false, WrittenDay: false, TallyLexicon.RuleId);
            }
        }
    }

    private static (ClaimValue Value, bool Specific)? Normalize(Mention mention) => mention switch
    {
        // One is no figure ("a 17-year-old boy shot" counts one person as every report of a victim does).
        QuantityMention { Value: { Vague: false, Per: null, Low: >= 2 and var low } q } when q.Unit is not ("proportion" or ClaimExtractor.AgeUnit or ClaimExtractor.OrdinalUnit) =>
            (new CountClaimValue(q), q.Unit is not null || low >= 13 || low != Math.Floor(low)),
        // "a few days", "the past year": no number is stated, so there is no figure to agree on.
        // An age ("27-year-old") is a person's or a thing's, not a figure of the event.
        TimeMention { Value: { Type: TimeType.Duration, Duration: { } d, IsAge: false } t } when d.Amount > 0 && StatesNumber(mention.Text) =>
            (new DurationClaimValue(d, t.Modifier), true),
        TimeMention { Value: { Type: TimeType.Date or TimeType.Time, Interval: { } i } t } when !t.Timex.EndsWith("_REF", StringComparison.Ordinal) =>
            (new TimeClaimValue(i, t.Timex, null, t.UtcOffset, t.Zoned), i.Latest - i.Earliest <= TimeSpan.FromDays(1)),
        _ => null,
    };

    /// <summary>An exact value no two facts of one story share by chance: one with a fraction ("66.4%", "12.5 years") or four digits or more, three of them significant ("723,632", "$38,400").</summary>
    internal static bool Distinctive(ClaimValue value) => value switch
    {
        CountClaimValue { Quantity: { Exact: true } q } => q.Value != decimal.Floor(q.Value) || (q.Value >= 1000 && SignificantDigits(q.Value) >= 3),
        DurationClaimValue { Duration: var d, Modifier: Time.TimeModifier.None } => d.Amount != decimal.Floor(d.Amount),
        _ => false,
    };

    /// <summary>The digits of a whole number without its trailing zeros ("38,400" → 3), counted without writing it out: it is asked for every pair of figures.</summary>
    internal static int SignificantDigits(decimal whole)
    {
        var rest = decimal.Truncate(Math.Abs(whole));
        while (rest != 0 && rest % 10 == 0)
        {
            rest /= 10;
        }

        var digits = 0;
        for (; rest >= 1; rest = decimal.Truncate(rest / 10))
        {
            digits++;
        }

        return digits;
    }

    /// <summary>
    /// The page's own date written as a machine writes it ("date 2018-02-06" at the head of the
    /// text): news prose does not write its publication day that way, so it is the page's stamp,
    /// no figure of the story.
    /// </summary>
    /// <summary>
    /// A bare number that names rather than counts: "Image 5 of 8", "(203) 574", "85 Saint John
    /// St.", a footnote "[7]". A counted noun or a unit makes it a quantity again, and so do
    /// thousands separators, which no label, house or phone number is written with ("For: 812,406 Against: ...").
    /// </summary>
    private static bool IsLabel(Mention mention, string text) =>
        mention is QuantityMention { Value: { Noun: null, Unit: null } } && !Grouped.IsMatch(mention.Text)
        && (LabelBefore.IsMatch(text.AsSpan(Math.Max(0, mention.Span.Start - 24), Math.Min(24, mention.Span.Start)))
            || LabelAfter.IsMatch(text.AsSpan(mention.Span.End, Math.Min(24, text.Length - mention.Span.End))));

    // A label noun ("Image 5 of 8", "Room 12") and the total after it ("of 8"); not "Category 4",
    // which is a value outlets state and agree on. A capital on the next line is no name the number
    // labels ("Spoilt votes: 812" closing a line of a results table).
    private static readonly Regex LabelBefore = new(@"(?:[#(\[]|\bno\.\s*|\b(?:image|photo|picture|slide|page|chapter|episode|room|gate|platform|route|highway|interstate|channel)\s+(?:\d+\s+of\s+)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternCompiler.MatchTimeout);

    private static readonly Regex Grouped = new(@"\d,\d{3}\b", RegexOptions.CultureInvariant, PatternCompiler.MatchTimeout);

    private static readonly Regex LabelAfter = new(@"^(?:[ \t]*[-)\]][ \t]*\d|[ \t]+(?-i:[A-Z]))", RegexOptions.CultureInvariant, PatternCompiler.MatchTimeout);

    private static bool StatesNumber(string text) => text.Any(char.IsDigit) || NumberWord.IsMatch(text);

    private static readonly Regex NumberWord = new(@"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|dozen|half)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternCompiler.MatchTimeout);

    /// <summary>Stems of the content words within <see cref="Reach"/> words of the figure in its sentence.</summary>
    /// <param name="ownWords">Whether the figure's own words count among its context ("150 people" gives "peopl").</param>
    private static (ImmutableArray<string> Stems, string Around, string Frame, int FrameWords) ContextOf(string text, TextSpan sentence, List<(int Start, string Word)> words, List<(int Start, string Word)> framing, TextSpan figure, ImmutableHashSet<string> stopwords, bool ownWords)
    {
        var first = words.FindIndex(w => w.Start >= figure.Start);
        first = first < 0 ? words.Count : first;
        var last = words.FindLastIndex(w => w.Start < figure.End);
        var from = Math.Max(0, first - Reach);
        var to = Math.Min(words.Count - 1, Math.Max(last, first - 1) + Reach);
        var stems = new List<string>();
        for (var k = from; k <= to; k++)
        {
            if (!ownWords && k >= first && k <= last)
            {
                continue;
            }

            var word = words[k].Word;
            var bare = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word;
            if (bare.Length < 3 || stopwords.Contains(bare))
            {
                continue;
            }

            var stem = bare.Length > 5 ? bare[..5] : bare.TrimEnd('s');
            if (!stems.Contains(stem))
            {
                stems.Add(stem);
            }
        }

        var aroundStart = first - Shown >= 0 && first - Shown < words.Count ? Math.Min(words[first - Shown].Start, figure.Start) : sentence.Start;
        var afterLast = Math.Max(last, first - 1) + Shown + 1;
        var aroundEnd = afterLast < words.Count ? words[afterLast].Start : sentence.End;
        var around = string.Join(' ', text[aroundStart..Math.Max(aroundEnd, figure.End)].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd(',', ';', ':');
        var (frameFirst, frameLast) = (framing.FindIndex(w => w.Start >= figure.Start), framing.FindLastIndex(w => w.Start < figure.End));
        frameFirst = frameFirst < 0 ? framing.Count : frameFirst;
        var before = framing.Skip(Math.Max(0, frameFirst - Framed)).Take(frameFirst - Math.Max(0, frameFirst - Framed)).Select(w => w.Word).ToArray();
        var after = framing.Skip(Math.Max(frameLast, frameFirst - 1) + 1).Take(Framed).Select(w => w.Word).ToArray();
        return ([.. stems], around, $"{string.Join(' ', before)} # {string.Join(' ', after)}", before.Length + after.Length);
    }

    /// <summary>Words either side of a figure that make its frame.</summary>
    private const int Framed = 5;

    /// <summary>
    /// The words and the numbers of a sentence, in order: numbers are no context of a figure, but
    /// they frame it (in "aged 16, 19 and 24" each number stands in another frame).
    /// </summary>
    private static List<(int Start, string Word)> FramingOf(string text, Sentence sentence, List<(int Start, string Word)> words)
    {
        var framing = new List<(int Start, string Word)>(words.Count + 4);
        foreach (var token in sentence.Tokens)
        {
            if (token.Kind == TokenKind.Number && char.IsDigit(text[token.Span.Start]))
            {
                framing.Add((token.Span.Start, text.Substring(token.Span.Start, token.Span.Length)));
            }
        }

        if (framing.Count == 0)
        {
            return words;
        }

        framing.AddRange(words);
        framing.Sort((a, b) => a.Start.CompareTo(b.Start));
        return framing;
    }

    /// <summary>
    /// The words of a sentence, lower-cased, with where each starts: the letters of its word and
    /// number tokens, cut at anything but an apostrophe between letters ("two-month-old" is three
    /// words, "6th" gives "th").
    /// </summary>
    private static List<(int Start, string Word)> WordsOf(string text, Sentence sentence)
    {
        var words = new List<(int Start, string Word)>();
        foreach (var token in sentence.Tokens)
        {
            if (token.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                continue;
            }

            for (var i = token.Span.Start; i < token.Span.End;)
            {
                if (!char.IsLetter(text[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < token.Span.End && (char.IsLetter(text[i]) || (text[i] is '\'' or '\u2019' && i + 1 < token.Span.End && char.IsLetter(text[i + 1]))))
                {
                    i++;
                }

                words.Add((start, text[start..i].ToLowerInvariant()));
            }
        }

        return words;
    }

    /// <summary>Words either side of a figure shown to a reader.</summary>
    private const int Shown = 4;
}
