using System.Text.RegularExpressions;
using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Time;

/// <summary>
/// The tense cues of one sentence ("will", "is scheduled", "said", "-ed" verbs), found on first
/// use. The tense at an expression is that of the nearest cue outside it; on a tie the cue
/// before the expression wins.
/// </summary>
internal sealed class TenseCues(Regex? pattern, Document document, Sentence sentence, DiagnosticBag diagnostics)
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
        if (pattern is null)
        {
            return found;
        }

        try
        {
            for (var m = pattern.Match(document.Text, sentence.Span.Start, sentence.Span.Length); m.Success; m = m.NextMatch())
            {
                found.Add((new TextSpan(m.Index, m.Length), m.Groups["future"].Success ? Tense.Future : Tense.Past));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.RegexTimeout, "lexicon: tense", 0, 0, $"the tense cues took too long on sentence {sentence.Index + 1} of article '{document.Article.Id}'; its expressions are read without tense"));
            found.Clear();
        }

        return found;
    }
}
