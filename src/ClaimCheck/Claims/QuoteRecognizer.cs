using System.Text.RegularExpressions;
using ClaimCheck.Names;
using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>
/// Finds quoted words and their speaker. Quotes are paired within a line (a news paragraph), since
/// one quote often holds several sentences; an unclosed quote runs to the end of its line, as
/// multi-paragraph quotes do. The speaker is the person named next to a speech verb beside the
/// quote; "he said" and bare roles fall back to the last person who spoke or led a sentence.
/// The speech-verb patterns come from rules/claims/quotes.yaml (<see cref="QuoteCues"/>).
/// </summary>
public sealed class QuoteRecognizer
{
    public const string RuleId = "claims.quote";

    private const int SpeakerWindow = 120;

    private readonly QuoteCues cues;

    public QuoteRecognizer(QuoteCues cues)
    {
        this.cues = cues;
    }

    public ImmutableArray<QuoteMention> Recognize(Document document, ImmutableArray<EntityMention> entities, DiagnosticBag diagnostics)
    {
        var quotes = FindQuoteSpans(document);
        var persons = entities.Where(e => e.Type == EntityType.Person).OrderBy(e => e.Span.Start).ToImmutableArray();
        var page = new Page(document.Text, persons, quotes);
        page.FindSubjects(cues);
        var result = ImmutableArray.CreateBuilder<QuoteMention>();
        var speakers = new EntityMention?[quotes.Length];
        for (var i = 0; i < quotes.Length; i++)
        {
            var (span, sentence, _) = quotes[i];
            var speaker = speakers[i] = SpeakerAfter(page, i) ?? (ContinuesPrevious(document.Text, quotes, i) ? speakers[i - 1] : null) ?? SpeakerBefore(page, i) ?? page.LastSubject(span.Start);
            result.Add(new QuoteMention(span, RuleId, sentence, document.Slice(span), speaker?.EntityId, speaker?.CanonicalName));
        }

        var quoted = result.Count;
        result.AddRange(TranscriptLines(document, persons, quotes));
        return result.Count == quoted ? result.ToImmutable() : [.. result.OrderBy(q => q.Span.Start)];
    }

    /// <summary>
    /// A transcript's lines ("SECRETARY JANE DOE: We will meet again."): the words after the label,
    /// spoken by the person of the article whose name the label holds, the longest if several do.
    /// A label that names no person of the article ("BREAKING NEWS:") is no speaker's, a line that
    /// ends without a sentence's stop is a heading, and a line that already holds quote marks is
    /// read by them.
    /// </summary>
    private IEnumerable<QuoteMention> TranscriptLines(Document document, ImmutableArray<EntityMention> persons, ImmutableArray<(TextSpan Span, int Sentence, bool RunsOn)> quotes)
    {
        var text = document.Text;
        IReadOnlyList<EntityMention>? named = null;
        foreach (Match line in cues.Transcript.Matches(text))
        {
            var end = text.IndexOf('\n', line.Index + line.Length);
            var span = TextSpan.FromBounds(line.Index + line.Length, end < 0 ? text.Length : end);
            while (span.Length > 0 && char.IsWhiteSpace(text[span.End - 1]))
            {
                span = TextSpan.FromBounds(span.Start, span.End - 1);
            }

            if (span.Length == 0 || !".!?\u2026".Contains(text[span.End - 1], StringComparison.Ordinal)
                || HoldsQuote(span) || document.SentenceAt(span.Start) is not { } sentence)
            {
                continue;
            }

            // Each name once, at its first mention: a transcript has a label on every line.
            var label = line.Groups["label"].Value;
            named ??= [.. persons.DistinctBy(p => p.CanonicalName, StringComparer.Ordinal)];
            var speaker = named
                .Where(p => label.Contains(p.CanonicalName, StringComparison.OrdinalIgnoreCase))
                .MaxBy(p => p.CanonicalName.Length);
            if (speaker is not null)
            {
                yield return new QuoteMention(span, RuleId, sentence.Index, document.Slice(span), speaker.EntityId, speaker.CanonicalName);
            }
        }

        bool HoldsQuote(TextSpan span)
        {
            var next = Sorted.FirstFrom(quotes, span.Start, q => q.Span.Start);
            return next < quotes.Length && quotes[next].Span.Start < span.End;
        }
    }

    /// <summary>
    /// A quote that opens a paragraph right after a paragraph whose quote was left open: news
    /// leaves the closing mark off when one speaker's words run on into the next paragraph, which
    /// reopens the quote, so the words are still the previous quote's speaker's.
    /// </summary>
    private static bool ContinuesPrevious(string text, ImmutableArray<(TextSpan Span, int Sentence, bool RunsOn)> quotes, int i)
    {
        if (i == 0 || !quotes[i - 1].RunsOn)
        {
            return false;
        }

        // Only the line break, blank lines and the reopening mark lie between the two.
        var lineBreak = false;
        foreach (var c in text.AsSpan(quotes[i - 1].Span.End, quotes[i].Span.Start - quotes[i - 1].Span.End))
        {
            lineBreak |= c == '\n';
            if (!char.IsWhiteSpace(c) && c is not ('\u201C' or '"'))
            {
                return false;
            }
        }

        return lineBreak;
    }

    /// <summary>
    /// Spans of quoted words (without the marks), each with the sentence it starts in and whether
    /// its paragraph ended before a closing mark did.
    /// </summary>
    private static ImmutableArray<(TextSpan Span, int Sentence, bool RunsOn)> FindQuoteSpans(Document document)
    {
        var text = document.Text;
        var spans = ImmutableArray.CreateBuilder<(TextSpan, int, bool)>();
        int? open = null;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            if (c == '\n')
            {
                if (open is { } start)
                {
                    Add(start, i, runsOn: true);
                }

                open = null;
                continue;
            }

            var isOpen = c == '\u201C' || (c == '"' && open is null);
            var isClose = c == '\u201D' || (c == '"' && open is not null);
            if (isOpen && open is null)
            {
                open = i + 1;
            }
            else if (isClose && open is { } start)
            {
                Add(start, i, runsOn: false);
                open = null;
            }
        }

        return spans.ToImmutable();

        void Add(int start, int end, bool runsOn)
        {
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > start && document.SentenceAt(start) is { } sentence)
            {
                spans.Add((TextSpan.FromBounds(start, end), sentence.Index, runsOn));
            }
        }
    }

    private EntityMention? SpeakerAfter(Page page, int quote)
    {
        var text = page.Text;
        var from = page.Quotes[quote].Span.End + 1;
        var lineEnd = from < text.Length ? text.IndexOf('\n', from) : -1;
        var nextQuote = quote + 1 < page.Quotes.Length ? page.Quotes[quote + 1].Span.Start - 1 : text.Length;
        var to = Math.Min(Math.Min(lineEnd < 0 ? text.Length : lineEnd, nextQuote), from + SpeakerWindow);
        if (from >= to)
        {
            return null;
        }

        var verb = cues.After.Match(text, from, to - from);
        if (!verb.Success)
        {
            return null;
        }

        var start = page.Quotes[quote].Span.Start;
        return verb.Groups["pronoun"].Success
            ? page.LastSubject(start)
            : page.FirstStartingIn(from, to) ?? page.LastSubject(start);
    }

    private EntityMention? SpeakerBefore(Page page, int quote)
    {
        var text = page.Text;
        var start = page.Quotes[quote].Span.Start;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var previousQuoteEnd = quote > 0 ? page.Quotes[quote - 1].Span.End + 1 : 0;
        var from = Math.Max(Math.Max(lineStart, previousQuoteEnd), start - SpeakerWindow);
        var window = text[from..Math.Max(from, start - 1)];
        var verb = cues.Before.Match(window);
        if (!verb.Success)
        {
            return null;
        }

        if (verb.Groups["pronoun"].Success)
        {
            return page.LastSubject(start);
        }

        // The speaker named before the verb ("Kerry said"), else after it: a quote broken by its
        // attribution goes on after "said Jane Doe, the chair," with the same speaker.
        var verbAt = from + verb.Index;
        return page.LastWithin(from, verbAt)
            ?? page.FirstWithin(verbAt, start)
            ?? page.LastSubject(start);
    }

    /// <summary>
    /// An article's persons (in text order) and quotes, with which persons are speaking subjects:
    /// next to a speech verb, or leading a sentence, and outside quotes. Worked out once per
    /// article, so that finding the last subject before a quote, or a person near one, is a binary
    /// search and not a pass over the article: a long article has thousands of each.
    /// </summary>
    private sealed class Page(string text, ImmutableArray<EntityMention> persons, ImmutableArray<(TextSpan Span, int Sentence, bool RunsOn)> quotes)
    {
        private const int LeadWindow = 12;

        /// <summary>How far after a name its verb may come: past an appositive of up to 60 characters ("Mia Tull, Omar Tull's 7-year-old daughter, said").</summary>
        private const int SubjectWindow = 80;

        private bool[] subjects = [];

        /// <summary>For each person, the index of the last subject at or before it (-1: none).</summary>
        private int[] lastSubject = [];

        public string Text { get; } = text;

        public ImmutableArray<EntityMention> Persons { get; } = persons;

        public ImmutableArray<(TextSpan Span, int Sentence, bool RunsOn)> Quotes { get; } = quotes;

        public void FindSubjects(QuoteCues cues)
        {
            subjects = new bool[Persons.Length];
            var quote = 0;
            for (var i = 0; i < Persons.Length; i++)
            {
                var span = Persons[i].Span;
                while (quote < Quotes.Length && Quotes[quote].Span.End <= span.Start)
                {
                    quote++;
                }

                if (quote < Quotes.Length && Quotes[quote].Span.Contains(span))
                {
                    continue;
                }

                // A sentence's lead is only a few characters (". The "); a window cut mid-line gets
                // a letter in front so that the cue's line-start anchor cannot match there.
                var lineStart = Text.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
                var leadStart = Math.Max(lineStart, span.Start - LeadWindow);
                var lead = leadStart == lineStart ? Text[leadStart..span.Start] : "x" + Text[leadStart..span.Start];
                subjects[i] = cues.SubjectVerb.IsMatch(Text.Substring(span.End, Math.Min(SubjectWindow, Text.Length - span.End)))
                    || cues.SentenceLead.IsMatch(lead);
            }

            lastSubject = new int[Persons.Length];
            for (var i = 0; i < Persons.Length; i++)
            {
                lastSubject[i] = subjects[i] ? i : i > 0 ? lastSubject[i - 1] : -1;
            }
        }

        public EntityMention? LastSubject(int before)
        {
            var last = FirstFrom(before) - 1;
            return last >= 0 && lastSubject[last] >= 0 ? Persons[lastSubject[last]] : null;
        }

        /// <summary>The first person that starts at or after <paramref name="from"/> and before <paramref name="to"/>.</summary>
        public EntityMention? FirstStartingIn(int from, int to)
        {
            var first = FirstFrom(from);
            return first < Persons.Length && Persons[first].Span.Start < to ? Persons[first] : null;
        }

        /// <summary>The first person that starts at or after <paramref name="from"/> and ends at or before <paramref name="to"/>.</summary>
        public EntityMention? FirstWithin(int from, int to)
        {
            for (var i = FirstFrom(from); i < Persons.Length && Persons[i].Span.Start <= to; i++)
            {
                if (Persons[i].Span.End <= to)
                {
                    return Persons[i];
                }
            }

            return null;
        }

        /// <summary>The last person that starts at or after <paramref name="from"/> and ends at or before <paramref name="to"/>.</summary>
        public EntityMention? LastWithin(int from, int to)
        {
            for (var i = FirstFrom(to + 1) - 1; i >= 0 && Persons[i].Span.Start >= from; i--)
            {
                if (Persons[i].Span.End <= to)
                {
                    return Persons[i];
                }
            }

            return null;
        }

        private int FirstFrom(int offset) => Sorted.FirstFrom(Persons, offset, p => p.Span.Start);
    }
}
