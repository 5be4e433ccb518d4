using System.Text.RegularExpressions;
using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Time;

/// <summary>
/// The tense cues of one sentence ("will", "is scheduled", "said", "-ed" verbs), found on first
/// use. The tense at an expression is that of the nearest cue outside it; on a tie the cue
/// before the expression wins.
/// </summary>
internal sealed class TenseCues(TimeLexicon lexicon, TimeRecognizer.ScanText scan, string articleId, int sentence, DiagnosticBag diagnostics)
{
    private List<(TextSpan Span, Tense Tense)>? cues;

    public Tense At(TextSpan expression)
    {
        cues ??= Find();
        var best = Tense.None;
        var bestDistance = int.MaxValue;
        foreach (var (span, tense) in cues)
        {
            var distance = span.End <= expression.Start ? expression.Start - span.End
                : span.Start >= expression.End ? span.Start - expression.End + 1
                : int.MaxValue;
            if (distance < bestDistance)
            {
                (best, bestDistance) = (tense, distance);
            }
        }

        return best;
    }

    private List<(TextSpan, Tense)> Find()
    {
        var found = new List<(TextSpan, Tense)>();
        if (lexicon.TenseCues is not { } pattern)
        {
            return found;
        }

        try
        {
            for (var m = pattern.Match(scan.Source, scan.Start, scan.Length); m.Success; m = m.NextMatch())
            {
                found.Add((new TextSpan(m.Index + scan.Shift, m.Length), m.Groups["future"].Success ? Tense.Future : Tense.Past));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            var (file, line, column) = lexicon.TenseSource;
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.RegexTimeout, file, line, column, $"the tense cues took too long on sentence {sentence + 1} of article '{articleId}'; its expressions are read without tense"));
            found.Clear();
        }

        return found;
    }
}
