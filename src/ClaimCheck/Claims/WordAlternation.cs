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
}
