using System.Globalization;

namespace ClaimCheck.Evaluation;

/// <summary>How many of a number of cases were hits, as evaluations report it ("512/598 (85.6%)").</summary>
public readonly record struct Rate
{
    public Rate(int hits, int total)
    {
        Preconditions.CheckArgument(total >= 0 && hits >= 0 && hits <= total, nameof(hits), "hits must lie between 0 and the total");
        Hits = hits;
        Total = total;
    }

    public int Hits { get; }

    public int Total { get; }

    /// <summary>The share of hits in percent, one decimal; 0 when there were no cases.</summary>
    public decimal Percent => Total == 0 ? 0 : Math.Round(100m * Hits / Total, 1);

    public static Rate Of<T>(IEnumerable<T> cases, Func<T, bool> hit)
    {
        int hits = 0, total = 0;
        foreach (var item in cases)
        {
            total++;
            if (hit(item))
            {
                hits++;
            }
        }

        return new Rate(hits, total);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Hits}/{Total} ({Percent:0.0}%)");
}

/// <summary>
/// One scored figure of an evaluation: a stable key for JSON, a label for people, and the rate;
/// or, for a figure that is no share of cases (an F1, a B-cubed average), its score between 0 and 1.
/// </summary>
public sealed record EvaluationFigure(string Key, string Label, Rate Rate)
{
    public decimal? Score { get; private init; }

    public static EvaluationFigure OfScore(string key, string label, double score)
    {
        Preconditions.CheckArgument(score is >= 0 and <= 1, nameof(score), "a score lies between 0 and 1");
        return new EvaluationFigure(key, label, default) { Score = Math.Round((decimal)score, 3) };
    }

    public override string ToString() => Score is { } score ? score.ToString("0.000", CultureInfo.InvariantCulture) : Rate.ToString();
}
