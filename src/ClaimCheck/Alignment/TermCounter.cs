using ClaimCheck.Claims;
using ClaimCheck.Corpus;
using ClaimCheck.Names;

namespace ClaimCheck.Alignment;

/// <summary>
/// Counts an article's story-grouping terms: content words of the title (counted twice) and of the
/// cleaned body, folded as <see cref="QuoteText"/> folds them, longer than two letters, not a
/// stopword, a number or a word of the outlet's own name; terms the caller reads off the article (ages); and <c>@</c> with the id of each named
/// person, organization and place (countries are too broad to tell stories apart). One counter
/// serves many articles of one <see cref="TermTable"/>: a word is looked up once, as a term id, and
/// whether it is a stopword or the outlet's is then read off the id.
/// </summary>
internal sealed class TermCounter
{
    private readonly HashSet<string> stopwords;
    private readonly TermTable table;
    private readonly Dictionary<(string Outlet, string? Host), int[]> outlets = [];
    private readonly char[] buffer = new char[64];
    private readonly List<int> touched = new(512);
    private bool[] isStopword = [];
    private int[] counts = [];
    private int classified;

    public TermCounter(IEnumerable<string> stopwords, TermTable table)
    {
        this.stopwords = new HashSet<string>(stopwords, StringComparer.Ordinal);
        this.table = table;
    }

    public TermTable Table => table;

    /// <summary>The terms of an article and the <paramref name="extra"/> terms read off it, as ids of the table in ascending order, and how often each occurs.</summary>
    internal (int[] Ids, int[] Counts) Count(AnalyzedArticle article, IEnumerable<string> extra)
    {
        var document = article.Document;
        var outlet = OutletWords(document.Article);
        AddWords(document.Article.Title, 2, outlet);
        foreach (var sentence in document.Sentences)
        {
            AddWords(document.Text.AsSpan(sentence.Span.Start, sentence.Span.Length), 1, outlet);
        }

        foreach (var term in extra)
        {
            var id = table.Id(term);
            Grow(id);
            Add(id, 1);
        }

        foreach (var entity in article.Entities)
        {
            if (entity.Type is EntityType.Country)
            {
                continue;
            }

            var id = table.EntityTerm(entity.EntityId);
            Grow(id);
            if (counts[id] > 0 || !EntityIds.IsUnknown(entity.EntityId) || !AllOutletWords(entity.EntityId, outlet))
            {
                Add(id, 1);
            }
        }

        touched.Sort();
        var ids = touched.ToArray();
        var result = new int[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            result[i] = counts[ids[i]];
            counts[ids[i]] = 0;
        }

        touched.Clear();
        return (ids, result);
    }

    private void Add(int id, int times)
    {
        if (counts[id] == 0)
        {
            touched.Add(id);
        }

        counts[id] += times;
    }

    /// <summary>Makes room for an id the table has handed out, and reads whether the ids handed out since the last call are stopwords.</summary>
    private void Grow(int id)
    {
        if (id >= counts.Length)
        {
            var size = Math.Max(1024, Math.Max(id + 1, counts.Length * 2));
            Array.Resize(ref counts, size);
            Array.Resize(ref isStopword, size);
        }

        for (; classified <= id; classified++)
        {
            isStopword[classified] = stopwords.Contains(table.Term(classified));
        }
    }

    /// <summary>Whether every word of an unknown entity's id is the outlet's ("KSLA News" at the foot of a KSLA page).</summary>
    private bool AllOutletWords(string id, int[] outlet)
    {
        foreach (var word in new FoldedWords(id.AsSpan(EntityIds.Unknown("").Length), buffer))
        {
            if (!table.TryGetId(word, out var term) || Array.IndexOf(outlet, term) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private void AddWords(ReadOnlySpan<char> text, int times, int[] outlet)
    {
        foreach (var word in new FoldedWords(text, buffer))
        {
            if (word.Length > 2 && !char.IsDigit(word[0]))
            {
                var id = table.Id(word);
                Grow(id);
                if (!isStopword[id] && Array.IndexOf(outlet, id) < 0)
                {
                    Add(id, times);
                }
            }
        }
    }

    /// <summary>
    /// The words of the outlet's name and web address, as term ids: an outlet prints its name on
    /// every page ("KSLA News 12", "wral.com"), which ties its stories to each other, not to their events.
    /// </summary>
    private int[] OutletWords(Article article)
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

        var ids = words.Select(table.Id).Distinct().Order().ToArray();
        outlets[key] = ids;
        return ids;
    }
}
