using System.Text;

namespace ClaimCheck.Names;

/// <summary>
/// Folds names for comparison: lower case, diacritics removed, one character for one character so
/// offsets in a folded sentence are offsets in the original ("Erdoğan" → "erdogan", "Ø" → "o").
/// Letters outside Latin keep their lower-case form; nothing is dropped.
/// </summary>
public static class NameFolding
{
    private const int TableSize = 0x250;

    private static readonly char[] Table = BuildTable();

    public static char Fold(char c)
    {
        if (c < TableSize)
        {
            return Table[c];
        }

        return c switch
        {
            '\u2018' or '\u2019' or '\u02BC' or '\u2032' => '\'',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' => '-',
            _ => char.ToLowerInvariant(c),
        };
    }

    public static string Fold(string text) => string.Create(text.Length, text, (buffer, source) => Fold(source, buffer));

    public static void Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = Fold(source[i]);
        }
    }

    /// <summary>A name as an id: folded, letters and digits kept, everything else one hyphen ("Sergei Lavrov" → "sergei-lavrov").</summary>
    public static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        var pendingHyphen = false;
        foreach (var raw in name)
        {
            var c = Fold(raw);
            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }

                sb.Append(c);
                pendingHyphen = false;
            }
            else if (c != '\'')
            {
                pendingHyphen = true;
            }
        }

        return sb.ToString();
    }

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            table[i] = Special(c) ?? BaseLetter(c);
        }

        return table;
    }

    private static char BaseLetter(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var first = decomposed[0];
        return char.IsLetter(first) ? char.ToLowerInvariant(first) : char.ToLowerInvariant(c);
    }

    /// <summary>Letters that Unicode does not decompose into a base letter and a mark.</summary>
    private static char? Special(char c) => c switch
    {
        'ø' or 'Ø' => 'o',
        'ł' or 'Ł' => 'l',
        'đ' or 'Đ' or 'ð' or 'Ð' => 'd',
        'ß' => 's',
        'æ' or 'Æ' => 'a',
        'œ' or 'Œ' => 'o',
        'ı' => 'i',
        'þ' or 'Þ' => 't',
        'ħ' or 'Ħ' => 'h',
        '`' or '´' => '\'',
        _ => null,
    };
}
