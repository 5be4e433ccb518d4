using System.Text.RegularExpressions;

namespace ClaimCheck.Claims;

/// <summary>The words of a lexicon as one regex alternation, as the concept, superlative and tally lexicons build theirs.</summary>
internal static class WordAlternation
{
    /// <summary>
    /// The words escaped and joined with <c>|</c>, longest first so that "most intense" wins over
    /// "most", then in ordinal order so that the pattern is the same on every run; a space inside a
    /// word matches <paramref name="space"/>. Empty when there are no words.
    /// </summary>
    public static string Of(IEnumerable<string> words, string space = @"\s+") =>
        string.Join("|", words.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Select(w => Regex.Escape(w).Replace("\\ ", space, StringComparison.Ordinal)));

    /// <summary>
    /// A lexicon word, or a match of its alternation, as the key it is looked up by: in lower case,
    /// each run of white space (any that <c>\s</c> matches, a no-break space too) as one space, and
    /// with <paramref name="hyphens"/> each hyphen as a space ("most-powerful").
    /// </summary>
    public static string Key(string words, bool hyphens = false) =>
        string.Join(' ', words.Split(c => char.IsWhiteSpace(c) || (hyphens && c == '-'))).ToLowerInvariant();

    private static IEnumerable<string> Split(this string text, Func<char, bool> separator)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || separator(text[i]))
            {
                if (i > start)
                {
                    yield return text[start..i];
                }

                start = i + 1;
            }
        }
    }
}
