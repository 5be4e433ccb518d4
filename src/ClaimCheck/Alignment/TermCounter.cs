using System.Runtime.InteropServices;
using ClaimCheck.Claims;
using ClaimCheck.Corpus;
using ClaimCheck.Names;

namespace ClaimCheck.Alignment;

/// <summary>
/// Counts an article's story-grouping terms: content words of the title (counted twice) and of the
/// cleaned body, folded as <see cref="QuoteText"/> folds them, longer than two letters, not a
/// stopword, a number or a word of the outlet's own name; and <c>@</c> with the id of each named
/// person, organization and place (countries are too broad to tell stories apart). One counter
/// serves many articles: words are counted in place, and each outlet's words are read once.
/// </summary>
internal sealed class TermCounter
{
    /// <summary>About how many terms a news article has, so that counting seldom grows a table.</summary>
    private const int ExpectedTerms = 512;

    private readonly HashSet<string> stopwords;
    private readonly Dictionary<(string Outlet, string? Host), HashSet<string>> outlets = [];
    private readonly char[] buffer = new char[64];

    public TermCounter(IEnumerable<string> stopwords)
    {
        this.stopwords = new HashSet<string>(stopwords, StringComparer.Ordinal);
    }

    /// <summary>The terms of an article and how often each occurs, as ids of <paramref name="table"/>.</summary>
    internal Dictionary<int, int> Count(ExtractedArticle article, TermTable table)
    {
        var counts = new Dictionary<int, int>(ExpectedTerms);
        var document = article.Analysis.Document;
        var outlet = OutletWords(document.Article);
        AddWords(counts, table, document.Article.Title, 2, outlet);
        foreach (var sentence in document.Sentences)
        {
            AddWords(counts, table, document.Text.AsSpan(sentence.Span.Start, sentence.Span.Length), 1, outlet);
        }

        var entities = new Dictionary<string, int>(article.Analysis.Entities.Length, StringComparer.Ordinal);
        foreach (var entity in article.Analysis.Entities)
        {
            if (entity.Type is not EntityType.Country)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(entities, entity.EntityId, out _)++;
            }
        }

        foreach (var (id, count) in entities)
        {
            if (!EntityIds.IsUnknown(id) || !AllOutletWords(id, outlet))
            {
                counts[table.EntityTerm(id)] = count;
            }
        }

        return counts;
    }

    /// <summary>Whether every word of an unknown entity's id is the outlet's ("KSLA News" at the foot of a KSLA page).</summary>
    private bool AllOutletWords(string id, HashSet<string> outlet)
    {
        var own = outlet.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in new FoldedWords(id.AsSpan(EntityIds.Unknown("").Length), buffer))
        {
            if (!own.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private void AddWords(Dictionary<int, int> counts, TermTable table, ReadOnlySpan<char> text, int times, HashSet<string> outlet)
    {
        var stop = stopwords.GetAlternateLookup<ReadOnlySpan<char>>();
        var own = outlet.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in new FoldedWords(text, buffer))
        {
            if (word.Length > 2 && !char.IsDigit(word[0]) && !stop.Contains(word) && !own.Contains(word))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, table.Id(word), out _) += times;
            }
        }
    }

    /// <summary>
    /// The words of the outlet's name and web address: an outlet prints its name on every page
    /// ("KSLA News 12", "wral.com"), which ties its stories to each other, not to their events.
    /// </summary>
    private HashSet<string> OutletWords(Article article)
    {
        var key = (article.Outlet, article.Url is { } url ? WebAddress.HostOf(url) : null);
        if (outlets.TryGetValue(key, out var known))
        {
            return known;
        }

        var words = new HashSet<string>(QuoteText.Words(article.Outlet), StringComparer.Ordinal);
        words.UnionWith(QuoteText.Words(article.Outlet.Replace(".", "", StringComparison.Ordinal)));
        if (key.Item2 is { } host)
        {
            words.UnionWith(QuoteText.Words(host.Replace('.', ' ')));
            words.UnionWith(QuoteText.Words(host));
        }

        outlets[key] = words;
        return words;
    }
}
