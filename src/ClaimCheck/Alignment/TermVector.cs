using ClaimCheck.Claims;
using ClaimCheck.Names;

namespace ClaimCheck.Alignment;

/// <summary>
/// An article as weighted terms for story grouping: content words of the title (counted twice)
/// and cleaned body, plus the ids of named people, organizations and places, which weigh most.
/// Weights are TF-IDF over the corpus being checked, so words every article uses count little.
/// </summary>
internal sealed class TermVector
{
    private const double EntityWeight = 3.0;

    private readonly Dictionary<string, double> weights;

    private TermVector(Dictionary<string, double> weights, double norm)
    {
        this.weights = weights;
        Norm = norm;
    }

    public double Norm { get; }

    public static Dictionary<string, int> Counts(ExtractedArticle article, ImmutableHashSet<string> stopwords)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var document = article.Analysis.Document;
        void AddWords(string text, int times)
        {
            foreach (var word in QuoteText.Words(text))
            {
                if (word.Length > 2 && !stopwords.Contains(word) && !char.IsDigit(word[0]))
                {
                    counts[word] = counts.GetValueOrDefault(word) + times;
                }
            }
        }

        AddWords(document.Article.Title ?? "", 2);
        foreach (var sentence in document.Sentences)
        {
            AddWords(document.SentenceText(sentence), 1);
        }

        foreach (var entity in article.Analysis.Entities.Where(e => e.Type is not EntityType.Country))
        {
            var key = "@" + entity.EntityId;
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    public static TermVector Build(Dictionary<string, int> counts, IReadOnlyDictionary<string, int> documentFrequency, int documents)
    {
        var weights = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        double sum = 0;
        foreach (var (term, count) in counts)
        {
            var idf = Math.Log((documents + 1.0) / (documentFrequency[term] + 1.0)) + 1.0;
            var weight = (1 + Math.Log(count)) * idf * (term[0] == '@' ? EntityWeight : 1.0);
            weights[term] = weight;
            sum += weight * weight;
        }

        return new TermVector(weights, Math.Sqrt(sum));
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
