using System.Text;
using BenchmarkDotNet.Attributes;
using ClaimCheck.Corpus;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using ClaimCheck.Time.TimeMl;

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
        var corpus = TimeMlCorpus.Read([Path.Combine(root, "..", "shared", "data", "timeml", "TBAQ-cleaned", "TimeBank")]);
        documents = corpus.Documents
            .Select(d => rules.Text.Clean(new Article(d.Id, TimeMlAnnotator.Outlet, d.Created, d.Text, d.Path)))
            .ToList();
        var bytes = corpus.Documents.Sum(d => Encoding.UTF8.GetByteCount(d.Text));
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
