using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ClaimCheck.Rules;

/// <summary>
/// Puts in front of a pattern a one-character lookahead for the characters its matches can begin
/// with. A pattern that opens with a lookaround over the whole sentence ("a results word somewhere
/// in the sentence") makes the regex engine run that lookaround at every position, which is
/// quadratic in the sentence; .NET cannot find a leading character behind it, so it does not skip
/// ahead. The guard fails at once where no match can begin, and a match is never lost: every match
/// consumes a first character, and that character is in the guard's class.
/// </summary>
internal static class LeadingCharacters
{
    /// <summary>A guard that lets through more than this many ASCII characters saves too little to be worth a check per position.</summary>
    private const int MaxUsefulAscii = 40;

    private static readonly ConcurrentDictionary<string, UInt128> AsciiCache = new(StringComparer.Ordinal);

    /// <summary>
    /// The pattern text with its guard in front, or the pattern text itself when no useful guard is
    /// known. The guard is a lookahead for the characters a match can begin with (when they are few)
    /// followed by copies of the cheap lookarounds the pattern tests before it consumes anything
    /// ("not after a letter"), so a position that is not the start of a word is left at once.
    /// Culture-sensitive case-insensitive patterns are left alone.
    /// </summary>
    public static string Guarded(Regex pattern) => Guarded(pattern, LiteralPrefilter.Start(pattern));

    /// <summary><see cref="Guarded(Regex)"/> given what <see cref="LiteralPrefilter.Start"/> read of the pattern (null: not understood).</summary>
    public static string Guarded(Regex pattern, (UInt128? First, ImmutableArray<string> Assertions)? readStart)
    {
        var text = pattern.ToString();
        if ((pattern.Options & RegexOptions.CultureInvariant) == 0 || readStart is not { } start)
        {
            return text;
        }

        var guard = start.First is { } first && UInt128.PopCount(first) <= MaxUsefulAscii ? "(?=" + ClassOf(first) + ")" : "";
        guard += string.Concat(start.Assertions);
        return guard.Length == 0 ? text : guard + "(?:" + text + ")";
    }

    /// <summary>
    /// The ASCII characters that the one-character atom (a literal, a class, an escape) matches,
    /// case-insensitively and with both cases of every letter, so the set holds whatever options
    /// are in force where the atom stands.
    /// </summary>
    public static UInt128 AsciiOf(string atom) => AsciiCache.GetOrAdd(atom, static a =>
    {
        var regex = new Regex(@"\A(?:" + a + @")\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var set = UInt128.Zero;
        for (var c = (char)0; c < 128; c++)
        {
            if (regex.IsMatch(c.ToString()))
            {
                set |= Bit(c) | Bit(char.ToLowerInvariant(c)) | Bit(char.ToUpperInvariant(c));
            }
        }

        return set;
    });

    /// <summary>An ASCII literal: itself, and its other case if a letter.</summary>
    public static UInt128 AsciiOf(char literal) =>
        Bit(literal) | Bit(char.ToLowerInvariant(literal)) | Bit(char.ToUpperInvariant(literal));

    /// <summary>A character class of the ASCII characters in the set and every non-ASCII character.</summary>
    internal static string ClassOf(UInt128 set)
    {
        var builder = new StringBuilder("[");
        for (var c = (char)0; c < 128; c++)
        {
            if ((set & Bit(c)) != UInt128.Zero)
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return builder.Append("\\u0080-\\uFFFF]").ToString();
    }

    private static UInt128 Bit(char c) => UInt128.One << c;
}
