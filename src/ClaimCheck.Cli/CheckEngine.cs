using ClaimCheck.Corpus;
using ClaimCheck.Reporting;
using ClaimCheck.Rules;

namespace ClaimCheck.Cli;

/// <summary>The library calls the commands make: load a corpus (paths relative to a working folder, with its options), check it, extract one article.</summary>
internal sealed record CheckEngine(
    Func<IReadOnlyList<string>, string, CorpusOptions, CorpusLoadResult> LoadCorpus,
    Func<CorpusLoadResult, RulePack, Report> Check,
    Func<Article, RulePack, DiagnosticBag, ExtractedArticle> Extract)
{
    public static CheckEngine Library { get; } = new(CorpusLoader.Load, Checker.Check, Checker.Extract);
}
