using ClaimCheck.Reporting;

namespace ClaimCheck.Corpus;

/// <summary>Articles loaded from a corpus, and the inputs that were skipped with the reason for each.</summary>
public sealed record CorpusLoadResult(ImmutableArray<Article> Articles, ImmutableArray<SkippedInput> Skipped);

/// <summary>Loads a corpus: folders, files, or a manifest. PLACEHOLDER until the Corpus stage lands.</summary>
public static class CorpusLoader
{
    public static CorpusLoadResult Load(IReadOnlyList<string> paths) => new([], []);
}
