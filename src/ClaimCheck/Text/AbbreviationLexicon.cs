namespace ClaimCheck.Text;

/// <summary>
/// Abbreviations from rules/text: after a never-final one ("Mr.", "Feb.") a full stop never ends a
/// sentence; after a may-end one ("U.S.", "Inc."), a dotted acronym or an initial it ends one only
/// when the next word is a sentence opener ("The", "He", ...).
/// </summary>
internal sealed class AbbreviationLexicon
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> neverFinal;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> mayEnd;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> openers;

    public AbbreviationLexicon(IEnumerable<string> neverFinal, IEnumerable<string> mayEnd, IEnumerable<string> openers)
    {
        this.neverFinal = new HashSet<string>(neverFinal, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.mayEnd = new HashSet<string>(mayEnd, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        this.openers = new HashSet<string>(openers, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when <paramref name="word"/> (ending in its full stop) is listed or has the shape of an abbreviation.</summary>
    public bool IsAbbreviation(ReadOnlySpan<char> word) =>
        neverFinal.Contains(word) || mayEnd.Contains(word) || IsInitialOrAcronym(word);

    /// <summary>
    /// Whether a full stop that closes <paramref name="word"/> ends the sentence, given the word
    /// that follows. Words that are not abbreviations always end it.
    /// </summary>
    public bool EndsSentence(ReadOnlySpan<char> word, ReadOnlySpan<char> nextWord)
    {
        if (neverFinal.Contains(word))
        {
            return false;
        }

        return !(mayEnd.Contains(word) || IsInitialOrAcronym(word)) || openers.Contains(nextWord);
    }

    /// <summary>"J." or "U.S."-shaped: single letters each followed by a full stop.</summary>
    private static bool IsInitialOrAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length % 2 != 0)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i += 2)
        {
            if (!char.IsLetter(word[i]) || word[i + 1] != '.')
            {
                return false;
            }
        }

        // A lone lower-case letter before a full stop ends a sentence more often than it is an initial.
        return word.Length > 2 || char.IsUpper(word[0]);
    }
}
