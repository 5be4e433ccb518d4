using ClaimCheck.Rules;

namespace ClaimCheck.Names;

/// <summary>
/// Reads the files of rules/names into a <see cref="NameModel"/>. Every problem (unknown key,
/// duplicate id, role holder that is not a person, overlapping role periods, an alias claimed by two
/// entities) is a diagnostic at its line; the broken item is skipped and loading goes on.
/// </summary>
internal sealed class NameModelLoader
{
    private static readonly string[] TopLevelKeys =
        ["countries", "people", "entities", "offices", "roles", "lexicons", "rules", "matching"];

    /// <summary>"Syrian government", "Syrian regime": a demonym before these words means the government.</summary>
    private static readonly string[] GovernmentWords = ["government", "regime", "authorities"];

    private readonly DiagnosticBag diagnostics;
    private readonly Dictionary<string, GazetteerEntity> entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Office> offices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Role> roles = new(StringComparer.Ordinal);
    private readonly PhraseTrie<Phrase> trie = new();
    private readonly Dictionary<string, (string Entity, string File, int Line)> aliasOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> placeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> lexicons = new(StringComparer.Ordinal);
    private readonly HashSet<string> enabledRules = new(StringComparer.Ordinal);
    private readonly ImmutableArray<RuleExample>.Builder examples = ImmutableArray.CreateBuilder<RuleExample>();
    private readonly List<(YamlMap Map, string Key)> pendingRoles = [];
    private MatchingSettings matching = MatchingSettings.Default;

    private NameModelLoader(DiagnosticBag diagnostics)
    {
        this.diagnostics = diagnostics;
    }

    public static NameModel Load(ImmutableArray<RuleFile> files, DiagnosticBag diagnostics)
    {
        var loader = new NameModelLoader(diagnostics);
        foreach (var file in files)
        {
            loader.ReadFile(file.Root);
        }

        foreach (var (map, _) in loader.pendingRoles)
        {
            loader.ReadRole(map);
        }

        loader.CheckKnownBySurname();
        return loader.Build();
    }

    private void ReadFile(YamlMap root)
    {
        root.CheckKeys(TopLevelKeys);
        foreach (var map in root.Maps("offices"))
        {
            ReadOffice(map);
        }

        foreach (var map in root.Maps("countries"))
        {
            ReadCountry(map);
        }

        foreach (var map in root.Maps("people"))
        {
            ReadPerson(map);
        }

        foreach (var map in root.Maps("entities"))
        {
            ReadEntity(map);
        }

        foreach (var map in root.Maps("roles"))
        {
            pendingRoles.Add((map, "roles"));
        }

        if (root.Map("lexicons") is { } lexiconMap)
        {
            ReadLexicons(lexiconMap);
        }

        foreach (var map in root.Maps("rules"))
        {
            ReadRule(map);
        }

        if (root.Map("matching") is { } matchingMap)
        {
            matching = MatchingSettings.Read(matchingMap);
        }
    }

    /// <summary>The plural that names a country's people, where English forms one with -s ("Germans", "Spaniards", "Iraqis", "Britons"); not "Spanish" or "Chinese".</summary>
    private static string? PeopleOf(string demonym) =>
        demonym.EndsWith("an", StringComparison.Ordinal) || demonym.EndsWith("ard", StringComparison.Ordinal) || demonym.EndsWith("on", StringComparison.Ordinal)
        || demonym.EndsWith('i') || demonym.EndsWith("ot", StringComparison.Ordinal) || demonym.EndsWith("ite", StringComparison.Ordinal)
            ? demonym + "s"
            : null;

    private void ReadCountry(YamlMap map)
    {
        map.CheckKeys("id", "name", "short", "aliases", "demonyms", "capital", "metonyms", "tz", "capital-tz");
        if (AddEntity(map, EntityType.Country) is not { } country)
        {
            return;
        }

        foreach (var demonym in map.Strings("demonyms"))
        {
            AddPhrase(map, "demonyms", demonym, new Phrase(PhraseKind.Demonym, country.Id, MentionForm.Demonym));
            if (PeopleOf(demonym) is { } people)
            {
                AddPhrase(map, "demonyms", people, new Phrase(PhraseKind.Demonym, country.Id, MentionForm.Demonym));
            }

            foreach (var body in GovernmentWords)
            {
                AddPhrase(map, "demonyms", $"{demonym} {body}", new Phrase(PhraseKind.Metonym, country.Id, MentionForm.Metonym));
            }
        }

        foreach (var metonym in map.Strings("metonyms"))
        {
            AddPhrase(map, "metonyms", metonym, new Phrase(PhraseKind.Metonym, country.Id, MentionForm.Metonym));
        }

        var capitals = map.Strings("capital");
        if (capitals.IsEmpty)
        {
            return;
        }

        var cityId = NameFolding.Key(capitals[0]);
        var countryNames = new HashSet<string>(map.Strings("aliases").Add(country.Name).Select(NameFolding.Fold), StringComparer.Ordinal);
        if (countryNames.Contains(NameFolding.Fold(capitals[0])))
        {
            return; // a city-state: the name is the country's
        }

        if (entities.ContainsKey(cityId))
        {
            map.Error(DiagnosticCodes.DuplicateRuleId, "capital", $"capital '{capitals[0]}' has the id '{cityId}' of another entity");
            return;
        }

        entities[cityId] = new GazetteerEntity(cityId, EntityType.City, capitals[0], map.File, map.Line)
        {
            Country = country.Id,
            TimeZoneId = map.TimeZone("capital-tz") ?? country.TimeZoneId,
        };
        foreach (var capital in capitals)
        {
            AddPhrase(map, "capital", capital, new Phrase(PhraseKind.Capital, cityId, MentionForm.Metonym, country.Id));
            AddPlaceName(capital, cityId);
        }
    }

    private void ReadPerson(YamlMap map)
    {
        map.CheckKeys("id", "name", "given", "surnames", "aliases", "known_by_surname");
        var given = map.Strings("given");
        var surnames = map.Strings("surnames");
        if (AddEntity(map, EntityType.Person, given, surnames, map.Bool("known_by_surname") ?? false) is not { } person)
        {
            return;
        }

        foreach (var first in given)
        {
            foreach (var last in surnames)
            {
                AddPhrase(map, "given", $"{first} {last}", new Phrase(PhraseKind.Name, person.Id, MentionForm.FullName));
            }
        }

        foreach (var surname in surnames)
        {
            trie.Add(surname, new Phrase(PhraseKind.Surname, person.Id, MentionForm.Surname));
        }
    }

    private void ReadEntity(YamlMap map)
    {
        map.CheckKeys("id", "type", "name", "short", "aliases", "country", "tz");
        var typeText = map.String("type", required: true);
        if (typeText is null)
        {
            return;
        }

        if (!Enum.TryParse<EntityType>(typeText, ignoreCase: true, out var type) || type == EntityType.Person || type == EntityType.Country)
        {
            map.Error(DiagnosticCodes.InvalidValue, "type", $"'type' must be organization, city, place or group (people and countries have their own lists), not '{typeText}'");
            return;
        }

        AddEntity(map, type);
    }

    private GazetteerEntity? AddEntity(YamlMap map, EntityType type, ImmutableArray<string> given = default, ImmutableArray<string> surnames = default, bool knownBySurname = false)
    {
        var id = map.String("id", required: true);
        var name = map.String("name", required: true);
        if (id is null || name is null)
        {
            return null;
        }

        if (id != NameFolding.Key(id) || id.Contains(':', StringComparison.Ordinal))
        {
            map.Error(DiagnosticCodes.InvalidValue, "id", $"entity id '{id}' must be kebab-case (lower-case letters, digits and hyphens)");
            return null;
        }

        if (entities.TryGetValue(id, out var existing))
        {
            map.Error(DiagnosticCodes.DuplicateRuleId, "id", $"entity id '{id}' is already defined in {existing.File} line {existing.Line}");
            return null;
        }

        var entity = new GazetteerEntity(id, type, name, map.File, map.Line)
        {
            Short = map.String("short") ?? map.Strings("demonyms").FirstOrDefault(),
            Country = map.String("country"),
            GivenNames = given.IsDefault ? [] : given,
            Surnames = surnames.IsDefault ? [] : surnames,
            KnownBySurname = knownBySurname,
            TimeZoneId = map.TimeZone("tz"),
        };
        entities[id] = entity;
        AddPhrase(map, "name", name, new Phrase(PhraseKind.Name, id, MentionForm.FullName));
        foreach (var alias in map.Strings("aliases"))
        {
            AddPhrase(map, "aliases", alias, new Phrase(PhraseKind.Name, id, MentionForm.Alias));
        }

        if (type is EntityType.Country or EntityType.City or EntityType.Place)
        {
            foreach (var placeName in map.Strings("aliases").Add(name))
            {
                AddPlaceName(placeName, id);
            }
        }

        return entity;
    }

    /// <summary>A place's name as a dateline may write it, in any case ("DAMASCUS"); the first place to claim a name keeps it.</summary>
    private void AddPlaceName(string name, string placeId) => placeNames.TryAdd(NameFolding.Fold(name.Trim()), placeId);

    /// <summary>Adds a naming phrase; a phrase another entity already names is reported as ambiguous and left to the first.</summary>
    private void AddPhrase(YamlMap map, string key, string text, Phrase phrase)
    {
        var folded = NameFolding.Fold(text.Trim());
        if (aliasOwners.TryGetValue(folded, out var owner) && owner.Entity != phrase.Target && owner.Entity != phrase.Country)
        {
            map.Warning(DiagnosticCodes.AmbiguousAlias, key, $"'{text}' names both '{owner.Entity}' ({owner.File} line {owner.Line}) and '{phrase.Target}'; it stays with '{owner.Entity}'");
            return;
        }

        aliasOwners.TryAdd(folded, (phrase.Country ?? phrase.Target, map.File, map.Line));
        if (!trie.Add(text.Trim(), phrase))
        {
            map.Error(DiagnosticCodes.InvalidValue, key, $"'{text}' has no letters or digits to match");
        }
    }

    private void ReadOffice(YamlMap map)
    {
        map.CheckKeys("id", "name", "phrases", "plurals", "tags", "default_of");
        var id = map.String("id", required: true);
        var name = map.String("name", required: true);
        var tags = map.Strings("tags", required: true);
        if (id is null || name is null || tags.IsEmpty)
        {
            return;
        }

        if (!offices.TryAdd(id, new Office(id, name, tags) { DefaultOf = map.String("default_of") }))
        {
            map.Error(DiagnosticCodes.DuplicateRuleId, "id", $"office id '{id}' is defined twice");
            return;
        }

        foreach (var phrase in map.Strings("phrases"))
        {
            trie.Add(phrase, new Phrase(PhraseKind.Office, id, MentionForm.Title));
        }

        foreach (var phrase in map.Strings("plurals"))
        {
            trie.Add(phrase, new Phrase(PhraseKind.Office, id, MentionForm.Title, Plural: true));
        }
    }

    private void ReadRole(YamlMap map)
    {
        map.CheckKeys("id", "name", "of", "office", "tags", "titles", "holders");
        var id = map.String("id", required: true);
        var name = map.String("name", required: true);
        if (id is null || name is null)
        {
            return;
        }

        var of = map.String("of");
        if (of is not null && !entities.ContainsKey(of))
        {
            map.Error(DiagnosticCodes.UnknownReference, "of", $"role '{id}' belongs to '{of}', which is not in the gazetteer");
            of = null;
        }

        Office? office = null;
        if (map.String("office") is { } officeId && !offices.TryGetValue(officeId, out office))
        {
            map.Error(DiagnosticCodes.UnknownReference, "office", $"role '{id}' has office '{officeId}', which no offices list defines");
        }

        var role = new Role(id, name, of, office, map.Strings("tags"), ReadHolders(map, id));
        if (!roles.TryAdd(id, role))
        {
            map.Error(DiagnosticCodes.DuplicateRuleId, "id", $"role id '{id}' is defined twice");
            return;
        }

        foreach (var title in map.Strings("titles"))
        {
            trie.Add(title, new Phrase(PhraseKind.RoleTitle, id, MentionForm.Title));
        }
    }

    private ImmutableArray<RoleHolder> ReadHolders(YamlMap map, string roleId)
    {
        var holders = new List<RoleHolder>();
        foreach (var item in map.Maps("holders"))
        {
            item.CheckKeys("person", "from", "to");
            var person = item.String("person", required: true);
            var from = item.Date("from", required: true);
            var to = item.Date("to");
            if (person is null || from is null)
            {
                continue;
            }

            if (!entities.TryGetValue(person, out var entity) || entity.Type != EntityType.Person)
            {
                item.Error(DiagnosticCodes.UnknownReference, "person", $"holder '{person}' of role '{roleId}' is not a person in the gazetteer");
                continue;
            }

            if (to is { } end && end <= from)
            {
                item.Error(DiagnosticCodes.InvalidValue, "to", $"the period of '{person}' as '{roleId}' ends before it starts");
                continue;
            }

            var holder = new RoleHolder(person, from.Value, to);
            if (holders.Find(h => Overlap(h, holder)) is { } other)
            {
                item.Error(DiagnosticCodes.OverlappingRolePeriods, "from", $"'{person}' as '{roleId}' from {holder.From:yyyy-MM-dd} overlaps '{other.PersonId}' from {other.From:yyyy-MM-dd}");
                continue;
            }

            holders.Add(holder);
        }

        return [.. holders];
    }

    private static bool Overlap(RoleHolder a, RoleHolder b) =>
        (b.To is null || a.From < b.To) && (a.To is null || b.From < a.To);

    private void ReadLexicons(YamlMap map)
    {
        map.CheckKeys([.. NameLexicons.Keys]);
        foreach (var key in NameLexicons.Keys)
        {
            if (!map.Has(key))
            {
                continue;
            }

            if (!lexicons.TryGetValue(key, out var list))
            {
                lexicons[key] = list = [];
            }

            list.AddRange(map.Strings(key).Where(w => !string.IsNullOrWhiteSpace(w)));
        }
    }

    private void ReadRule(YamlMap map)
    {
        map.CheckKeys("id", "description", "examples");
        var id = map.String("id", required: true);
        if (id is null)
        {
            return;
        }

        if (!NameRuleIds.All.Contains(id))
        {
            map.Error(DiagnosticCodes.UnknownReference, "id", $"no name rule is called '{id}'; known: {string.Join(", ", NameRuleIds.All)}");
            return;
        }

        if (!enabledRules.Add(id))
        {
            map.Error(DiagnosticCodes.DuplicateRuleId, "id", $"rule '{id}' is defined twice");
            return;
        }

        var ruleExamples = RuleExample.ReadAll(map, id, RuleExample.DefaultReference);
        if (ruleExamples.IsEmpty)
        {
            map.Warning(DiagnosticCodes.NoExamples, "id", $"rule '{id}' has no examples");
        }

        examples.AddRange(ruleExamples);
    }

    private void CheckKnownBySurname()
    {
        var bySurname = entities.Values
            .Where(e => e.KnownBySurname)
            .SelectMany(e => e.Surnames.Select(s => NameFolding.Fold(s)).Distinct(StringComparer.Ordinal).Select(s => (Surname: s, Entity: e)))
            .GroupBy(p => p.Surname, StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in bySurname.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ids = group.Select(p => p.Entity.Id).Order(StringComparer.Ordinal).ToList();
            var first = group.First().Entity;
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.AmbiguousAlias, first.File, first.Line, 1, $"surname '{group.Key}' is known_by_surname for {string.Join(" and ", ids)}; a bare '{group.Key}' will only resolve within an article"));
        }
    }

    private NameModel Build()
    {
        var rolesByPerson = roles.Values
            .SelectMany(r => r.Holders.Select(h => (h.PersonId, Role: r)))
            .GroupBy(p => p.PersonId, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.Select(p => p.Role).Distinct().OrderBy(r => r.Id, StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
        // A city or place without a zone of its own keeps its country's (Aleppo: Asia/Damascus).
        var zoned = entities.Values.ToImmutableDictionary(
            e => e.Id,
            e => e.TimeZoneId is null && e.Country is { } country && entities.TryGetValue(country, out var holder) && holder.TimeZoneId is { } zone ? e with { TimeZoneId = zone } : e,
            StringComparer.Ordinal);
        return new NameModel(
            zoned,
            roles.ToImmutableDictionary(StringComparer.Ordinal),
            offices.ToImmutableDictionary(StringComparer.Ordinal),
            rolesByPerson,
            trie,
            NameLexicons.From(lexicons),
            enabledRules.ToImmutableHashSet(StringComparer.Ordinal),
            examples.ToImmutable(),
            matching)
        {
            PlaceNames = placeNames.ToImmutableDictionary(p => p.Key, p => zoned[p.Value], StringComparer.Ordinal),
        };
    }
}
