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

    private List<(TextSpan, Tense, bool)> Find()
    {
        var found = new List<(TextSpan, Tense, bool)>();
        if (lexicon.TenseCues is not { } pattern)
        {
            return found;
        }

        try
        {
            for (var m = pattern.Match(scan.Source, scan.Start, scan.Length); m.Success; m = m.NextMatch())
            {
                found.Add((new TextSpan(m.Index + scan.Shift, m.Length), m.Groups["future"].Success ? Tense.Future : Tense.Past, m.Groups["reporting"].Success));
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
}
