using System.Globalization;

namespace ClaimCheck.Text;

/// <summary>
/// Cuts a sentence into tokens in one pass. Words keep internal hyphens and apostrophes
/// ("two-month-old", "al-Assad", "Ja'afari") and the full stop of an abbreviation ("U.S.", "Mr.");
/// numbers keep separators between digits and a letter suffix ("275,000", "13.5", "6m");
/// runs of one punctuation mark ("...", "--") are one token; every other symbol is one token.
/// </summary>
internal sealed class Tokenizer(AbbreviationLexicon abbreviations)
{
    public ImmutableArray<Token> Tokenize(string text, TextSpan span)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var end = span.End;
        var i = span.Start;
        while (i < end)
        {
            var c = text[i];
            int next;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                next = WordEnd(text, i, end);
                kind = TokenKind.Word;
            }
            else if (char.IsDigit(c))
            {
                next = NumberEnd(text, i, end);
                kind = TokenKind.Number;
            }
            else if (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format)
            {
                i++;
                continue;
            }
            else if (char.IsPunctuation(c))
            {
                next = i + 1;
                while (next < end && text[next] == c)
                {
                    next++;
                }

                kind = TokenKind.Punctuation;
            }
            else
            {
                next = char.IsSurrogatePair(text, i) && i + 1 < end ? i + 2 : i + 1;
                kind = TokenKind.Symbol;
            }

            tokens.Add(new Token(TextSpan.FromBounds(i, next), kind));
            i = next;
        }

        return tokens.ToImmutable();
    }

    private int WordEnd(string text, int start, int end)
    {
        var i = ContinueWord(text, start + 1, end);
        if (i < end && text[i] == '.')
        {
            var dotted = DottedEnd(text, start, i, end);
            if (dotted > i + 1)
            {
                // "U.S." may go on as a compound: "U.S.-backed".
                return ContinueWord(text, dotted, end);
            }

            if (abbreviations.IsAbbreviation(text.AsSpan(start, i + 1 - start)))
            {
                return i + 1;
            }
        }

        return i;
    }

    /// <summary>Letters, digits and marks, and a joiner when a letter or digit follows it.</summary>
    private static int ContinueWord(string text, int i, int end)
    {
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                i++;
            }
            else if (IsJoiner(c) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>The end of an acronym like "U.S." or "a.m." that starts with the one-letter word text[start..dot).</summary>
    private static int DottedEnd(string text, int start, int dot, int end)
    {
        if (dot - start != 1)
        {
            return dot;
        }

        var i = dot;
        while (i + 2 < end && text[i] == '.' && char.IsLetter(text[i + 1]) && text[i + 2] == '.')
        {
            i += 2;
        }

        return i > dot ? i + 1 : dot;
    }

    private static bool IsJoiner(char c) => c is '-' or '\'' or '’' or '‐';

    private static int NumberEnd(string text, int start, int end)
    {
        var i = start + 1;
        while (i < end)
        {
            var c = text[i];
            if (char.IsDigit(c) || char.IsLetter(c))
            {
                i++;
            }
            else if ((c is ',' or '.' && i + 1 < end && char.IsDigit(text[i + 1]))
                || (IsJoiner(c) && i + 1 < end && char.IsLetterOrDigit(text[i + 1])))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }
}
