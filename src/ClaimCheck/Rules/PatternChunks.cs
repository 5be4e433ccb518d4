using System.Text;

namespace ClaimCheck.Rules;

/// <summary>
/// A long alternation cut into several patterns of its top-level alternatives, each short enough
/// for the JIT to optimize once compiled. The JIT leaves a method past its size limits unoptimized
/// (MinOpts), and a compiled regex is one method: the tense cues, once they grew past about 1,500
/// characters, ran six times slower over TimeBank (176 ms against 30 ms). Run in order, the
/// pieces find what the whole would (see <see cref="Time.TenseCues"/>): the leftmost match, and
/// at one position the earlier alternative.
/// </summary>
internal static class PatternChunks
{
    /// <summary>
    /// Characters of pattern text per piece: the patterns of rules/time reach the limits at 1,300
    /// to 1,900 characters (at 45 to 65 bytes of machine code each), so this stays well under.
    /// </summary>
    public const int MaxLength = 600;

    /// <summary>
    /// The top-level alternatives of <paramref name="pattern"/>, joined into pieces of at most
    /// <see cref="MaxLength"/> characters where they fit, in their order; the whole pattern alone
    /// when an inline option at the top level (<c>(?i)</c>) would reach across the cut.
    /// </summary>
    public static ImmutableArray<string> Of(string pattern, bool ignoreWhitespace)
    {
        if (Alternatives(pattern, ignoreWhitespace) is not { } alternatives)
        {
            return [pattern];
        }

        var pieces = ImmutableArray.CreateBuilder<string>();
        var piece = new StringBuilder();
        foreach (var alternative in alternatives)
        {
            if (piece.Length > 0 && piece.Length + 1 + alternative.Length > MaxLength)
            {
                pieces.Add(piece.ToString());
                piece.Clear();
            }

            piece.Append(piece.Length > 0 ? "|" : "").Append(alternative);
        }

        pieces.Add(piece.ToString());
        return pieces.ToImmutable();
    }

    private static List<string>? Alternatives(string pattern, bool ignoreWhitespace)
    {
        var alternatives = new List<string>();
        var (depth, start, inClass) = (0, 0, false);
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case ']' when inClass:
                    inClass = false;
                    break;
                case '[' when !inClass:
                    inClass = true;
                    // A ']' right after '[' or '[^' is a member, not the end.
                    i += pattern.AsSpan(i + 1).StartsWith("^]") ? 2 : pattern.AsSpan(i + 1).StartsWith("]") ? 1 : 0;
                    break;
                case '#' when ignoreWhitespace && !inClass:
                    var end = pattern.IndexOf('\n', i);
                    i = end < 0 ? pattern.Length : end;
                    break;
                case '(' when !inClass:
                    if (depth == 0 && IsInlineOption(pattern.AsSpan(i)))
                    {
                        return null;
                    }

                    depth++;
                    break;
                case ')' when !inClass:
                    depth--;
                    break;
                case '|' when !inClass && depth == 0:
                    alternatives.Add(pattern[start..i]);
                    start = i + 1;
                    break;
            }
        }

        alternatives.Add(pattern[start..]);
        return alternatives;
    }

    /// <summary>"(?i)", "(?-i)", "(?x-s)": options for the rest of the enclosing group, not a group of their own.</summary>
    private static bool IsInlineOption(ReadOnlySpan<char> group)
    {
        if (!group.StartsWith("(?"))
        {
            return false;
        }

        var options = group[2..];
        var length = options.IndexOfAnyExcept("imnsx-");
        return length > 0 && options[length] == ')';
    }
}
