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

    /// <summary>A vector of terms in ascending order of id and how often each occurs (see <see cref="TermCounter.Count"/>).</summary>
    public static TermVector Build((int[] Ids, int[] Counts) terms, TermTable table)
    {
        var (ids, counts) = terms;
        var weights = new double[ids.Length];
        double sum = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            var weight = (1 + Math.Log(counts[i])) * table.Weight(ids[i]);
            weights[i] = weight;
            sum += weight * weight;
        }

        return new TermVector(ids, weights, Math.Sqrt(sum));
    }

    /// <summary>The terms, in ascending order of id.</summary>
    public ReadOnlySpan<int> Ids => ids;

    /// <summary>The terms' weights, in the order of <see cref="Ids"/>.</summary>
    public ReadOnlySpan<double> Weights => weights;

    /// <summary>Writes the weights into a dense array indexed by term id (grown to hold every id), for <see cref="TermSum.Cosine"/>; <see cref="Unspread"/> clears them again.</summary>
    public void Spread(ref double[] dense)
    {
        if (ids.Length > 0 && ids[^1] >= dense.Length)
        {
            Array.Resize(ref dense, Math.Max(ids[^1] + 1, dense.Length * 2));
        }

        for (var i = 0; i < ids.Length; i++)
        {
            dense[ids[i]] = weights[i];
        }
    }

    public void Unspread(double[] dense)
    {
        foreach (var id in ids)
        {
            dense[id] = 0;
        }
    }

    /// <summary>The terms of highest weight, at most <paramref name="count"/>, heaviest first (ties by term, so that the order never depends on the ids a run handed out).</summary>
    public int[] Strongest(int count, TermTable table)
    {
        var take = Math.Min(count, ids.Length);
        if (take == 0)
        {
            return [];
        }

        var order = new int[ids.Length];
        var keys = new double[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            order[i] = i;
            keys[i] = -weights[i];
        }

        Array.Sort(keys, order);
        var end = take;
        while (end < keys.Length && keys[end] == keys[take - 1])
        {
            end++;
        }

        var byTerm = Comparer<int>.Create((a, b) => string.CompareOrdinal(table.Term(ids[a]), table.Term(ids[b])));
        for (var start = 0; start < end;)
        {
            var stop = start + 1;
            while (stop < end && keys[stop] == keys[start])
            {
                stop++;
            }

            if (stop - start > 1)
            {
                Array.Sort(order, start, stop - start, byTerm);
            }

            start = stop;
        }

        var strongest = new int[take];
        for (var i = 0; i < take; i++)
        {
            strongest[i] = ids[order[i]];
        }

        return strongest;
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
}
