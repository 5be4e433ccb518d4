using ClaimCheck.Corpus.Import;
using ClaimCheck.Rules;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// <c>profile-stories</c>: how alike the Gun Violence Archive's article pairs are, by days apart and
/// cosine of their story-grouping vectors, for pairs that report one incident and pairs that do
/// not: what the story thresholds of rules/policies trade.
/// </summary>
internal static class StoryProfile
{
    public static void Run()
    {
        var root = Repository.Root();
        var rules = RulePack.Load(Path.Combine(root, "rules"));
        var import = GvaImporter.ReadArticles(Path.Combine(root, "..", "shared", "data", "gva", "articles.jsonl"));
        var incidents = import.Reports.GroupBy(r => r.Article.Id).ToDictionary(g => g.Key, g => g.Select(r => r.IncidentId).ToHashSet());
        var extracted = Checker.ExtractAll(import.Articles, rules, new DiagnosticBag());
        var stories = rules.Claims.Policies.Stories;
        var vectors = extracted.Select(e => (Id: e.Analysis.Article.Id, Day: e.Analysis.Article.Published.DayNumber, e.Signature, Anchors: e.Signature.Anchors.ToHashSet())).ToArray();
        var anchored = new Dictionary<(bool Same, int Gap, int Bucket), int>();
        var table = new Dictionary<(bool Same, int Gap, int Bucket), int>();
        for (var i = 0; i < vectors.Length; i++)
        {
            for (var j = i + 1; j < vectors.Length; j++)
            {
                var gap = Math.Abs(vectors[i].Day - vectors[j].Day);
                var same = incidents[vectors[i].Id].Overlaps(incidents[vectors[j].Id]);
                if (gap > 60 && !same)
                {
                    continue;
                }

                var cosine = vectors[i].Signature.Cosine(vectors[j].Signature);
                var key = (same, gap <= stories.WindowDays ? 0 : gap <= stories.FollowUpDays ? 1 : 2, Math.Min(19, (int)(cosine * 20)));
                table[key] = table.GetValueOrDefault(key) + 1;
                if (vectors[i].Anchors.Overlaps(vectors[j].Anchors))
                {
                    anchored[key] = anchored.GetValueOrDefault(key) + 1;
                }
            }
        }

        Write(table);
        Console.WriteLine("naming the same unknown person or quoting the same words:");
        Write(anchored);
    }

    private static void Write(Dictionary<(bool Same, int Gap, int Bucket), int> table)
    {
        Console.WriteLine("cosine   | same: <=window  follow-up  later | other: <=window  follow-up");
        for (var b = 19; b >= 0; b--)
        {
            Console.WriteLine($"{b * 0.05,5:0.00}+   | {table.GetValueOrDefault((true, 0, b)),14} {table.GetValueOrDefault((true, 1, b)),10} {table.GetValueOrDefault((true, 2, b)),6} | {table.GetValueOrDefault((false, 0, b)),15} {table.GetValueOrDefault((false, 1, b)),10}");
        }
    }
}
