using ClaimCheck.Claims;
using ClaimCheck.Consistency;
using ClaimCheck.Names;

namespace ClaimCheck.Alignment;

/// <summary>
/// The align stage. Articles are taken in date order; each joins the story, among those with an
/// article in the last few days, whose centroid its words and named entities are most like
/// (TF-IDF cosine, see <see cref="TermVector"/>), or one that quotes the same words; otherwise it
/// starts a story. Comparing with centroids rather than single articles keeps a chain of loosely
/// similar articles from merging distinct events, and only stories active in the date window are
/// compared, so the cost grows with the corpus times the stories per window, never with all pairs.
/// Claims then become events: per story, or per place for event types whose scope is the place.
/// </summary>
public static class Aligner
{
    private const int MaxArticlesPerStoryName = 4;

    public static ImmutableArray<Story> BuildStories(IReadOnlyList<ExtractedArticle> articles, StoryPolicy policy)
    {
        var ordered = articles.OrderBy(a => a.Analysis.Article.Published).ThenBy(a => a.Analysis.Article.Id, StringComparer.Ordinal).ToArray();
        var counts = ordered.Select(a => TermVector.Counts(a, policy.Stopwords)).ToArray();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in counts.SelectMany(c => c.Keys))
        {
            documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        }

        var vectors = counts.Select(c => TermVector.Build(c, documentFrequency, ordered.Length)).ToArray();
        var shingles = ordered.Select(QuoteShingles).ToArray();
        // A name many articles share is a spokesman's or an official's, not a story's.
        var names = ordered.Select(FullNamesOfUnknownPeople).ToArray();
        var nameFrequency = names.SelectMany(n => n).CountBy(n => n).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var set in names)
        {
            set.RemoveWhere(n => nameFrequency[n] > MaxArticlesPerStoryName);
        }

        var clusters = new List<Cluster>();
        var active = new List<Cluster>();
        var longest = Math.Max(policy.WindowDays, policy.NameWindowDays);
        for (var i = 0; i < ordered.Length; i++)
        {
            var published = ordered[i].Analysis.Article.Published;
            active.RemoveAll(c => published.DayNumber - c.Last.DayNumber > longest);
            Cluster? best = null;
            var bestScore = policy.Similarity / 100.0;
            foreach (var cluster in active)
            {
                var recent = published.DayNumber - cluster.Last.DayNumber <= policy.WindowDays;
                var score = recent ? vectors[i].Cosine(cluster.Centroid, cluster.Norm) : 0;
                if (score >= bestScore
                    || (best is null && recent && cluster.Members.Any(m => shingles[m].Overlaps(shingles[i])))
                    || (best is null && names[i].Count > 0 && cluster.Members.Any(m => names[m].Overlaps(names[i]))))
                {
                    (best, bestScore) = (cluster, Math.Max(score, bestScore));
                }
            }

            if (best is null)
            {
                best = new Cluster();
                clusters.Add(best);
                active.Add(best);
            }

            best.Add(i, vectors[i], published);
        }

        var groups = clusters
            .Select(c => c.Members.Select(i => ordered[i]).ToArray())
            .OrderBy(g => g[0].Analysis.Article.Published)
            .ThenBy(g => g[0].Analysis.Article.Id, StringComparer.Ordinal)
            .ToArray();
        return [.. groups.Select((group, index) => new Story(
            $"story-{index + 1}",
            StoryLabel(group),
            [.. group.Select(a => a.Analysis.Article.Id).Order(StringComparer.Ordinal)],
            group.Min(a => a.Analysis.Article.Published),
            group.Max(a => a.Analysis.Article.Published)))];
    }

    /// <summary>
    /// Unknown people named in several articles of one story, mapped to one shared id per person
    /// (see <see cref="EntityLinker"/>). Linking stays inside stories: two "John Smith"s of
    /// unrelated stories are not taken for one man.
    /// </summary>
    public static ImmutableDictionary<ArticleEntity, string> LinkPeople(ImmutableArray<Story> stories, IReadOnlyList<ExtractedArticle> articles, EntityLinker linker)
    {
        var byId = articles.ToDictionary(a => a.Analysis.Article.Id, StringComparer.Ordinal);
        var links = ImmutableDictionary.CreateBuilder<ArticleEntity, string>();
        foreach (var story in stories.Where(s => s.ArticleIds.Length > 1))
        {
            var mentions = story.ArticleIds.SelectMany(id => byId[id].Analysis.Entities.Select(m => (id, m)));
            links.AddRange(linker.Link(mentions));
        }

        return links.ToImmutable();
    }

    public static ImmutableArray<Event> BuildEvents(ImmutableArray<Story> stories, IEnumerable<Claim> claims, Policies policies)
    {
        var storyOf = stories.SelectMany(s => s.ArticleIds.Select(a => (a, s))).ToDictionary(p => p.a, p => p.s, StringComparer.Ordinal);
        var keyed = claims.GroupBy(c =>
        {
            var policy = policies.EventPolicyFor(c.EventType);
            return policy.Scope switch
            {
                EventScope.Place => $"{c.EventType}@{c.Place ?? "unknown"}",
                EventScope.Subject => $"{c.EventType}@{c.Subject ?? "unknown"}",
                _ => $"{c.EventType}@{storyOf[c.ArticleId].Id}",
            };
        });
        var events = keyed
            .SelectMany(g => SplitByTime(g, policies.EventPolicyFor(g.First().EventType).MergeWindowDays))
            .Select(g =>
            {
                var first = g.First();
                var storyIds = g.Select(c => storyOf[c.ArticleId]).Distinct().OrderBy(s => s.From).ThenBy(s => s.Id, StringComparer.Ordinal).ToArray();
                var scope = policies.EventPolicyFor(first.EventType).Scope;
                var label = scope switch
                {
                    EventScope.Place => $"{first.EventType} in {first.Place ?? "an unknown place"}",
                    EventScope.Subject => $"{first.EventType}: {(first.Value as RoleClaimValue)?.PersonName ?? first.Subject ?? "unknown"}",
                    _ => $"{first.EventType} — {storyIds[0].Label}",
                };
                return (Type: first.EventType, Label: label, Stories: storyIds, Claims: g.Select(c => c.Id).Order(StringComparer.Ordinal).ToImmutableArray());
            })
            .OrderBy(e => e.Stories[0].From)
            .ThenBy(e => e.Stories[0].Id, StringComparer.Ordinal)
            .ThenBy(e => e.Type, StringComparer.Ordinal)
            .ThenBy(e => e.Label, StringComparer.Ordinal)
            .ToArray();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. events.Select(e =>
        {
            numbers[e.Type] = numbers.GetValueOrDefault(e.Type) + 1;
            return new Event($"{e.Type}-{numbers[e.Type]}", e.Type, e.Label, [.. e.Stories.Select(s => s.Id)], e.Claims);
        })];
    }

    /// <summary>
    /// People the gazetteer does not know, named in full (two words or more): a victim's or a
    /// suspect's name ties a follow-up weeks later to the first reports.
    /// </summary>
    private static HashSet<string> FullNamesOfUnknownPeople(ExtractedArticle article) =>
        article.Analysis.Entities
            .Where(e => e.Type == EntityType.Person && EntityIds.IsUnknown(e.EntityId) && e.Form is MentionForm.FullName or MentionForm.Unknown && e.CanonicalName.Contains(' ', StringComparison.Ordinal))
            .Select(e => e.EntityId)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Runs of five quoted words: two articles sharing one quote the same words, however
    /// differently they tell the story (a one-word variant still leaves such runs intact).
    /// </summary>
    private static HashSet<string> QuoteShingles(ExtractedArticle article)
    {
        const int Run = 5;
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var quote in article.Quotes)
        {
            var words = QuoteText.Words(quote.Text);
            for (var i = 0; i + Run <= words.Length; i++)
            {
                shingles.Add(string.Join(' ', words.AsSpan().Slice(i, Run)));
            }
        }

        return shingles;
    }

    /// <summary>
    /// Claims of one place-wide event whose dates lie more than <paramref name="gapDays"/> apart
    /// are about different events (Syria's 2011 war and an uprising that began in 2014): the
    /// claims, ordered by the start of their dates, split wherever the next one begins that long
    /// after all before it end. Claims without a date stay with the first group; 0 never splits.
    /// </summary>
    private static IEnumerable<IGrouping<string, Claim>> SplitByTime(IGrouping<string, Claim> claims, int gapDays)
    {
        var dated = claims.Where(c => c.Value is TimeClaimValue).OrderBy(c => ((TimeClaimValue)c.Value).Interval.Earliest).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        if (gapDays <= 0 || dated.Count < 2)
        {
            return [claims];
        }

        var parts = new List<List<Claim>> { claims.Where(c => c.Value is not TimeClaimValue).ToList() };
        var latestEnd = DateTime.MinValue;
        foreach (var claim in dated)
        {
            var interval = ((TimeClaimValue)claim.Value).Interval;
            if (parts[^1].Count > 0 && latestEnd != DateTime.MinValue && (interval.Earliest - latestEnd).TotalDays > gapDays)
            {
                parts.Add([]);
            }

            parts[^1].Add(claim);
            latestEnd = interval.Latest > latestEnd ? interval.Latest : latestEnd;
        }

        return parts.Where(p => p.Count > 0).Select(p => p.GroupBy(_ => claims.Key).Single());
    }

    private static string StoryLabel(ExtractedArticle[] group)
    {
        var titled = group.Select(a => a.Analysis.Article.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        var from = group.Min(a => a.Analysis.Article.Published);
        var top = group.SelectMany(a => a.Analysis.Entities.Where(e => e.Type is EntityType.Person or EntityType.City).Select(e => e.CanonicalName))
            .GroupBy(n => n)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(3)
            .Select(g => g.Key);
        var subject = titled ?? string.Join(", ", top);
        return $"{from:yyyy-MM-dd}: {(subject.Length > 0 ? subject : group[0].Analysis.Article.Id)}";
    }

    /// <summary>A story being built: its members, the sum of their unit vectors, and its latest date.</summary>
    private sealed class Cluster
    {
        private double sumOfSquares;

        public List<int> Members { get; } = [];

        public Dictionary<string, double> Centroid { get; } = new(StringComparer.Ordinal);

        public double Norm { get; private set; }

        public DateOnly Last { get; private set; }

        public void Add(int member, TermVector vector, DateOnly published)
        {
            Members.Add(member);
            sumOfSquares = vector.AddUnitTo(Centroid, sumOfSquares);
            Norm = Math.Sqrt(sumOfSquares);
            Last = published > Last ? published : Last;
        }
    }
}
