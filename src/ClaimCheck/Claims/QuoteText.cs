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
        foreach (var word in new FoldedWords(text, new char[32]))
        {
            words.Add(word.ToString());
        }

        return words.ToImmutable();
    }
}

/// <summary>
/// The words of a text as <see cref="QuoteText.Words"/> folds them, one at a time in a buffer of
/// the caller's, so that counting the words of a long text allocates nothing per word.
/// </summary>
public ref struct FoldedWords
{
    private readonly ReadOnlySpan<char> text;
    private char[] buffer;
    private int position;
    private int length;

    public FoldedWords(ReadOnlySpan<char> text, char[] buffer)
    {
        this.text = text;
        this.buffer = buffer.Length > 0 ? buffer : new char[32];
    }

    /// <summary>The current word; valid until the next <see cref="MoveNext"/>.</summary>
    public readonly ReadOnlySpan<char> Current => buffer.AsSpan(0, length);

    public readonly FoldedWords GetEnumerator() => this;

    public bool MoveNext()
    {
        length = 0;
        while (position < text.Length)
        {
            var c = text[position++];
            if (c is '.' or '\'' or '\u2019')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                buffer[length++] = NameFolding.Fold(c);
            }
            else if (length > 0)
            {
                return true;
            }
        }

        return length > 0;
    }
}
