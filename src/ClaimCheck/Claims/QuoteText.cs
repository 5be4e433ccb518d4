using System.Text;
using ClaimCheck.Names;

namespace ClaimCheck.Claims;

/// <summary>
/// Quote wording reduced to comparable words: case and accents folded (with the names stage's fold
/// table: Unicode decomposition is not available under invariant globalization), punctuation
/// dropped, and acronym dots and apostrophes closed up ("U.S." = "US").
/// </summary>
public static class QuoteText
{
    public static ImmutableArray<string> Words(string text)
    {
        var words = ImmutableArray.CreateBuilder<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (c is '.' or '\'' or '\u2019')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                current.Append(NameFolding.Fold(c));
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
