using System.Text;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using FuzzySharp;
using FuzzySharp.PreProcess;

namespace ClaimCheck.Names;

/// <summary>Thresholds of cross-article name matching (rules/names/matching.yaml), FuzzySharp scores 0–100.</summary>
public sealed record MatchingSettings
{
    public MatchingSettings(int fullName, int givenName, int surname, IEnumerable<string>? suffixes = null, IEnumerable<KeyValuePair<string, string>>? nicknames = null, IEnumerable<KeyValuePair<string, string>>? transliterations = null)
    {
        Preconditions.CheckArgument(fullName is >= 0 and <= 100, nameof(fullName), "a score is 0 to 100");
        Preconditions.CheckArgument(givenName is >= 0 and <= 100, nameof(givenName), "a score is 0 to 100");
        Preconditions.CheckArgument(surname is >= 0 and <= 100, nameof(surname), "a score is 0 to 100");
        FullName = fullName;
        GivenName = givenName;
        Surname = surname;
        Suffixes = [.. (suffixes ?? []).Select(NameMatcher.Preprocess).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Nicknames = Folded(nicknames);
        Transliterations = Folded(transliterations);
    }

    public static MatchingSettings Default { get; } = new(90, 80, 88, ["Jr", "Sr", "II", "III", "IV"]);

    /// <summary>Least ratio of two whole names (organizations, single-word names).</summary>
    public int FullName { get; }

    /// <summary>Least ratio of two given names ("Sergei"/"Sergey" is 83; "John"/"Jane" is 50).</summary>
    public int GivenName { get; }

    /// <summary>Least ratio of two surnames ("Erdoğan"/"Erdogan" after folding is 100).</summary>
    public int Surname { get; }

    /// <summary>Words after a surname that are not part of it ("Jr", "III"), preprocessed; "John Smith Jr." is compared as "John Smith".</summary>
    public ImmutableArray<string> Suffixes { get; }

    /// <summary>Familiar given names and the formal name each stands for, preprocessed ("andy" → "andrew", "bill" → "william").</summary>
    public ImmutableSortedDictionary<string, string> Nicknames { get; }

    /// <summary>Spellings of a name written in another script that news uses, and the spelling each is taken as, preprocessed ("sergey" → "sergei", "mohamed" → "mohammed"): none of them is wrong.</summary>
    public ImmutableSortedDictionary<string, string> Transliterations { get; }

    internal static MatchingSettings Read(YamlMap map)
    {
        map.CheckKeys("full_name", "given_name", "surname", "suffixes", "nicknames", "transliterations");
        int Score(string key, int fallback)
        {
            var value = map.Int(key) ?? fallback;
            if (value is >= 0 and <= 100)
            {
                return value;
            }

            map.Error(DiagnosticCodes.InvalidValue, key, $"'{key}' must be a score from 0 to 100, not {value}");
            return fallback;
        }

        return new MatchingSettings(
            Score("full_name", Default.FullName),
            Score("given_name", Default.GivenName),
            Score("surname", Default.Surname),
            map.Strings("suffixes") is { IsDefaultOrEmpty: false } suffixes ? suffixes : Default.Suffixes,
            map.StringPairs("nicknames"),
            map.StringPairs("transliterations"));
    }

    private static ImmutableSortedDictionary<string, string> Folded(IEnumerable<KeyValuePair<string, string>>? pairs) =>
        (pairs ?? [])
            .Select(p => KeyValuePair.Create(NameMatcher.Preprocess(p.Key), NameMatcher.Preprocess(p.Value)))
            .Where(p => p.Key.Length > 0 && p.Value.Length > 0)
            .DistinctBy(p => p.Key, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(StringComparer.Ordinal);
}

/// <summary>How two spellings of one person's name differ (<see cref="NameMatcher.Spelling"/>).</summary>
public enum SpellingDifference
{
    /// <summary>Not at all, once case, accents, punctuation, middle names and suffixes are set aside.</summary>
    Same,

    /// <summary>As transliterations of one name from another script do ("Sergei"/"Sergey"): both are right.</summary>
    Transliteration,

    /// <summary>By a slip: one given name or surname a letter or two from the other, and not a nickname, a short form or a transliteration of it ("Lessa"/"Lesa"). Only one can be right.</summary>
    Slip,

    /// <summary>Otherwise (an initial, a nickname, a short form, a name added): no telling which is meant.</summary>
    Other,
}

/// <summary>The outcome of comparing two names: whether they name one entity, the score, and why.</summary>
public sealed record NameMatch(bool IsMatch, int Score, string Reason);

/// <summary>
/// Decides whether names from different articles are one entity: gazetteer ids decide when both
/// have one; otherwise FuzzySharp compares names after a Unicode-aware fold (case and diacritics
/// folded, letters of every script kept). Two people with one surname and different given names
/// ("John Smith", "Jane Smith") are kept apart; an initial matches its name ("J. Smith").
/// </summary>
public sealed class NameMatcher
{
    public NameMatcher(MatchingSettings settings)
    {
        Settings = Preconditions.CheckNotNull(settings, nameof(settings));
    }

    public MatchingSettings Settings { get; }

    /// <summary>
    /// Lower case, diacritics removed, letters and digits of every script kept, everything else
    /// one space, trimmed: "Erdoğan" → "erdogan", "al-Assad" → "al assad", "Ja'afari" → "jaafari".
    /// </summary>
    public static string Preprocess(string name)
    {
        var sb = new StringBuilder(name.Length);
        var space = false;
        foreach (var raw in name)
        {
            var c = NameFolding.Fold(raw);
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(c);
                space = false;
            }
            else if (c != '\'' && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>Whether two mentions name one entity: same type, and the same gazetteer id or matching names.</summary>
    public NameMatch Compare(EntityMention a, EntityMention b)
    {
        if (a.Type != b.Type)
        {
            return new NameMatch(false, 0, $"different types ({a.Type}, {b.Type})");
        }

        var aKnown = !EntityIds.IsUnknown(a.EntityId);
        var bKnown = !EntityIds.IsUnknown(b.EntityId);
        if (aKnown && bKnown)
        {
            var same = a.EntityId == b.EntityId;
            return new NameMatch(same, same ? 100 : 0, same ? "same gazetteer entity" : "different gazetteer entities");
        }

        return a.Type == EntityType.Person ? ComparePeople(a.CanonicalName, b.CanonicalName) : CompareNames(a.CanonicalName, b.CanonicalName);
    }

    /// <summary>Two whole names (organizations, places): one fuzzy ratio over the folded forms.</summary>
    public NameMatch CompareNames(string a, string b)
    {
        var score = Fuzz.Ratio(Preprocess(a), Preprocess(b), PreprocessMode.None);
        return new NameMatch(score >= Settings.FullName, score, $"name ratio {score} against {Settings.FullName}");
    }

    /// <summary>
    /// Two people's names: surnames (last words) must match closely; when both give a given name,
    /// those must match too (or one be the other's initial), so namesakes stay apart.
    /// </summary>
    public NameMatch ComparePeople(string a, string b)
    {
        var left = WithoutSuffixes(Preprocess(a).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var right = WithoutSuffixes(Preprocess(b).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (left.Length == 0 || right.Length == 0)
        {
            return new NameMatch(false, 0, "an empty name");
        }

        if (left.Length == 1 || right.Length == 1)
        {
            var single = Fuzz.Ratio(left[^1], right[^1], PreprocessMode.None);
            return new NameMatch(single >= Settings.Surname, single, $"surname ratio {single} against {Settings.Surname} (one name has no given name)");
        }

        var surname = Fuzz.Ratio(left[^1], right[^1], PreprocessMode.None);
        if (surname < Settings.Surname)
        {
            return new NameMatch(false, surname, $"surname ratio {surname} below {Settings.Surname}");
        }

        var givenLeft = left[0];
        var givenRight = right[0];
        if (givenLeft.Length == 1 || givenRight.Length == 1)
        {
            var initial = givenLeft[0] == givenRight[0];
            return new NameMatch(initial, initial ? surname : 0, initial ? "initial matches given name" : "initial differs from given name");
        }

        var given = IsShortFormOf(givenLeft, givenRight) || Formal(givenLeft) == Formal(givenRight) ? 100 : Fuzz.Ratio(givenLeft, givenRight, PreprocessMode.None);
        if (given < Settings.GivenName)
        {
            return new NameMatch(false, given, $"same surname, different given names (ratio {given} below {Settings.GivenName})");
        }

        var score = Fuzz.Ratio(string.Join(' ', left), string.Join(' ', right), PreprocessMode.None);
        return new NameMatch(true, Math.Max(score, Math.Min(surname, given)), $"surname ratio {surname}, given-name ratio {given}");
    }

    /// <summary>The preprocessed surname of a person's name: its last word before any suffix ("John Smith Jr." → "smith"); empty for an empty name.</summary>
    public string Surname(string name) =>
        WithoutSuffixes(Preprocess(name).Split(' ', StringSplitOptions.RemoveEmptyEntries)) is [.., var last] ? last : "";

    /// <summary>
    /// One person's name as outlets that spell it differently still write it: the surname, and the
    /// letters of the first name in any order, without middle names or a suffix ("Megan Quinn Sloss"
    /// and "Megan Sloss", "Malijha Grant" and "Malijah Grant", "Douglas Shine Jr." and "Douglas
    /// Shine"). Null for a name of one word.
    /// </summary>
    public string? SpellingKey(string name)
    {
        var words = WithoutSuffixes(Preprocess(name).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (words.Length < 2)
        {
            return null;
        }

        var first = words[0].ToCharArray();
        Array.Sort(first);
        return $"{words[^1]}|{new string(first)}";
    }

    /// <summary>
    /// How two spellings of one person's name differ: given names and surnames are compared, middle
    /// names, initials and suffixes set aside. They differ by a slip when one of the two is the same
    /// and the other is a letter or two apart (one letter in a word of up to five), with neither a
    /// nickname, short form or transliteration of the other.
    /// </summary>
    public SpellingDifference Spelling(string a, string b)
    {
        var left = WithoutSuffixes(Preprocess(a).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var right = WithoutSuffixes(Preprocess(b).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (left.Length < 2 || right.Length < 2 || left[0].Length < 2 || right[0].Length < 2)
        {
            return SpellingDifference.Other;
        }

        var sameGiven = left[0] == right[0];
        var sameSurname = left[^1] == right[^1];
        if (sameGiven && sameSurname)
        {
            return SpellingDifference.Same;
        }

        if (!sameGiven && !sameSurname)
        {
            return SpellingDifference.Other;
        }

        var (x, y) = sameGiven ? (left[^1], right[^1]) : (left[0], right[0]);
        if (Transliterated(x) == Transliterated(y))
        {
            return SpellingDifference.Transliteration;
        }

        if (x == y + "s" || y == x + "s")
        {
            return SpellingDifference.Other; // "Assad's" with its apostrophe dropped, or a plural: no name of its own
        }

        var allowed = Math.Min(x.Length, y.Length) <= 5 ? 1 : 2;
        var nickname = !sameGiven && (IsShortFormOf(x, y) || Formal(x) == Formal(y));
        return !nickname && Math.Min(x.Length, y.Length) >= 3 && Typos.Slips(x, y) <= allowed ? SpellingDifference.Slip : SpellingDifference.Other;
    }

    private string Transliterated(string word) => Settings.Transliterations.TryGetValue(word, out var taken) ? taken : word;

    /// <summary>The formal given name a familiar one stands for ("andy" → "andrew"); any other name as it is.</summary>
    private string Formal(string given) => Settings.Nicknames.TryGetValue(given, out var formal) ? formal : given;

    /// <summary>A given name cut short ("Ron"/"Ronald", "Chris"/"Christopher"): three letters or more that begin the other.</summary>
    private static bool IsShortFormOf(string a, string b) =>
        Math.Min(a.Length, b.Length) >= 3 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal));

    /// <summary>The name's words without trailing generational suffixes, keeping at least one word.</summary>
    private string[] WithoutSuffixes(string[] words)
    {
        var end = words.Length;
        while (end > 1 && Settings.Suffixes.Contains(words[end - 1]))
        {
            end--;
        }

        return end == words.Length ? words : words[..end];
    }
}
