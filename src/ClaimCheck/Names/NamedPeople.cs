using ClaimCheck.Text;

namespace ClaimCheck.Names;

/// <summary>
/// The people an article names, indexed by what a surname candidate can find them by: a long
/// article names the same few people thousands of times, and looking through all of them for each
/// surname made resolving take time in the square of the article's length. A surname candidate
/// carries a named person when it lists the person's entity among its gazetteer surnames, when
/// its several words are exactly the person's, or when its one word is the person's first or last
/// word (for a person named without words, one of the entity's surnames). Of the people that fit,
/// the nearest one before the candidate is taken, else the first one after it; of several at one
/// place, the one named first.
/// </summary>
internal sealed class NamedPeople
{
    /// <summary>Surnames shorter than this are too alike by chance ("Lee" and "Lew") to be taken for a misspelling.</summary>
    private const int MisspeltMinimum = 6;

    // Keys are joined with a character no folded name word holds.
    private const char Separator = '\u001F';

    private readonly NameModel model;
    private readonly Dictionary<string, List<Placed>> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Placed>> byLastOfSeveral = new(StringComparer.Ordinal);

    // Both caches answer for the people named so far, so Add empties them.
    private readonly Dictionary<string, Fitting> carryingWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Fitting?> misspelling = new(StringComparer.Ordinal);
    private int count;

    public NamedPeople(NameModel model, IEnumerable<NameCandidate> people)
    {
        this.model = model;
        foreach (var person in people)
        {
            Add(person);
        }
    }

    public void Add(NameCandidate person)
    {
        var placed = new Placed(person, count++);
        foreach (var key in KeysOf(person).Distinct(StringComparer.Ordinal))
        {
            Insert(byKey, key, placed);
        }

        if (person.Words.Length > 1)
        {
            Insert(byLastOfSeveral, person.Words[^1], placed);
        }

        carryingWord.Clear();
        misspelling.Clear();
    }

    /// <summary>The nearest named person who carries the candidate's name.</summary>
    public NameCandidate? Nearest(NameCandidate surname) => Nearest(ListsFor(surname), surname.Span.Start);

    /// <summary>
    /// The people who carry a one-word candidate's word; of them, when any has it as a word of its
    /// own, only those: a part of a hyphenated surname ("Harris" of "Williams-Harris") is left to a
    /// person of exactly that surname.
    /// </summary>
    public Fitting CarryingWord(NameCandidate surname)
    {
        var word = surname.Words.Single();
        var key = string.Join(Separator, [word, .. surname.SurnameOf]);
        if (!carryingWord.TryGetValue(key, out var people))
        {
            var fitting = Union(ListsFor(surname));
            var exact = fitting.FindAll(p => !HyphenPartOnly(p.Person, word));
            carryingWord[key] = people = new Fitting(exact.Count > 0 ? exact : fitting);
        }

        return people;
    }

    /// <summary>
    /// The nearest person named in full whose surname a long one-word candidate misspells by one
    /// letter left out, added, changed or swapped ("Hernadez, 25" after "Aaron Hernandez"): outlets
    /// mistype a name they gave right a line before. None when two people would fit.
    /// </summary>
    public NameCandidate? Misspelt(NameCandidate surname)
    {
        if (surname.Words is not [var word] || word.Length < MisspeltMinimum)
        {
            return null;
        }

        if (!misspelling.TryGetValue(word, out var people))
        {
            var fitting = Union(byLastOfSeveral.Where(e => e.Key.Length >= MisspeltMinimum && Typos.OneSlipApart(e.Key, word, sameLength: false)).Select(e => e.Value));
            misspelling[word] = people = fitting.Select(p => p.Person.EntityId).Distinct(StringComparer.Ordinal).Count() == 1 ? new Fitting(fitting) : null;
        }

        return people?.Nearest(surname);
    }

    private IEnumerable<string> KeysOf(NameCandidate person)
    {
        yield return EntityKey(person.EntityId!);
        yield return WordsKey(person.Words);
        if (!person.Words.IsEmpty)
        {
            yield return WordKey(person.Words[0]);
            yield return WordKey(person.Words[^1]);
        }
        else if (model.Entities.TryGetValue(person.EntityId!, out var entity))
        {
            foreach (var surname in entity.Surnames)
            {
                yield return WordKey(NameFolding.Key(surname));
            }
        }
    }

    private IEnumerable<List<Placed>> ListsFor(NameCandidate surname)
    {
        var keys = surname.SurnameOf.Select(EntityKey);
        if (surname.Words.Length > 1)
        {
            keys = keys.Append(WordsKey(surname.Words));
        }
        else if (surname.Words.Length == 1)
        {
            keys = keys.Append(WordKey(surname.Words[0]));
        }

        foreach (var key in keys)
        {
            if (byKey.TryGetValue(key, out var list))
            {
                yield return list;
            }
        }
    }

    private static string EntityKey(string entityId) => "e" + Separator + entityId;

    private static string WordsKey(ImmutableArray<string> words) => "s" + Separator + string.Join(Separator, words);

    private static string WordKey(string word) => "w" + Separator + word;

    /// <summary>Whether a person's name holds a folded word only as part of a hyphenated word ("harris" in "Deanese Williams-Harris").</summary>
    private static bool HyphenPartOnly(NameCandidate person, string word)
    {
        var asPart = false;
        foreach (var written in person.CanonicalName!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var folded = NameFolding.Fold(written.TrimEnd('.', ','));
            if (folded == word)
            {
                return false;
            }

            asPart |= folded.Contains('-', StringComparison.Ordinal) && folded.Split('-').Contains(word);
        }

        return asPart;
    }

    private static void Insert(Dictionary<string, List<Placed>> index, string key, Placed placed)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        // The newest person is named after all in the list, so it goes after those at its place too.
        list.Insert(Sorted.FirstFrom(list, placed.Start + 1, p => p.Start), placed);
    }

    private static List<Placed> Union(IEnumerable<List<Placed>> lists)
    {
        var union = lists.SelectMany(l => l).DistinctBy(p => p.Order).ToList();
        union.Sort(Placed.Compare);
        return union;
    }

    private static NameCandidate? Nearest(IEnumerable<List<Placed>> lists, int at)
    {
        Placed? before = null;
        Placed? after = null;
        foreach (var list in lists)
        {
            var first = Sorted.FirstFrom(list, at, p => p.Start);
            if (first < list.Count && (after is not { } a || Placed.Compare(list[first], a) < 0))
            {
                after = list[first];
            }

            if (first > 0)
            {
                var closest = list[Sorted.FirstFrom(list, list[first - 1].Start, p => p.Start)];
                if (before is not { } b || closest.Start > b.Start || (closest.Start == b.Start && closest.Order < b.Order))
                {
                    before = closest;
                }
            }
        }

        return (before ?? after)?.Person;
    }

    /// <summary>A named person and how many were named before it.</summary>
    internal readonly record struct Placed(NameCandidate Person, int Order)
    {
        public int Start => Person.Span.Start;

        public static int Compare(Placed a, Placed b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Order.CompareTo(b.Order);
    }

    /// <summary>Named people that fit one candidate, in text order.</summary>
    public sealed class Fitting
    {
        private readonly List<Placed> people;
        private readonly Dictionary<string, NameCandidate> firstOfEntity = new(StringComparer.Ordinal);

        public Fitting(List<Placed> people)
        {
            this.people = people;
            foreach (var p in people.OrderBy(p => p.Order))
            {
                firstOfEntity.TryAdd(p.Person.EntityId!, p.Person);
            }
        }

        public bool IsEmpty => people.Count == 0;

        /// <summary>The one of an entity named first.</summary>
        public NameCandidate? FirstOf(string entityId) => firstOfEntity.GetValueOrDefault(entityId);

        public NameCandidate? Nearest(NameCandidate at) => NamedPeople.Nearest([people], at.Span.Start);
    }
}
