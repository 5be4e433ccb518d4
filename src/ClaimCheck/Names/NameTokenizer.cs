namespace ClaimCheck.Names;

/// <summary>How a token is written; a gazetteer alias written "US" only matches text written the same way.</summary>
internal enum TokenShape
{
    /// <summary>Starts with a lower-case letter ("de", "said").</summary>
    Lower,

    /// <summary>Starts with an upper-case letter ("Kerry", "J").</summary>
    Capitalized,

    /// <summary>Two or more letters, all upper case ("US", "KERRY").</summary>
    Upper,

    /// <summary>Digits, or letters of a script without case.</summary>
    Other,

    /// <summary>One punctuation or symbol character.</summary>
    Punctuation,
}

/// <summary>A token of a sentence for name lookup; offsets are relative to the sentence.</summary>
internal readonly record struct NameToken(int Start, int End, TokenShape Shape, bool SpaceBefore)
{
    public int Length => End - Start;

    public bool IsWord => Shape != TokenShape.Punctuation;

    public bool IsCapitalized => Shape is TokenShape.Capitalized or TokenShape.Upper;
}

/// <summary>
/// Splits a sentence into words (runs of letters and digits) and single punctuation characters.
/// Square brackets are skipped: an editor's insertion ("the Secretary [John Kerry]") reads as
/// if it were plain text. Aliases are split the same way, so "U.S." and "al-Assad" match.
/// </summary>
internal static class NameTokenizer
{
    public static List<NameToken> Tokenize(ReadOnlySpan<char> text)
    {
        var tokens = new List<NameToken>(text.Length / 5 + 1);
        var spaceBefore = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '[' or ']')
            {
                spaceBefore |= char.IsWhiteSpace(c);
                i++;
                continue;
            }

            if (IsWordChar(c))
            {
                var start = i;
                var upper = 0;
                var letters = 0;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    if (char.IsLetter(text[i]))
                    {
                        letters++;
                        if (char.IsUpper(text[i]))
                        {
                            upper++;
                        }
                    }

                    i++;
                }

                tokens.Add(new NameToken(start, i, ShapeOf(c, letters, upper), spaceBefore));
            }
            else
            {
                tokens.Add(new NameToken(i, i + 1, TokenShape.Punctuation, spaceBefore));
                i++;
            }

            spaceBefore = false;
        }

        return tokens;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static TokenShape ShapeOf(char first, int letters, int upper)
    {
        if (char.IsLower(first))
        {
            return TokenShape.Lower;
        }

        if (char.IsUpper(first))
        {
            return letters >= 2 && upper == letters ? TokenShape.Upper : TokenShape.Capitalized;
        }

        return TokenShape.Other;
    }
}
