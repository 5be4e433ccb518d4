using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using ClaimCheck.Rules;
using ClaimCheck.Time;

namespace ClaimCheck.Numbers;

/// <summary>
/// The words of rules/numbers: number words, scales, vague counts, hedges, counted nouns and the
/// context words that make a number something other than a count. Every section is also a pattern
/// fragment of the same name, so rules refer to <c>{hedge}</c> or <c>{noun}</c> and stay in step with the lexicon.
/// </summary>
internal sealed class NumberLexicon
{
    /// <summary>Sections that map a word to a number.</summary>
    private static readonly ImmutableArray<string> ValueSections = ["number-word", "ordinal-word", "scale-word", "scale-abbreviation", "fraction", "vague-scale"];

    /// <summary>Sections that map a word to a unit or a label; the value is kept as written.</summary>
    private static readonly ImmutableArray<string> LabelSections =
        ["month", "year-word", "reference-word", "clock-word", "percent-sign", "currency-symbol", "currency-word", "measure-unit"];

    /// <summary>Sections that map a category to the words counted in it.</summary>
    private static readonly ImmutableArray<string> CategorySections = ["noun", "casualty-noun", "casualty-verb"];

    private const string Modifier = "modifier";

    /// <summary>Nouns that name one person after "a"/"an" ("a woman"): there the article is the number one.</summary>
    private const string OnePerson = "one-person";
    private const string Vague = "vague";
    private const string Hedge = "hedge";
    private const string TimeUnitSection = "time-unit";
    private const string Approximation = "approximation";
    private const string NearlyFloor = "nearly-floor";

    /// <summary>Any number larger than this is an identifier or noise, not a count of anything in the news.</summary>
    private const decimal LargestCount = 1_000_000_000_000_000m;

    private readonly ImmutableDictionary<string, ImmutableDictionary<string, decimal>> values;
    private readonly ImmutableDictionary<string, ImmutableDictionary<string, string>> labels;
    private readonly ImmutableDictionary<string, (decimal Low, decimal High)> vague;
    private readonly ImmutableDictionary<string, HedgeKind> hedges;
    private readonly ImmutableDictionary<string, TimeUnit> timeUnits;
    private readonly ImmutableDictionary<string, string> categories;
    private readonly ImmutableDictionary<string, string> verbCategories;
    private readonly FrozenSet<string> anchorWords;
    private readonly FrozenSet<string> articleFollowers;

    private NumberLexicon(
        ImmutableDictionary<string, ImmutableDictionary<string, decimal>> values,
        ImmutableDictionary<string, ImmutableDictionary<string, string>> labels,
        ImmutableDictionary<string, (decimal Low, decimal High)> vague,
        ImmutableDictionary<string, HedgeKind> hedges,
        ImmutableDictionary<string, TimeUnit> timeUnits,
        ImmutableDictionary<string, string> categories,
        ImmutableDictionary<string, string> verbCategories,
        HedgeBounds bounds,
        ImmutableArray<KeyValuePair<string, string>> fragments,
        FrozenSet<string> anchorWords,
        FrozenSet<string> articleFollowers)
    {
        this.anchorWords = anchorWords;
        this.articleFollowers = articleFollowers;
        this.values = values;
        this.labels = labels;
        this.vague = vague;
        this.hedges = hedges;
        this.timeUnits = timeUnits;
        this.categories = categories;
        this.verbCategories = verbCategories;
        Bounds = bounds;
        Fragments = fragments;
    }

    /// <summary>Every top-level key a numbers rule file may hold that belongs to the lexicon.</summary>
    public static ImmutableArray<string> Sections =>
        [.. ValueSections, .. LabelSections, .. CategorySections, Modifier, OnePerson, Vague, Hedge, TimeUnitSection, Approximation, NearlyFloor];

    public HedgeBounds Bounds { get; }

    /// <summary>One fragment per section: an alternation of its words, longest first.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Fragments { get; }

    /// <summary>Reads the lexicon sections of every file; a later file's entry replaces an earlier one's.</summary>
    public static NumberLexicon Read(ImmutableArray<RuleFile> files)
    {
        var words = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var valueMaps = ValueSections.ToDictionary(s => s, _ => new Dictionary<string, decimal>(StringComparer.Ordinal), StringComparer.Ordinal);
        var labelMaps = LabelSections.ToDictionary(s => s, _ => new Dictionary<string, string>(StringComparer.Ordinal), StringComparer.Ordinal);
        var vagueMap = new Dictionary<string, (decimal, decimal)>(StringComparer.Ordinal);
        var hedgeMap = new Dictionary<string, HedgeKind>(StringComparer.Ordinal);
        var unitMap = new Dictionary<string, TimeUnit>(StringComparer.Ordinal);
        var nounMap = new Dictionary<string, string>(StringComparer.Ordinal);
        var verbMap = new Dictionary<string, string>(StringComparer.Ordinal);
        var bounds = HedgeBounds.Default;

        void Word(string section, string word) =>
            (words.TryGetValue(section, out var set) ? set : words[section] = new SortedSet<string>(StringComparer.Ordinal)).Add(word);

        foreach (var root in files.Select(f => f.Root))
        {
            foreach (var section in ValueSections)
            {
                ReadPairs(root, section, (map, key, text) =>
                {
                    if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= 0)
                    {
                        valueMaps[section][key] = value;
                        Word(section, key);
                    }
                    else
                    {
                        map.Error(DiagnosticCodes.InvalidValue, key, $"'{key}' must be a number of zero or more, not '{text}'");
                    }
                });
            }

            foreach (var section in LabelSections)
            {
                ReadPairs(root, section, (_, key, text) =>
                {
                    labelMaps[section][key] = text;
                    Word(section, key);
                });
            }

            ReadPairs(root, Vague, (map, key, text) =>
            {
                if (ParseInterval(text) is { } interval)
                {
                    vagueMap[key] = interval;
                    Word(Vague, key);
                }
                else
                {
                    map.Error(DiagnosticCodes.InvalidValue, key, $"'{key}' must be an interval 'low..high' of whole numbers, not '{text}'");
                }
            });

            ReadEnumPairs(root, Hedge, hedgeMap, key => Word(Hedge, key));
            ReadEnumPairs(root, TimeUnitSection, unitMap, key => Word(TimeUnitSection, key));

            foreach (var section in CategorySections)
            {
                var target = section == "casualty-verb" ? verbMap : nounMap;
                if (root.Map(section) is not { } map)
                {
                    continue;
                }

                foreach (var category in map.Keys)
                {
                    foreach (var word in map.Strings(category).Select(Normalize).Where(w => w.Length > 0))
                    {
                        target[word] = category;
                        Word(section, word);
                    }
                }
            }

            foreach (var section in (ReadOnlySpan<string>)[Modifier, OnePerson])
            {
                foreach (var word in root.Strings(section).Select(Normalize).Where(w => w.Length > 0))
                {
                    Word(section, word);
                }
            }

            bounds = bounds with
            {
                Approximation = Fraction(root, Approximation) ?? bounds.Approximation,
                NearlyFloor = Fraction(root, NearlyFloor) ?? bounds.NearlyFloor,
            };
        }

        var fragments = words
            .OrderBy(w => w.Key, StringComparer.Ordinal)
            .Select(w => new KeyValuePair<string, string>(w.Key, PatternCompiler.Alternation(w.Value)))
            .ToImmutableArray();
        return new NumberLexicon(
            valueMaps.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableDictionary(StringComparer.Ordinal), StringComparer.Ordinal),
            labelMaps.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableDictionary(StringComparer.Ordinal), StringComparer.Ordinal),
            vagueMap.ToImmutableDictionary(StringComparer.Ordinal),
            hedgeMap.ToImmutableDictionary(StringComparer.Ordinal),
            unitMap.ToImmutableDictionary(StringComparer.Ordinal),
            nounMap.ToImmutableDictionary(StringComparer.Ordinal),
            verbMap.ToImmutableDictionary(StringComparer.Ordinal),
            bounds,
            fragments,
            AnchorWords(words, out var articleFollowers),
            articleFollowers);
    }

    /// <summary>
    /// Where a number can begin, in the sentence's own offsets: every token that starts with a
    /// digit, every token that begins a number word, fraction or vague count, and "a"/"an" before
    /// a scale, fraction, vague word, one-person noun, modifier or digits ("a dozen", "a few", "a
    /// woman", "a young man", "a 16-year-old"). Rules are tried only there.
    /// </summary>
    public void FindAnchors(string text, List<int> anchors)
    {
        var words = anchorWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var token = text.AsSpan(start, i - start);
            if (char.IsAsciiDigit(token[0]) || words.Contains(token) || (IsArticle(token) && FollowsArticle(text, i)))
            {
                anchors.Add(start);
            }
        }
    }

    private static bool IsArticle(ReadOnlySpan<char> token) =>
        token.Equals("a", StringComparison.OrdinalIgnoreCase) || token.Equals("an", StringComparison.OrdinalIgnoreCase);

    private bool FollowsArticle(string text, int end)
    {
        var start = end;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (start < text.Length && char.IsAsciiDigit(text[start]))
        {
            return true;
        }

        var stop = start;
        while (stop < text.Length && char.IsLetter(text[stop]))
        {
            stop++;
        }

        return stop > start && articleFollowers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, stop - start));
    }

    /// <summary>The first words of number words, fractions and vague counts; the words "a"/"an" may stand before are returned apart.</summary>
    private static FrozenSet<string> AnchorWords(Dictionary<string, SortedSet<string>> words, out FrozenSet<string> articleFollowers)
    {
        IEnumerable<string> Section(string name) => words.TryGetValue(name, out var set) ? set : [];
        var anchors = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var followers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var phrase in Section("number-word").Concat(Section("ordinal-word")).Concat(Section("fraction")).Concat(Section("vague")))
        {
            var parts = phrase.Split(' ');
            if (parts[0] is "a" or "an")
            {
                followers.Add(parts.Length > 1 ? parts[1] : parts[0]);
            }
            else
            {
                anchors.Add(parts[0]);
            }
        }

        // "a young man", "a 13-month-old boy": a modifier or an age may stand between "a" and the person.
        followers.UnionWith(Section("scale-word").Concat(Section("fraction")).Concat(Section(OnePerson)).Concat(Section(Modifier)).Select(p => p.Split(' ')[0]));
        articleFollowers = followers.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        return anchors.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Lower case with runs of white space as one space: the form lexicon keys are stored in.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    public HedgeKind? HedgeOf(string text) => hedges.TryGetValue(Normalize(text), out var kind) ? kind : null;

    public (decimal Low, decimal High)? VagueOf(string text) => vague.TryGetValue(Normalize(text), out var interval) ? interval : null;

    public decimal? VagueScaleOf(string text) => Lookup("vague-scale", text);

    /// <summary>The number an ordinal stands for: "27th" or "third" → 27 or 3.</summary>
    public decimal? ParseOrdinal(string text)
    {
        var normalized = Normalize(text);
        var digits = normalized.TrimEnd("stndrh".ToCharArray());
        return digits.Length > 0 && digits.Length <= 4 && digits.Length < normalized.Length && digits.All(char.IsAsciiDigit)
            ? decimal.Parse(digits, CultureInfo.InvariantCulture)
            : Lookup("ordinal-word", normalized);
    }

    public TimeUnit? TimeUnitOf(string text) => timeUnits.TryGetValue(Normalize(text), out var unit) ? unit : null;

    /// <summary>The unit a percent sign, currency or measure word stands for ("%" → percent, "$" → USD).</summary>
    public string? UnitOf(string text)
    {
        var key = Normalize(text);
        foreach (var section in (ReadOnlySpan<string>)["percent-sign", "currency-symbol", "currency-word", "measure-unit"])
        {
            if (labels[section].TryGetValue(key, out var unit))
            {
                return unit;
            }
        }

        return null;
    }

    public string? VerbCategoryOf(string verb) => verbCategories.TryGetValue(Normalize(verb), out var category) ? category : null;

    /// <summary>The category of the longest lexicon noun the phrase ends with ("syrian rebel fighters" → fighters).</summary>
    public string? CategoryOf(string nounPhrase)
    {
        var phrase = Normalize(nounPhrase);
        for (var start = 0; start >= 0 && start < phrase.Length; start = NextWord(phrase, start))
        {
            if (categories.TryGetValue(phrase[start..], out var category))
            {
                return category;
            }
        }

        return null;
    }

    /// <summary>
    /// The value of a number as written: digits with separators and an optional scale ("275,000",
    /// "13.5 million", "6m", "1.2bn") or words ("Thirteen", "twenty-one", "two and half", "a
    /// dozen", "half a million"). Null when the text is not one well-formed number.
    /// </summary>
    public decimal? ParseNumber(string text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        if (normalized is "a" or "an")
        {
            // Only a rule that captures the article alone before a one-person noun reads it so.
            return 1;
        }

        var value = char.IsAsciiDigit(normalized[0]) ? ParseDigits(normalized) : ParseWords(normalized);
        return value is > 0 and <= LargestCount ? value : value == 0 ? 0 : null;
    }

    /// <summary>The scale a number ends with ("6 million" → 1,000,000), to carry over to the low end of a range.</summary>
    public decimal? TrailingScaleOf(string number)
    {
        var normalized = Normalize(number);
        var lastSpace = normalized.LastIndexOf(' ');
        var last = lastSpace < 0 ? normalized : normalized[(lastSpace + 1)..];
        if (Lookup("scale-word", last) is { } scale and >= 1000)
        {
            return scale;
        }

        var letters = last.AsSpan().TrimStart("0123456789.,");
        return letters.Length > 0 && letters.Length < last.Length ? Lookup("scale-abbreviation", letters.ToString()) : null;
    }

    private decimal? ParseDigits(string text)
    {
        var end = 0;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is ',' or '.'))
        {
            end++;
        }

        if (end > 40 || !decimal.TryParse(text.AsSpan(0, end), NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        var rest = text[end..].Trim();
        // "4½": a vulgar fraction written after the digits adds to them.
        if (rest.Length > 0 && char.GetNumericValue(rest[0]) is > 0 and < 1 and var fraction)
        {
            value += decimal.Round((decimal)fraction, 4);
            rest = rest[1..].Trim();
        }

        if (rest.Length == 0)
        {
            return value;
        }

        var scale = Lookup("scale-abbreviation", rest) ?? Lookup("scale-word", rest);
        return scale is { } s && value <= LargestCount / s ? value * s : null;
    }

    /// <summary>
    /// Reads number words left to right the way one says them: units and tens add up within a
    /// group, "hundred" and "dozen" multiply the group, larger scales close it; "and a half" adds
    /// a fraction, a leading "half" or "a third" multiplies the whole.
    /// </summary>
    private decimal? ParseWords(string text)
    {
        decimal total = 0, group = 0, multiplier = 1;
        var implicitOne = false;
        var sawAnd = false;
        var previousSmall = 0m;
        var any = false;
        var counted = false;
        foreach (var raw in text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim(',');
            if (word == "and")
            {
                sawAnd = true;
                continue;
            }

            if (word is "a" or "an")
            {
                if (group == 0 && !any)
                {
                    group = 1;
                    implicitOne = true;
                    counted = true;
                }

                continue;
            }

            if (Lookup("number-word", word) is { } small)
            {
                // "twenty one" continues a tens word; "two three" or "one twenty" is not one number.
                if (previousSmall != 0 && !(previousSmall % 10 == 0 && previousSmall >= 20 && small < 10))
                {
                    return null;
                }

                group += small;
                previousSmall = small;
                counted = true;
            }
            else if (Lookup("fraction", word) is { } fraction)
            {
                if (implicitOne && group == 1)
                {
                    group = fraction;
                }
                else if (sawAnd && group + total > 0)
                {
                    group += fraction;
                }
                else if (!any)
                {
                    multiplier = fraction;
                }
                else
                {
                    return null;
                }

                previousSmall = 0;
            }
            else if (Lookup("scale-word", word) is { } scale)
            {
                var multiplied = group == 0 ? 1 : group;
                if (scale < 1000)
                {
                    group = multiplied * scale;
                }
                else
                {
                    total += multiplied * scale;
                    group = 0;
                }

                counted = true;
                previousSmall = 0;
            }
            else
            {
                return null;
            }

            implicitOne = false;
            sawAnd = false;
            any = true;
        }

        // A fraction alone ("half of the children") is that fraction of one whole.
        return any ? (counted ? total + group : 1) * multiplier : null;
    }

    private decimal? Lookup(string section, string word) =>
        values[section].TryGetValue(Normalize(word), out var value) ? value : null;

    private static int NextWord(string phrase, int start)
    {
        var space = phrase.IndexOf(' ', start);
        return space < 0 ? -1 : space + 1;
    }

    private static void ReadPairs(YamlMap root, string section, Action<YamlMap, string, string> read)
    {
        if (root.Map(section) is not { } map)
        {
            return;
        }

        foreach (var key in map.Keys)
        {
            if (map.String(key) is { } text)
            {
                read(map, Normalize(key), text.Trim());
            }
        }
    }

    private static void ReadEnumPairs<T>(YamlMap root, string section, Dictionary<string, T> target, Action<string> word)
        where T : struct, Enum =>
        ReadPairs(root, section, (map, key, text) =>
        {
            if (ParseEnum<T>(text) is { } value)
            {
                target[key] = value;
                word(key);
            }
            else
            {
                map.Error(DiagnosticCodes.InvalidValue, key, $"'{key}' must be one of {EnumNames<T>()}, not '{text}'");
            }
        });

    private static (decimal, decimal)? ParseInterval(string text)
    {
        var parts = text.Split("..", StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && decimal.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var low)
            && decimal.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var high)
            && low >= 0 && low <= high
            ? (low, high)
            : null;
    }

    private static T? ParseEnum<T>(string text)
        where T : struct, Enum =>
        Enum.TryParse<T>(text.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;

    private static string EnumNames<T>()
        where T : struct, Enum =>
        string.Join(", ", Enum.GetNames<T>().Select(n => string.Concat(n.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()))));

    private static decimal? Fraction(YamlMap root, string key)
    {
        var value = root.Decimal(key);
        if (value is null or (> 0 and < 1))
        {
            return value;
        }

        root.Error(DiagnosticCodes.InvalidValue, key, $"'{key}' must lie strictly between 0 and 1");
        return null;
    }
}
