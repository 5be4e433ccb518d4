using BenchmarkDotNet.Attributes;
using ClaimCheck.Corpus;
using ClaimCheck.Rules;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// The whole check over the bundled samples and over the seed articles beside the repository,
/// from loaded articles to a report: extraction, alignment and comparison.
/// Run: dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- --filter '*Pipeline*'
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PipelineBenchmarks
{
    private RulePack rules = null!;
    private CorpusLoadResult samples = null!;
    private CorpusLoadResult seeds = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = Repository.Root();
        rules = RulePack.Load(Path.Combine(root, "rules"));
        samples = CorpusLoader.Load([Path.Combine(root, "samples")]);
        seeds = CorpusLoader.Load([Path.Combine(root, "..", "shared", "corpus", "seeds")]);
    }

    [Benchmark]
    public int CheckSamples() => Checker.Check(samples, rules).Findings.Length;

    [Benchmark]
    public int CheckSeeds() => Checker.Check(seeds, rules).Findings.Length;
}

internal static class Repository
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimCheck.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run the benchmarks from inside the repository");
    }
}
