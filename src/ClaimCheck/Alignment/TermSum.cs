using System.Runtime.InteropServices;

namespace ClaimCheck.Alignment;

/// <summary>
/// A running sum of unit term vectors (the first reports of a story), compared with one article's
/// vector at a time by cosine. The article is spread over a dense array indexed by term id
/// (<see cref="TermVector.Spread"/>), so a sum of few terms is compared by reading its own terms off
/// that array; a sum much larger than the article looks the article's terms up in it instead.
/// </summary>
internal sealed class TermSum
{
    /// <summary>Beyond this many times the article's terms, looking them up beats reading the whole sum.</summary>
    private const int ReadWholeSumUpTo = 4;

    private readonly Dictionary<int, int> slots = [];
    private readonly List<int> ids = [];
    private readonly List<double> values = [];
    private double sumOfSquares;

    public double Norm { get; private set; }

    /// <summary>Adds a vector scaled to unit length, keeping the sum's norm without a full pass.</summary>
    public void AddUnit(TermVector vector)
    {
        if (vector.Norm == 0)
        {
            return;
        }

        var terms = vector.Ids;
        var weights = vector.Weights;
        slots.EnsureCapacity(ids.Count + terms.Length);
        for (var i = 0; i < terms.Length; i++)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(slots, terms[i], out var exists);
            if (!exists)
            {
                slot = ids.Count;
                ids.Add(terms[i]);
                values.Add(0);
            }

            ref var value = ref CollectionsMarshal.AsSpan(values)[slot];
            var before = value;
            value = before + (weights[i] / vector.Norm);
            sumOfSquares += (value * value) - (before * before);
        }

        Norm = Math.Sqrt(sumOfSquares);
    }

    /// <summary>The cosine between the sum and <paramref name="vector"/>, which has been spread over <paramref name="spread"/>.</summary>
    public double Cosine(TermVector vector, ReadOnlySpan<double> spread)
    {
        if (vector.Norm == 0 || Norm == 0)
        {
            return 0;
        }

        double dot = 0;
        if (ids.Count <= ReadWholeSumUpTo * vector.Ids.Length)
        {
            var own = CollectionsMarshal.AsSpan(ids);
            var sums = CollectionsMarshal.AsSpan(values);
            for (var i = 0; i < own.Length; i++)
            {
                if (own[i] < spread.Length)
                {
                    dot += spread[own[i]] * sums[i];
                }
            }
        }
        else
        {
            var terms = vector.Ids;
            var weights = vector.Weights;
            var sums = CollectionsMarshal.AsSpan(values);
            for (var i = 0; i < terms.Length; i++)
            {
                if (slots.TryGetValue(terms[i], out var slot))
                {
                    dot += weights[i] * sums[slot];
                }
            }
        }

        return dot / (vector.Norm * Norm);
    }
}
