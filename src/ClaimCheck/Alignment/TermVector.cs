namespace ClaimCheck.Alignment;

/// <summary>
/// An article's terms during one grouping run: the terms of its <see cref="StorySignature"/> as small
/// ids of that run, so that a story's first reports (<see cref="TermSum"/>) can be compared with it
/// through a dense array.
/// </summary>
internal sealed class TermVector
{
    private readonly int[] ids;
    private readonly ImmutableArray<double> weights;

    public TermVector(int[] ids, ImmutableArray<double> weights, double norm)
    {
        Preconditions.CheckArgument(ids.Length == weights.Length, nameof(weights), "one weight per term");
        this.ids = ids;
        this.weights = weights;
        Norm = norm;
    }

    public double Norm { get; }

    public ReadOnlySpan<int> Ids => ids;

    /// <summary>The terms' weights, in the order of <see cref="Ids"/>.</summary>
    public ReadOnlySpan<double> Weights => weights.AsSpan();

    /// <summary>Writes the weights into a dense array indexed by term id (grown to hold every id), for <see cref="TermSum.Cosine"/>; <see cref="Unspread"/> clears them again.</summary>
    public void Spread(ref double[] dense)
    {
        var largest = ids.Length == 0 ? -1 : ids.Max();
        if (largest >= dense.Length)
        {
            Array.Resize(ref dense, Math.Max(largest + 1, dense.Length * 2));
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
}
