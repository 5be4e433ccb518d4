using System.Diagnostics;
using ClaimCheck.Alignment;
using ClaimCheck.Corpus;
using ClaimCheck.Corpus.Import;
using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// <c>time-stories [COPIES]</c>: whole-corpus timing of story building alone. The Gun Violence
/// Archive articles are extracted once, then copied COPIES times (default 20: about 60,000
/// articles), each copy under new ids and published a quarter later than the one before, as a
/// newsroom's archive of several years; story building over all of them is timed five times on one
/// thread, and the median printed. So is signing them (<see cref="Alignment.StorySigner"/>), the
/// part of grouping that reads each article alone and runs in the extract stage.
/// </summary>
internal static class StoryTiming
{
    public static void Run(int copies)
    {
        var root = Repository.Root();
        var rules = RulePack.Load(Path.Combine(root, "rules"));
        var import = GvaImporter.ReadArticles(Path.Combine(root, "..", "shared", "data", "gva", "articles.jsonl"));
        var extracted = Checker.ExtractAll(import.Articles, rules, new DiagnosticBag());
        var corpus = Enumerable.Range(0, copies)
            .SelectMany(copy => extracted.Select(e => Copy(e, copy)))
            .ToArray();
        var policy = rules.Claims.Policies.Stories;
        var times = new List<double>();
        var stories = 0;
        for (var run = 0; run < 5; run++)
        {
            var watch = Stopwatch.StartNew();
            stories = Aligner.BuildStories(corpus, policy).Length;
            times.Add(watch.Elapsed.TotalSeconds);
        }

        times.Sort();
        Console.WriteLine($"{corpus.Length} articles, {stories} stories: story building median {times[2]:0.00} s (runs {string.Join(", ", times.Select(t => t.ToString("0.00")))})");
        var signing = new List<double>();
        for (var run = 0; run < 5; run++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var article in corpus)
            {
                rules.Signer.Sign(article.Analysis, article.Quotes, new DiagnosticBag());
            }

            signing.Add(watch.Elapsed.TotalSeconds);
        }

        signing.Sort();
        Console.WriteLine($"signing them in the extract stage: median {signing[2]:0.00} s (runs {string.Join(", ", signing.Select(t => t.ToString("0.00")))})");
    }

    private static ExtractedArticle Copy(ExtractedArticle article, int copy)
    {
        if (copy == 0)
        {
            return article;
        }

        var original = article.Analysis.Article;
        var moved = new Article($"{original.Id}-{copy}", original.Outlet, original.Published.AddDays(91 * copy), original.Text, original.SourcePath) { Title = original.Title, Url = original.Url };
        var document = new Document(moved, article.Analysis.Document.Sentences, article.Analysis.Document.Removed);
        return article with { Analysis = article.Analysis with { Document = document } };
    }
}
