namespace ClaimCheck.Text;

/// <summary>Two writings of one word or number that differ by a slip of the keyboard.</summary>
internal static class Typos
{
    /// <summary>
    /// Whether two different strings differ by one character changed or two neighbours swapped
    /// ("723,632" and "723,642"; "17,410,742" and "17,410,472"), or, unless
    /// <paramref name="sameLength"/>, by one character left out or added ("Hernadez" and "Hernandez").
    /// </summary>
    public static bool OneSlipApart(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool sameLength)
    {
        if (a.SequenceEqual(b) || (sameLength ? a.Length != b.Length : Math.Abs(a.Length - b.Length) > 1))
        {
            return false;
        }

        var start = a.CommonPrefixLength(b);
        var (endA, endB) = (a.Length, b.Length);
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            (endA, endB) = (endA - 1, endB - 1);
        }

        var (restA, restB) = (endA - start, endB - start);
        return (restA <= 1 && restB <= 1)
            || (restA == 2 && restB == 2 && a[start] == b[start + 1] && a[start + 1] == b[start]);
    }

    /// <summary>Letters inserted, dropped, changed, or two beside each other swapped, to turn one word into the other.</summary>
    public static int Slips(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
