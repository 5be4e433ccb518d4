namespace ClaimCheck.Alignment;

/// <summary>
/// An article as weighted terms for story grouping (<see cref="TermCounter"/> says which): TF-IDF
/// with document frequencies of news at large (<see cref="BackgroundWeights"/>), so words every
/// article uses count little whatever the corpus being checked holds. Terms are ids of a
/// <see cref="TermTable"/>, kept in ascending order.
/// </summary>
internal sealed class TermVector
{
    private readonly int[] ids;
    private readonly double[] weights;

    private TermVector(int[] ids, double[] weights, double norm)
    {
        this.ids = ids;
        this.weights = weights;
        Norm = norm;
    }

    public double Norm { get; }

    public static TermVector Build(Dictionary<int, int> counts, TermTable table)
    {
        var ids = counts.Keys.ToArray();
        Array.Sort(ids);
        var weights = new double[ids.Length];
        double sum = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            var weight = (1 + Math.Log(counts[ids[i]])) * table.Weight(ids[i]);
            weights[i] = weight;
            sum += weight * weight;
        }

        return new TermVector(ids, weights, Math.Sqrt(sum));
    }

    /// <summary>
    /// Adds this vector, scaled to unit length, into a running sum (a story's centroid), and
    /// returns the sum's new sum of squares from the old one, so the norm needs no full pass.
    /// </summary>
    public double AddUnitTo(Dictionary<int, double> sum, double sumOfSquares)
    {
        if (Norm == 0)
        {
            return sumOfSquares;
        }

        for (var i = 0; i < ids.Length; i++)
        {
            ref var value = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sum, ids[i], out _);
            var before = value;
            value = before + (weights[i] / Norm);
            sumOfSquares += (value * value) - (before * before);
        }

        return sumOfSquares;
    }

    /// <summary>The terms of highest weight, at most <paramref name="count"/>, heaviest first (ties by term).</summary>
    public int[] Strongest(int count, TermTable table)
    {
        var order = Enumerable.Range(0, ids.Length).ToArray();
        Array.Sort(order, (a, b) => weights[a] != weights[b] ? weights[b].CompareTo(weights[a]) : string.CompareOrdinal(table.Term(ids[a]), table.Term(ids[b])));
        return [.. order.Take(count).Select(i => ids[i])];
    }

    /// <summary>Cosine between this vector and another.</summary>
    public double Cosine(TermVector other)
    {
        if (Norm == 0 || other.Norm == 0)
        {
            return 0;
        }

        double dot = 0;
        for (int i = 0, j = 0; i < ids.Length && j < other.ids.Length;)
        {
            if (ids[i] == other.ids[j])
            {
                dot += weights[i++] * other.weights[j++];
            }
            else if (ids[i] < other.ids[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return dot / (Norm * other.Norm);
    }

    /// <summary>Cosine between this vector and a sum of unit vectors with the given norm.</summary>
    public double Cosine(Dictionary<int, double> sum, double sumNorm)
    {
        if (Norm == 0 || sumNorm == 0)
        {
            return 0;
        }

        double dot = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            if (sum.TryGetValue(ids[i], out var w))
            {
                dot += weights[i] * w;
            }
        }

        return dot / (Norm * sumNorm);
    }
}
