namespace ClaimCheck.Names;

/// <summary>A distinct person id to cluster: its fullest name, how often it is named, and whether it is fixed (a gazetteer person).</summary>
internal sealed record PersonName(string Id, string Name, int Weight, bool Known);

/// <summary>
/// Groups people's names that name one person. Names are taken known people first, then fullest
/// name first; each joins the one cluster all of whose names it matches
/// (<see cref="NameMatcher.ComparePeople"/>), so "Ronald Lee Haskell", "Ron Haskell" and
/// "R. Haskell" become one person while "John Smith" and "Jane Smith" stay two. A name that fits
/// two clusters ("Smith" beside both) is ambiguous and keeps its own id; a known person never
/// joins another. Clusters are blocked by the first letter of the surname.
/// </summary>
internal static class PersonClusters
{
    /// <summary>Each id's cluster id: the id of the cluster's first name in that order.</summary>
    public static Dictionary<string, string> Canonical(NameMatcher matcher, IEnumerable<PersonName> names)
    {
        var ordered = names
            .Select(n => (Person: n, Words: NameMatcher.Preprocess(n.Name).Count(' ') + 1, Surname: matcher.Surname(n.Name)))
            .OrderBy(n => n.Person.Known ? 0 : 1)
            .ThenByDescending(n => n.Words)
            .ThenByDescending(n => n.Person.Weight)
            .ThenBy(n => n.Person.Id, StringComparer.Ordinal)
            .ToList();
        var blocks = new Dictionary<char, List<List<PersonName>>>();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (person, _, surname) in ordered)
        {
            var block = surname.Length > 0 ? surname[0] : ' ';
            if (!blocks.TryGetValue(block, out var clusters))
            {
                blocks[block] = clusters = [];
            }

            var fits = person.Known ? [] : clusters.Where(c => c.TrueForAll(member => matcher.ComparePeople(member.Name, person.Name).IsMatch)).Take(2).ToList();
            if (fits.Count == 1)
            {
                fits[0].Add(person);
                result[person.Id] = fits[0][0].Id;
                continue;
            }

            result[person.Id] = person.Id;
            if (fits.Count == 0)
            {
                clusters.Add([person]);
            }
        }

        JoinGivenNames(matcher, blocks, result);
        return result;
    }

    /// <summary>
    /// A person named by the given name alone ("Gianna said she misses him") is the one person
    /// named in full with that given name ("Gianna Floyd"), when no other has it and no one has it
    /// as a surname: news calls children and many victims by their first names.
    /// </summary>
    private static void JoinGivenNames(NameMatcher matcher, Dictionary<char, List<List<PersonName>>> blocks, Dictionary<string, string> result)
    {
        var clusters = blocks.Values.SelectMany(b => b).ToList();
        var full = clusters.Where(c => Words(c[0].Name).Length > 1).ToList();
        // Each name is read once: which clusters name someone in full with a given name, and which surnames they hold.
        var givenIn = full
            .SelectMany(c => c.Select(member => Words(member.Name)).Where(words => words.Length > 1).Select(words => (Given: words[0], Cluster: c)))
            .Distinct()
            .ToLookup(p => p.Given, p => p.Cluster, StringComparer.Ordinal);
        var surnames = full.Select(c => matcher.Surname(c[0].Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var single in clusters.Where(c => c.Count == 1 && !c[0].Known))
        {
            if (Words(single[0].Name) is [var word] && givenIn[word].Take(2).ToList() is [var named] && !surnames.Contains(word))
            {
                result[single[0].Id] = named[0].Id;
            }
        }
    }

    private static string[] Words(string name) => NameMatcher.Preprocess(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
