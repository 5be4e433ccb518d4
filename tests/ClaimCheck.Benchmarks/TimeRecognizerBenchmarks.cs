using BenchmarkDotNet.Attributes;
using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// The time recognizer alone over the plain text of every TimeBank document (../shared), cleaned
/// beforehand so that only recognition is timed. Throughput is the UTF-8 size printed at setup
/// divided by the mean. Run: dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- --filter '*TimeRecognizer*'
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TimeRecognizerBenchmarks
{
    private RulePack rules = null!;
    private List<Document> documents = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = Repository.Root();
        rules = RulePack.Load(Path.Combine(root, "rules"));
        var (articles, bytes) = BenchmarkCorpora.TimeBank(root);
        documents = [.. articles.Select(a => rules.Text.Clean(a))];
        Console.WriteLine($"// TimeBank: {documents.Count} documents, {bytes} bytes of text");
    }

    [Benchmark]
    public int RecognizeTimeBank()
    {
        var diagnostics = new DiagnosticBag();
        var found = 0;
        foreach (var document in documents)
        {
            found += rules.Time.Recognize(document, diagnostics).Length;
        }

        return found;
    }
}
