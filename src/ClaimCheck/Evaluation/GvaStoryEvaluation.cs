using ClaimCheck.Alignment;
using ClaimCheck.Corpus.Import;

namespace ClaimCheck.Evaluation;

/// <summary>
/// Story grouping scored against the archive's incidents: two articles belong together when they
/// report one incident (an article the archive files under several incidents belongs with each).
/// Pairs: of the article pairs put in one story, how many report one incident (precision), and of
/// the pairs that report one incident, how many were put in one story (recall). B-cubed: per
/// article, the share of its story that reports its incidents (precision) and the share of the
/// articles reporting its incidents that its story holds (recall), averaged over the articles.
/// </summary>
public sealed record GvaStoryResult(int Articles, int Incidents, int Stories, Rate PairPrecision, Rate PairRecall, double BCubedPrecision, double BCubedRecall)
{
    public static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    public ImmutableArray<EvaluationFigure> Figures =>
    [
        new("stories", "articles in a story with another article", new Rate(Articles - Singletons, Articles)),
        new("pair-precision", "story pairs that report one incident (pair precision)", PairPrecision),
        new("pair-recall", "pairs reporting one incident put in one story (pair recall)", PairRecall),
        EvaluationFigure.OfScore("pair-f1", "pair F1", F1(Share(PairPrecision), Share(PairRecall))),
        EvaluationFigure.OfScore("bcubed-precision", "B-cubed precision", BCubedPrecision),
        EvaluationFigure.OfScore("bcubed-recall", "B-cubed recall", BCubedRecall),
        EvaluationFigure.OfScore("bcubed-f1", "B-cubed F1", F1(BCubedPrecision, BCubedRecall)),
    ];

    /// <summary>Articles that form a story alone.</summary>
    public int Singletons { get; init; }

    private static double Share(Rate rate) => rate.Total == 0 ? 0 : (double)rate.Hits / rate.Total;
}

public static class GvaStoryEvaluation
{
    /// <summary>Scores <paramref name="stories"/> of the reports' articles against the incidents the reports file them under.</summary>
    public static GvaStoryResult Score(ImmutableArray<GvaReport> reports, ImmutableArray<Story> stories)
    {
        var incidentsOf = reports
            .GroupBy(r => r.Article.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.IncidentId).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var articlesOf = reports
            .GroupBy(r => r.IncidentId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Article.Id).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        // Each story as the articles of the reports it holds, read once per story.
        var membersOf = stories
            .Select(s => s.ArticleIds.Where(incidentsOf.ContainsKey).ToArray())
            .Where(m => m.Length > 0)
            .ToList();
        var storyOf = membersOf
            .SelectMany(m => m.Select(a => (Article: a, Members: m)))
            .ToDictionary(p => p.Article, p => p.Members, StringComparer.Ordinal);
        bool Together(string a, string b) => incidentsOf[a].Overlaps(incidentsOf[b]);

        long storyPairs = 0, truePairs = 0;
        foreach (var members in membersOf)
        {
            for (var i = 0; i < members.Length; i++)
            {
                for (var j = i + 1; j < members.Length; j++)
                {
                    storyPairs++;
                    truePairs += Together(members[i], members[j]) ? 1 : 0;
                }
            }
        }

        var ids = incidentsOf.Keys.Order(StringComparer.Ordinal).ToArray();
        long goldPairs = 0;
        double precision = 0, recall = 0;
        foreach (var id in ids)
        {
            var gold = incidentsOf[id].SelectMany(i => articlesOf[i]).ToHashSet(StringComparer.Ordinal);
            var predicted = storyOf.GetValueOrDefault(id) ?? [id];
            var both = predicted.Count(gold.Contains);
            precision += (double)both / predicted.Length;
            recall += (double)both / gold.Count;
            goldPairs += gold.Count - 1;
        }

        return new GvaStoryResult(
            ids.Length,
            articlesOf.Count,
            membersOf.Count,
            new Rate(checked((int)truePairs), checked((int)storyPairs)),
            new Rate(checked((int)truePairs), checked((int)(goldPairs / 2))),
            ids.Length == 0 ? 0 : precision / ids.Length,
            ids.Length == 0 ? 0 : recall / ids.Length)
        {
            Singletons = ids.Count(id => !storyOf.TryGetValue(id, out var members) || members.Length == 1),
        };
    }
}
