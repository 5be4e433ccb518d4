namespace ClaimCheck.Names;

/// <summary>A set of words compared folded ("said", "Despite"), looked up without allocating.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(IEnumerable<string> items)
    {
        words = new HashSet<string>(items.Select(NameFolding.Fold), StringComparer.Ordinal);
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordSet Empty { get; } = new([]);

    public int Count => words.Count;

    /// <summary>Whether the folded word is in the set.</summary>
    public bool ContainsFolded(ReadOnlySpan<char> folded) => lookup.Contains(folded);
}

/// <summary>
/// The word lists of rules/names that steer recognition (lexicons: in patterns.yaml and
/// person-names.yaml). Each is named by its key; an unknown key is a diagnostic.
/// </summary>
internal sealed record NameLexicons(
    WordSet FirstNames,
    WordSet Surnames,
    WordSet PersonBefore,
    WordSet PersonOf,
    WordSet NotNames,
    WordSet Locatives,
    WordSet SayVerbs,
    WordSet OrganizationHeads,
    WordSet Connectors,
    WordSet Particles,
    WordSet Determiners,
    WordSet Former,
    WordSet Honorifics,
    WordSet PersonAfter,
    WordSet Auxiliaries,
    WordSet Captions,
    WordSet PersonNouns,
    WordSet Kin,
    WordSet AppositiveEnds,
    WordSet NamingVerbs,
    WordSet NamingObjects,
    WordSet PersonPossessions,
    WordSet PossessionEnds)
{
    public static readonly ImmutableArray<string> Keys =
    [
        "first_names", "surnames", "person_before", "person_of", "not_names", "locatives", "say_verbs", "organization_heads", "connectors",
        "particles", "determiners", "former", "honorifics", "person_after", "auxiliaries", "captions",
        "person_nouns", "kin", "appositive_ends", "naming_verbs", "naming_objects", "person_possessions",
        "possession_ends",
    ];

    public static NameLexicons From(IReadOnlyDictionary<string, List<string>> lists)
    {
        WordSet Get(string key) => lists.TryGetValue(key, out var words) ? new WordSet(words) : WordSet.Empty;
        return new NameLexicons(
            Get("first_names"),
            Get("surnames"),
            Get("person_before"),
            Get("person_of"),
            Get("not_names"),
            Get("locatives"),
            Get("say_verbs"),
            Get("organization_heads"),
            Get("connectors"),
            Get("particles"),
            Get("determiners"),
            Get("former"),
            Get("honorifics"),
            Get("person_after"),
            Get("auxiliaries"),
            Get("captions"),
            Get("person_nouns"),
            Get("kin"),
            Get("appositive_ends"),
            Get("naming_verbs"),
            Get("naming_objects"),
            Get("person_possessions"),
            Get("possession_ends"));
    }
}
