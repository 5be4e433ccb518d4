namespace ClaimCheck.Alignment;

/// <summary>
/// 64-bit FNV-1a hashes of text that are the same in every run and on every thread (string hashes
/// are not), so that terms, names and quoted words of articles signed apart compare as numbers.
/// </summary>
internal static class StableHash
{
    public const ulong Basis = 14695981039346656037;

    private const ulong Prime = 1099511628211;

    public static ulong Of(ReadOnlySpan<char> text, ulong hash = Basis)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    /// <summary>Folds one more value (a word's hash) into a running hash.</summary>
    public static ulong Combine(ulong hash, ulong value) => (hash ^ value) * Prime;
}
