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

    public static Dictionary<string, int> Counts(ExtractedArticle article, ImmutableHashSet<string> stopwords)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var document = article.Analysis.Document;
        var outlet = OutletWords(document.Article);
        void AddWords(string text, int times)
        {
            foreach (var word in QuoteText.Words(text))
            {
                if (word.Length > 2 && !stopwords.Contains(word) && !char.IsDigit(word[0]) && !outlet.Contains(word))
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
            if (EntityIds.IsUnknown(entity.EntityId) && QuoteText.Words(entity.CanonicalName).All(outlet.Contains))
            {
                continue;
            }

            var key = "@" + entity.EntityId;
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    /// <summary>
    /// The words of the outlet's name and web address: an outlet prints its name on every page
    /// ("KSLA News 12", "wral.com"), which ties its stories to each other, not to their events.
    /// </summary>
    private static HashSet<string> OutletWords(Corpus.Article article)
    {
        var words = new HashSet<string>(QuoteText.Words(article.Outlet), StringComparer.Ordinal);
        if (Uri.TryCreate(article.Url, UriKind.Absolute, out var url))
        {
            var host = url.Host;
            var archived = url.AbsolutePath.IndexOf("://", StringComparison.Ordinal);
            if (archived > 0 && Uri.TryCreate(url.AbsolutePath[(archived - 4)..].TrimStart('/'), UriKind.Absolute, out var original))
            {
                host = original.Host;
            }

            words.UnionWith(QuoteText.Words(host.Replace('.', ' ')));
            words.UnionWith(QuoteText.Words(host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host));
        }

        words.UnionWith(QuoteText.Words(article.Outlet.Replace(".", "", StringComparison.Ordinal)));
        return words;
    }

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

        var words = QuoteText.Words(term[(1 + EntityIds.Unknown("").Length)..]);
        return words.Length == 0 ? background.Unseen : words.Average(background.Weight);
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
