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
        var text = document.Text;
        var persons = entities.Where(e => e.Type == EntityType.Person).OrderBy(e => e.Span.Start).ToImmutableArray();
        var quoteSpans = FindQuoteSpans(document);
        var result = ImmutableArray.CreateBuilder<QuoteMention>();
        foreach (var (span, sentence) in quoteSpans)
        {
            var speaker = SpeakerAfter(text, span, persons, quoteSpans) ?? SpeakerBefore(text, span, persons, quoteSpans) ?? LastSubject(text, span.Start, persons, quoteSpans);
            result.Add(new QuoteMention(span, RuleId, sentence, document.Slice(span), speaker?.EntityId, speaker?.CanonicalName));
        }

        return result.ToImmutable();
    }

    /// <summary>Spans of quoted words (without the marks), each with the sentence it starts in.</summary>
    private static ImmutableArray<(TextSpan Span, int Sentence)> FindQuoteSpans(Document document)
    {
        var text = document.Text;
        var spans = ImmutableArray.CreateBuilder<(TextSpan, int)>();
        int? open = null;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            if (c == '\n')
            {
                if (open is { } start)
                {
                    Add(start, i);
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
                Add(start, i);
                open = null;
            }
        }

        return spans.ToImmutable();

        void Add(int start, int end)
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
                spans.Add((TextSpan.FromBounds(start, end), sentence.Index));
            }
        }
    }

    private EntityMention? SpeakerAfter(string text, TextSpan quote, ImmutableArray<EntityMention> persons, ImmutableArray<(TextSpan Span, int Sentence)> quotes)
    {
        var from = quote.End + 1;
        var to = WindowEnd(text, from, quotes);
        if (from >= to)
        {
            return null;
        }

        var window = text[from..to];
        var verb = cues.After.Match(window);
        if (!verb.Success)
        {
            return null;
        }

        if (verb.Groups["pronoun"].Success)
        {
            return LastSubject(text, quote.Start, persons, quotes);
        }

        var named = persons.FirstOrDefault(p => p.Span.Start >= from && p.Span.Start < to);
        return named ?? LastSubject(text, quote.Start, persons, quotes);
    }

    private EntityMention? SpeakerBefore(string text, TextSpan quote, ImmutableArray<EntityMention> persons, ImmutableArray<(TextSpan Span, int Sentence)> quotes)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, quote.Start - 1)) + 1;
        var previousQuoteEnd = quotes.Where(q => q.Span.End < quote.Start).Select(q => q.Span.End + 1).DefaultIfEmpty(0).Max();
        var from = Math.Max(Math.Max(lineStart, previousQuoteEnd), quote.Start - SpeakerWindow);
        var window = text[from..Math.Max(from, quote.Start - 1)];
        var verb = cues.Before.Match(window);
        if (!verb.Success)
        {
            return null;
        }

        if (verb.Groups["pronoun"].Success)
        {
            return LastSubject(text, quote.Start, persons, quotes);
        }

        var verbAt = from + verb.Index;
        return persons.LastOrDefault(p => p.Span.Start >= from && p.Span.End <= verbAt) ?? LastSubject(text, quote.Start, persons, quotes);
    }

    /// <summary>The last person before an offset who spoke (next to a speech verb) or led a sentence, outside quotes.</summary>
    private EntityMention? LastSubject(string text, int before, ImmutableArray<EntityMention> persons, ImmutableArray<(TextSpan Span, int Sentence)> quotes)
    {
        for (var i = persons.Length - 1; i >= 0; i--)
        {
            var person = persons[i];
            if (person.Span.Start >= before || quotes.Any(q => q.Span.Contains(person.Span)))
            {
                continue;
            }

            var after = text.AsSpan(person.Span.End, Math.Min(40, text.Length - person.Span.End)).ToString();
            var lineStart = text.LastIndexOf('\n', Math.Max(0, person.Span.Start - 1)) + 1;
            var lead = text[lineStart..person.Span.Start];
            if (cues.SubjectVerb.IsMatch(after) || cues.SentenceLead.IsMatch(lead))
            {
                return person;
            }
        }

        return null;
    }

    private static int WindowEnd(string text, int from, ImmutableArray<(TextSpan Span, int Sentence)> quotes)
    {
        var lineEnd = text.IndexOf('\n', Math.Min(from, text.Length));
        var end = lineEnd < 0 ? text.Length : lineEnd;
        var nextQuote = quotes.Where(q => q.Span.Start > from).Select(q => q.Span.Start - 1).DefaultIfEmpty(end).Min();
        return Math.Min(Math.Min(end, nextQuote), from + SpeakerWindow);
    }
}
