using System.Buffers;

namespace ClaimCheck.Text;

/// <summary>
/// Splits one stretch of kept text (never more than a line) into sentences in a single pass:
/// '.', '?', '!' and '…' end a sentence when white space follows (after any closing quotes or
/// brackets) and then a capital or an opening quote or bracket, unless an abbreviation says otherwise.
/// </summary>
internal sealed class SentenceSplitter(AbbreviationLexicon abbreviations)
{
    private const string Terminators = ".?!…";
    private static readonly SearchValues<char> TerminatorValues = SearchValues.Create(Terminators);
    private const string Closers = "\"'”’)]»›";
    private const string Openers = "\"'“‘([«‹";

    /// <summary>Adds the sentences of text[start..end) to <paramref name="output"/>, trimmed of white space, none empty.</summary>
    public void Split(string text, int start, int end, List<TextSpan> output)
    {
        var sentenceStart = start;
        var i = start;
        while (i < end)
        {
            var skip = text.AsSpan(i, end - i).IndexOfAny(TerminatorValues);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var runEnd = i + 1;
            while (runEnd < end && Terminators.Contains(text[runEnd]))
            {
                runEnd++;
            }

            var closed = runEnd;
            while (closed < end && Closers.Contains(text[closed]))
            {
                closed++;
            }

            var next = closed;
            while (next < end && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            var boundary = next > closed && next < end
                && (char.IsUpper(text[next]) || Openers.Contains(text[next]))
                && (runEnd - i > 1 || text[i] != '.' || abbreviations.EndsSentence(WordBefore(text, sentenceStart, runEnd), WordAt(text, next, end)));
            if (boundary)
            {
                AddTrimmed(text, sentenceStart, closed, output);
                sentenceStart = next;
                i = next;
            }
            else
            {
                i = runEnd;
            }
        }

        AddTrimmed(text, sentenceStart, end, output);
    }

    /// <summary>The word that ends at <paramref name="end"/> (its full stop included), without leading quotes or brackets.</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int limit, int end)
    {
        var start = end;
        while (start > limit && !char.IsWhiteSpace(text[start - 1]) && !Openers.Contains(text[start - 1]))
        {
            start--;
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>The letters of the word starting at <paramref name="start"/>.</summary>
    private static ReadOnlySpan<char> WordAt(string text, int start, int limit)
    {
        var end = start;
        while (end < limit && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> output)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            output.Add(TextSpan.FromBounds(start, end));
        }
    }
}
