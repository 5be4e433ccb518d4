namespace ClaimCheck.Alignment;

/// <summary>
/// What story grouping reads of one article, worked out when the article is extracted (see
/// <see cref="StorySigner"/>), so that grouping itself only compares numbers: the article's terms as
/// stable hashes with their TF-IDF weights, its strongest terms, the names and quoted words that tie
/// a follow-up to its first reports, and the days its lead names.
/// </summary>
public sealed class StorySignature
{
    public StorySignature(ImmutableArray<long> terms, ImmutableArray<double> weights, ImmutableArray<long> strongest, ImmutableArray<long> distinctive, ImmutableArray<long> anchors, ImmutableArray<int> leadDays)
    {
        Preconditions.CheckArgument(terms.Length == weights.Length, nameof(weights), "one weight per term");
        Preconditions.CheckArgument(distinctive.All(strongest.Contains), nameof(distinctive), "must be some of the strongest terms");
        Terms = terms;
        Weights = weights;
        Strongest = strongest;
        Distinctive = distinctive;
        Anchors = anchors;
        LeadDays = leadDays;
        Norm = Math.Sqrt(weights.Sum(w => w * w));
    }

    /// <summary>The article's terms (<see cref="TermCounter"/> says which), as stable hashes in ascending order.</summary>
    public ImmutableArray<long> Terms { get; }

    /// <summary>Each term's weight: (1 + log of its count) times its weight in news at large.</summary>
    public ImmutableArray<double> Weights { get; }

    public double Norm { get; }

    /// <summary>The terms of highest weight, heaviest first (ties by term).</summary>
    public ImmutableArray<long> Strongest { get; }

    /// <summary>Those of <see cref="Strongest"/> rare enough in news at large to find a story by, in the same order.</summary>
    public ImmutableArray<long> Distinctive { get; }

    /// <summary>Hashes of the unknown people named in full in the lead and of runs of quoted words, in ascending order.</summary>
    public ImmutableArray<long> Anchors { get; }

    /// <summary>The streets the lead places its event on, as stable hashes of their names in ascending order.</summary>
    public ImmutableArray<long> LeadStreets { get; init; } = [];

    /// <summary>The days the lead dates its event to, as day numbers in ascending order.</summary>
    public ImmutableArray<int> LeadDays { get; }

    /// <summary>Whether the two articles share an anchor: a person named or words quoted.</summary>
    public bool SharesAnchorWith(StorySignature other) => Meet(Anchors.AsSpan(), other.Anchors.AsSpan(), 0L);

    /// <summary>Whether both leads name days and none within a day of a day the other names.</summary>
    public bool DatesAnotherDayThan(StorySignature other) =>
        LeadDays.Length > 0 && other.LeadDays.Length > 0 && !Meet(LeadDays.AsSpan(), other.LeadDays.AsSpan(), 1);

    /// <summary>Whether two ascending lists hold values at most <paramref name="apart"/> from each other.</summary>
    private static bool Meet<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, T apart)
        where T : System.Numerics.INumber<T>
    {
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] + apart < b[j])
            {
                i++;
            }
            else if (b[j] + apart < a[i])
            {
                j++;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The cosine between two articles' terms.</summary>
    public double Cosine(StorySignature other)
    {
        if (Norm == 0 || other.Norm == 0)
        {
            return 0;
        }

        double dot = 0;
        for (int i = 0, j = 0; i < Terms.Length && j < other.Terms.Length;)
        {
            if (Terms[i] == other.Terms[j])
            {
                dot += Weights[i++] * other.Weights[j++];
            }
            else if (Terms[i] < other.Terms[j])
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
