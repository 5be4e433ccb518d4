using ClaimCheck.Corpus;
using ClaimCheck.Corpus.Import;
using ClaimCheck.Rules;

namespace ClaimCheck.Tests;

/// <summary>Real sentences for engine tests: the samples, the seed articles and the first Gun Violence Archive articles, cleaned by the pack.</summary>
internal static class TestSentences
{
    public static List<string> Of(RulePack pack, int gvaArticles) =>
        CorpusLoader.Load([TestPaths.Samples]).Articles
            .Concat(CorpusLoader.Load([TestPaths.RequireShared("corpus", "seeds")]).Articles)
            .Concat(GvaImporter.ReadArticles(TestPaths.RequireShared("data", "gva", "articles.jsonl")).Articles.Take(gvaArticles))
            .Select(pack.Text.Clean)
            .SelectMany(d => d.Sentences.Select(s => d.Text.Substring(s.Span.Start, s.Span.Length)))
            .ToList();
}
