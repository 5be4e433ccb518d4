using System.Text.RegularExpressions;
using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Time;

/// <summary>
/// The tense cues of one sentence ("will", "is scheduled", "said", "-ed" verbs), found on first
/// use. The tense at an expression is that of the nearest cue outside it; on a tie the cue
/// before the expression wins. A reporting verb after the expression ("will leave Thursday,
/// he said") tells when it was said, not when it happens, so it decides only when no cue
/// precedes the expression.
/// </summary>
internal sealed class TenseCues(TimeLexicon lexicon, TimeRecognizer.ScanText scan, Corpus.Article article, int sentence, DiagnosticBag diagnostics)
{
    private List<(TextSpan Span, Tense Tense, bool Reporting)>? cues;

    public Tense At(TextSpan expression)
    {
        cues ??= Find();

        // Cues come in text order without overlapping, so the nearest before and after the
        // expression are found by binary search: a sentence of thousands of cues stays fast.
        var firstAtOrAfter = FirstStartingAtOrAfter(expression.Start);
        var before = firstAtOrAfter - 1;
        while (before >= 0 && cues[before].Span.End > expression.Start)
        {
            before--;
        }

        var after = FirstStartingAtOrAfter(expression.End);
        var beforeDistance = before >= 0 ? expression.Start - cues[before].Span.End : int.MaxValue;
        var afterDistance = after < cues.Count ? cues[after].Span.Start - expression.End + 1 : int.MaxValue;
        var useAfter = afterDistance < beforeDistance && !(cues[after].Reporting && before >= 0);
        return useAfter ? cues[after].Tense
            : before >= 0 ? cues[before].Tense
            : Tense.None;
    }

    private int FirstStartingAtOrAfter(int position)
    {
        int low = 0, high = cues!.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (cues[middle].Span.Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// The cues in text order, as one alternation of all the patterns would find them: the
    /// leftmost match of any pattern, the earlier pattern's at one position, then on from its end.
    /// </summary>
    private List<(TextSpan, Tense, bool)> Find()
    {
        var found = new List<(TextSpan, Tense, bool)>();
        var patterns = lexicon.TenseCues;
        if (patterns.IsEmpty)
        {
            return found;
        }

        var text = scan.Text.AsSpan();
        var regexes = patterns.Select(p => p.Pattern.Value).ToArray();
        try
        {
            var next = new (int Index, int Length)?[regexes.Length];
            for (var p = 0; p < regexes.Length; p++)
            {
                next[p] = First(regexes[p], text, 0);
            }

            while (Leftmost(next) is { } p)
            {
                var (index, length) = next[p]!.Value;
                found.Add((new TextSpan(index + scan.Shift, length), patterns[p].Tense, patterns[p].Reporting));
                // After an empty match the search moves on one character, as Regex.NextMatch does.
                var from = length > 0 ? index + length : index + 1;
                for (var q = 0; q < regexes.Length; q++)
                {
                    if (next[q] is { } pending && pending.Index < from)
                    {
                        next[q] = from <= text.Length ? First(regexes[q], text, from) : null;
                    }
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            var (file, line, column) = lexicon.TenseSource;
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.RegexTimeout, file, line, column, $"the tense cues took too long on {Diagnostic.SentenceOf(article, sentence)}; its expressions are read without tense"));
            found.Clear();
        }

        return found;
    }

    /// <summary>The first match at or after <paramref name="from"/>; the text before it stays visible to lookbehinds and <c>\b</c>.</summary>
    private static (int Index, int Length)? First(Regex pattern, ReadOnlySpan<char> text, int from)
    {
        foreach (var match in pattern.EnumerateMatches(text, from))
        {
            return (match.Index, match.Length);
        }

        return null;
    }

    /// <summary>The pattern whose pending match starts first (the earliest pattern on a tie), or null when none has one.</summary>
    private static int? Leftmost((int Index, int Length)?[] next)
    {
        int? best = null;
        for (var p = 0; p < next.Length; p++)
        {
            if (next[p] is { } match && (best is not { } b || match.Index < next[b]!.Value.Index))
            {
                best = p;
            }
        }

        return best;
    }
}

/// <summary>One pattern of tense cues and what its matches say: the tense, and whether the cue is a reporting verb.</summary>
internal sealed record TenseCuePattern(TieredRegex Pattern, Tense Tense, bool Reporting);
