using ClaimCheck.Claims;
using ClaimCheck.Names;

namespace ClaimCheck.Alignment;

/// <summary>
/// An article as weighted terms for story grouping: content words of the title (counted twice)
/// and cleaned body, plus the ids of named people, organizations and places, which weigh most.
/// Weights are TF-IDF with document frequencies of news at large (<see cref="BackgroundWeights"/>),
/// so words every article uses count little whatever the corpus being checked holds.
/// </summary>
internal sealed class TermVector
{
    private const double EntityWeight = 2.0;

    private readonly Dictionary<string, double> weights;

    private TermVector(Dictionary<string, double> weights, double norm)
    {
        this.weights = weights;
        Norm = norm;
    }

    public double Norm { get; }

    /// <summary>The terms and their weights.</summary>
    public IReadOnlyDictionary<string, double> Weights => weights;

    public static TermVector Build(Dictionary<string, int> counts, BackgroundWeights background)
    {
        var weights = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        double sum = 0;
        foreach (var (term, count) in counts)
        {
            var weight = (1 + Math.Log(count)) * (term[0] == '@' ? EntityWeight * EntityBackground(term, background) : background.Weight(term));
            weights[term] = weight;
            sum += weight * weight;
        }

        return new TermVector(weights, Math.Sqrt(sum));
    }

    /// <summary>
    /// A person or place the gazetteer does not know weighs as its words do on average: "Boy" taken
    /// for a name is as common as the word, a stranger's full name as rare as its words.
    /// </summary>
    private static double EntityBackground(string term, BackgroundWeights background)
    {
        if (!EntityIds.IsUnknown(term[1..]))
        {
            return background.Weight(term);
        }

        double sum = 0;
        var count = 0;
        foreach (var word in new FoldedWords(term.AsSpan(1 + EntityIds.Unknown("").Length), new char[64]))
        {
            sum += background.Weight(word);
            count++;
        }

        return count == 0 ? background.Unseen : sum / count;
    }

    /// <summary>
    /// Adds this vector, scaled to unit length, into a running sum (a story's centroid), and
    /// returns the sum's new sum of squares from the old one, so the norm needs no full pass.
    /// </summary>
    public double AddUnitTo(Dictionary<string, double> sum, double sumOfSquares)
    {
        if (Norm == 0)
        {
            return sumOfSquares;
        }

        foreach (var (term, weight) in weights)
        {
            var before = sum.GetValueOrDefault(term);
            var after = before + (weight / Norm);
            sum[term] = after;
            sumOfSquares += (after * after) - (before * before);
        }

        return sumOfSquares;
    }

    /// <summary>The terms of highest weight, at most <paramref name="count"/>, heaviest first (ties by term).</summary>
    public string[] Strongest(int count)
    {
        var all = weights.ToArray();
        Array.Sort(all, (a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        return [.. all.Take(count).Select(p => p.Key)];
    }

    /// <summary>Cosine between this vector and another.</summary>
    public double Cosine(TermVector other) => Cosine(other.weights, other.Norm);

    /// <summary>Cosine between this vector and a sum of unit vectors with the given norm.</summary>
    public double Cosine(Dictionary<string, double> sum, double sumNorm)
    {
        if (Norm == 0 || sumNorm == 0)
        {
            return 0;
        }

        double dot = 0;
        foreach (var (term, weight) in weights)
        {
            if (sum.TryGetValue(term, out var w))
            {
                dot += weight * w;
            }
        }

        return dot / (Norm * sumNorm);
    }
}
