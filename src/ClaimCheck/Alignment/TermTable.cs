using ClaimCheck.Claims;
using ClaimCheck.Names;

namespace ClaimCheck.Alignment;

/// <summary>
/// Story-grouping terms as numbers: each distinct term gets an id the first time it is met, with
/// its weight from the background table, so grouping compares and sums numbers, not strings.
/// Ids depend on the order terms are met, and only ever stand in for their terms inside one table;
/// <see cref="Hash"/> stands in for them anywhere.
/// </summary>
internal sealed class TermTable
{
    private const double EntityWeight = 2.0;

    private readonly BackgroundWeights background;
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> spans;
    private readonly List<string> terms = [];
    private readonly List<double> backgroundWeights = [];
    private readonly List<double> weights = [];
    private readonly List<long> hashes = [];
    private readonly Dictionary<string, int> entityTerms = new(StringComparer.Ordinal);
    private readonly char[] buffer = new char[64];

    public TermTable(BackgroundWeights background)
    {
        this.background = background;
        spans = ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Id(ReadOnlySpan<char> term) => spans.TryGetValue(term, out var id) ? id : Add(term.ToString());

    public int Id(string term) => ids.TryGetValue(term, out var id) ? id : Add(term);

    /// <summary>The id of a term met before, without handing out a new one.</summary>
    public bool TryGetId(ReadOnlySpan<char> term, out int id) => spans.TryGetValue(term, out id);

    /// <summary>How many ids have been handed out: they run from 0 to one less than this.</summary>
    public int Count => terms.Count;

    /// <summary>The id of a named entity's term, <c>@</c> and its entity id, without building the term each time.</summary>
    public int EntityTerm(string entityId)
    {
        if (!entityTerms.TryGetValue(entityId, out var id))
        {
            entityTerms[entityId] = id = Id("@" + entityId);
        }

        return id;
    }

    public string Term(int id) => terms[id];

    /// <summary>The term as a stable hash, the same on every thread and in every run.</summary>
    public long Hash(int id) => hashes[id];

    /// <summary>How rare the term is in news at large (the log of one over its share of articles).</summary>
    public double BackgroundWeight(int id) => backgroundWeights[id];

    /// <summary>The term's weight in a vector: its background weight; for a named entity, weighted up.</summary>
    public double Weight(int id) => weights[id];

    private int Add(string term)
    {
        var id = terms.Count;
        ids[term] = id;
        terms.Add(term);
        hashes.Add((long)StableHash.Of(term));
        backgroundWeights.Add(background.Weight(term));
        weights.Add(term[0] == '@' ? EntityWeight * EntityBackground(term) : background.Weight(term));
        return id;
    }

    /// <summary>
    /// A person or place the gazetteer does not know weighs as its words do on average: "Boy" taken
    /// for a name is as common as the word, a stranger's full name as rare as its words.
    /// </summary>
    private double EntityBackground(string term)
    {
        if (!EntityIds.IsUnknown(term[1..]))
        {
            return background.Weight(term);
        }

        double sum = 0;
        var count = 0;
        foreach (var word in new FoldedWords(term.AsSpan(1 + EntityIds.Unknown("").Length), buffer))
        {
            sum += background.Weight(word);
            count++;
        }

        return count == 0 ? background.Unseen : sum / count;
    }
}
