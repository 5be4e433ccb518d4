using BenchmarkDotNet.Attributes;
using ClaimCheck.Claims;
using ClaimCheck.Corpus;
using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// Each stage alone over the first 300 Gun Violence Archive articles (../shared/data/gva), so a
/// slow stage shows. Run: dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- --filter '*Stage*'
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class StageBenchmarks
{
    private RulePack rules = null!;
    private Article[] articles = null!;
    private Document[] documents = null!;
    private AnalyzedArticle[] analyses = null!;
    private ExtractedArticle[] extracted = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = Repository.Root();
        rules = RulePack.Load(Path.Combine(root, "rules"));
        articles = BenchmarkCorpora.Gva(root);
        documents = [.. articles.Select(a => rules.Text.Clean(a))];
        analyses = [.. articles.Select(a => new Pipeline(rules).Analyze(a, new DiagnosticBag()))];
        extracted = [.. articles.Select(a => Checker.Extract(a, rules, new DiagnosticBag()))];
    }

    [Benchmark]
    public int Clean() => articles.Sum(a => rules.Text.Clean(a).Sentences.Length);

    [Benchmark]
    public int Time() => documents.Sum(d => rules.Time.Recognize(d, new DiagnosticBag()).Length);

    [Benchmark]
    public int Numbers() => documents.Sum(d => rules.Numbers.Recognize(d, new DiagnosticBag()).Length);

    [Benchmark]
    public int Names() => documents.Sum(d => rules.Names.Recognize(d, new DiagnosticBag()).Length);

    [Benchmark]
    public int Quotes() => analyses.Sum(a => rules.Claims.Quotes.Recognize(a.Document, a.Entities, new DiagnosticBag()).Length);

    [Benchmark]
    public int Claims() => extracted.Sum(e => ClaimExtractor.Extract(e.Analysis, e.Quotes, rules.Claims, new DiagnosticBag()).Length);

    /// <summary>What story grouping reads of each article alone, worked out in the extract stage.</summary>
    [Benchmark]
    public int Sign() => extracted.Sum(e => rules.Signer.Sign(e.Analysis, e.Quotes, new DiagnosticBag()).Terms.Length);

    [Benchmark]
    public int AlignAndCompare() => Checker.Compare(extracted, rules).Findings.Length;
}
