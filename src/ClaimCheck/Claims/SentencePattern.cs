using System.Buffers;
using System.Text.RegularExpressions;
using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>
/// A pattern a lexicon builds from its words and runs over each sentence (superlatives,
/// tallies), with where the words are defined, so that a timeout names them (CC0201).
/// <paramref name="Needs"/> holds strings one of which (case ignored) every match contains: a
/// sentence without any is skipped before the pattern, whose lookbehinds are tried at every
/// position (most sentences of news have no superlative and no tally).
/// </summary>
internal sealed record SentencePattern(TieredRegex Pattern, SearchValues<string> Needs, string RuleId, string File, int Line, int Column)
{
    /// <summary>
    /// What the pattern finds in one sentence of an article, in text order; a timeout is reported and
    /// ends the sentence. A match <paramref name="read"/> cannot key (null: a letter case-insensitive
    /// matching takes for one of the lexicon's, which its key does not hold) is no mention.
    /// </summary>
    public ImmutableArray<T> Read<T>(Corpus.Article article, string text, Sentence sentence, DiagnosticBag diagnostics, Func<Match, T?> read)
        where T : class
    {
        if (text.AsSpan(sentence.Span.Start, sentence.Span.Length).IndexOfAny(Needs) < 0)
        {
            return [];
        }

        var found = ImmutableArray.CreateBuilder<T>();

        try
        {
            for (var match = Pattern.Value.Match(text, sentence.Span.Start, sentence.Span.Length); match.Success; match = match.NextMatch())
            {
                if (read(match) is { } mention)
                {
                    found.Add(mention);
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            diagnostics.Add(Diagnostic.RegexTimeout(RuleId, File, Line, Column, article, sentence.Index));
        }

        return found.ToImmutable();
    }
}
