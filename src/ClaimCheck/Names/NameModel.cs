using ClaimCheck.Rules;

namespace ClaimCheck.Names;

/// <summary>Everything rules/names defines, compiled once at load: entities, roles, offices, the phrase trie, lexicons, rules.</summary>
internal sealed record NameModel(
    ImmutableDictionary<string, GazetteerEntity> Entities,
    ImmutableDictionary<string, Role> Roles,
    ImmutableDictionary<string, Office> Offices,
    ImmutableDictionary<string, ImmutableArray<Role>> RolesByPerson,
    PhraseTrie<Phrase> Phrases,
    NameLexicons Lexicons,
    ImmutableHashSet<string> EnabledRules,
    ImmutableArray<RuleExample> Examples,
    MatchingSettings Matching)
{
    /// <summary>Countries, cities and places by their folded names, aliases and capital spellings ("damascus"), as a dateline writes them.</summary>
    public ImmutableDictionary<string, GazetteerEntity> PlaceNames { get; init; } = ImmutableDictionary<string, GazetteerEntity>.Empty;

    /// <summary>Generational suffixes ("Jr", "III"): part of a name's text, not one of its words for matching.</summary>
    public WordSet Suffixes { get; } = new(Matching.Suffixes);

    /// <summary>Known people by a given name and a surname of theirs, folded ("sergey lavrov"): a text may put a middle initial between them.</summary>
    public ImmutableDictionary<string, GazetteerEntity> PeopleByGivenAndSurname { get; } = Entities.Values
        .Where(e => e.Type == EntityType.Person)
        .SelectMany(e => e.GivenNames.SelectMany(given => e.Surnames.Select(surname => (Key: $"{NameFolding.Fold(given)} {NameFolding.Fold(surname)}", Person: e))))
        .GroupBy(p => p.Key, StringComparer.Ordinal)
        .Where(g => g.Select(p => p.Person.Id).Distinct().Count() == 1)
        .ToImmutableDictionary(g => g.Key, g => g.First().Person, StringComparer.Ordinal);

    /// <summary>Roles a person holds on a date.</summary>
    public IEnumerable<Role> RolesAt(string personId, DateOnly date) =>
        RolesByPerson.TryGetValue(personId, out var roles) ? roles.Where(r => r.HolderAt(date)?.PersonId == personId) : [];
}

/// <summary>The ids of the name rules the recognizer implements; each is enabled by an entry (with examples) in rules/names.</summary>
public static class NameRuleIds
{
    public const string Alias = "names.alias";
    public const string Demonym = "names.demonym";
    public const string Metonym = "names.metonym";
    public const string Title = "names.title";
    public const string Role = "names.role";
    public const string Surname = "names.surname";
    public const string UnknownPerson = "names.unknown-person";
    public const string UnknownOrganization = "names.unknown-organization";
    public const string ArticlePlace = "names.article-place";

    public static readonly ImmutableArray<string> All =
        [Alias, Demonym, Metonym, Title, Role, Surname, UnknownPerson, UnknownOrganization, ArticlePlace];
}
