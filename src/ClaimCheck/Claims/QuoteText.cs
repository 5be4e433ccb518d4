using System.Globalization;
using System.Text;

namespace ClaimCheck.Claims;

/// <summary>Quote wording reduced to comparable words: case, accents, punctuation and acronym dots folded ("U.S." = "US").</summary>
public static class QuoteText
{
    public static ImmutableArray<string> Words(string text)
    {
        var words = ImmutableArray.CreateBuilder<string>();
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '.' or '\'' or '\u2019')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words.ToImmutable();
    }
}
