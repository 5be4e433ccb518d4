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

    /// <summary>
    /// Latin letters with diacritics (U+00C0–U+024F) and the base letter each folds to. Written out
    /// because Unicode decomposition is not available under invariant globalization, and because
    /// some letters (ø, ł, đ, ß, æ) have no decomposition at all.
    /// </summary>
    private const string Accented = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇňŉŌōŎŏŐőŒœŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƀƁƇƈƊƋƌƑƒƓƗƘƙƚƝƞƠơƤƥƫƬƭƮƯưƲƳƴƵƶǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǤǥǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȡȦȧȨȩȪȫȬȭȮȯȰȱȲȳȴȵȶȷȺȻȼȽȾɃɆɇɈɉɌɍɎɏ";

    private const string Bases = "aaaaaaaceeeeiiiidnoooooouuuuytsaaaaaaaceeeeiiiidnoooooouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjkkkllllllllllnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzsbbccdddffgikklnnooppttttuuvyyzzaaiioouuuuuuuuuuaaaaggggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhdaaeeooooooooyylntjaccltbeejjrryy";

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            table[i] = char.ToLowerInvariant((char)i);
        }

        for (var i = 0; i < Accented.Length; i++)
        {
            table[Accented[i]] = Bases[i];
        }

        table['`'] = '\'';
        table['\u00B4'] = '\'';
        return table;
    }
}
