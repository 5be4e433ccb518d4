using ClaimCheck.Claims;
using ClaimCheck.Consistency;
using ClaimCheck.Names;

namespace ClaimCheck.Alignment;

/// <summary>
/// The align stage. Articles become stories when they were published within a few days of each
/// other and share specific entities (people, organizations, cities — not just countries) or a
/// similar title. Pairs are only considered inside the date window (articles sorted by date), so
/// the cost grows with the corpus times the articles per window, never with all pairs.
/// Claims then become events: per story, or per place for event types whose scope is the place.
/// </summary>
public static class Aligner
{
    public static ImmutableArray<Story> BuildStories(IReadOnlyList<ExtractedArticle> articles, StoryPolicy policy)
    {
        var ordered = articles.OrderBy(a => a.Analysis.Article.Published).ThenBy(a => a.Analysis.Article.Id, StringComparer.Ordinal).ToArray();
        var keys = ordered.Select(SpecificEntities).ToArray();
        var titles = ordered.Select(a => Fold(a.Analysis.Article.Title ?? "")).ToArray();
        var parent = Enumerable.Range(0, ordered.Length).ToArray();
        for (var i = 0; i < ordered.Length; i++)
        {
            var published = ordered[i].Analysis.Article.Published;
            for (var j = i + 1; j < ordered.Length && ordered[j].Analysis.Article.Published.DayNumber - published.DayNumber <= policy.WindowDays; j++)
            {
                var shared = keys[i].Intersect(keys[j]).Count();
                var similarTitles = titles[i].Length > 0 && titles[j].Length > 0 && FuzzySharp.Fuzz.TokenSetRatio(titles[i], titles[j]) >= policy.TitleSimilarity;
                if (shared >= policy.MinSharedEntities || similarTitles)
                {
                    Union(parent, i, j);
                }
            }
        }

        var groups = Enumerable.Range(0, ordered.Length)
            .GroupBy(i => Find(parent, i))
            .Select(g => g.Select(i => ordered[i]).ToArray())
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

    public static ImmutableArray<Event> BuildEvents(ImmutableArray<Story> stories, IEnumerable<Claim> claims, Policies policies)
    {
        var storyOf = stories.SelectMany(s => s.ArticleIds.Select(a => (a, s))).ToDictionary(p => p.a, p => p.s, StringComparer.Ordinal);
        var keyed = claims.GroupBy(c =>
        {
            var policy = policies.EventPolicyFor(c.EventType);
            return policy.Scope == EventScope.Place
                ? $"{c.EventType}@{c.Place ?? "unknown"}"
                : $"{c.EventType}@{storyOf[c.ArticleId].Id}";
        });
        var events = keyed
            .Select(g =>
            {
                var first = g.First();
                var storyIds = g.Select(c => storyOf[c.ArticleId]).Distinct().OrderBy(s => s.From).ThenBy(s => s.Id, StringComparer.Ordinal).ToArray();
                var scope = policies.EventPolicyFor(first.EventType).Scope;
                var label = scope == EventScope.Place
                    ? $"{first.EventType} in {first.Place ?? "an unknown place"}"
                    : $"{first.EventType} — {storyIds[0].Label}";
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

    /// <summary>People, organizations, groups and cities: entities that tell one news event from another, unlike countries.</summary>
    private static ImmutableHashSet<string> SpecificEntities(ExtractedArticle article) =>
        article.Analysis.Entities
            .Where(e => e.Type is EntityType.Person or EntityType.Organization or EntityType.Group or EntityType.City or EntityType.Place)
            .Select(e => e.EntityId)
            .ToImmutableHashSet(StringComparer.Ordinal);

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

    private static string Fold(string text) => string.Join(' ', QuoteText.Words(text));

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var (ra, rb) = (Find(parent, a), Find(parent, b));
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
