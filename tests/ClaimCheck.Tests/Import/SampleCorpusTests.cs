using System.Text.RegularExpressions;
using NUnit.Framework;
using Shouldly;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Tests.Import;

/// <summary>The bundled sample corpus is well formed, its expected findings point at real text, and it is the project's own words.</summary>
public partial class SampleCorpusTests
{
    // Long enough that shared titles and names ("Secretary of State John Kerry and Russian Foreign
    // Minister Sergei Lavrov") do not count, short enough to catch any copied sentence.
    private const int CopiedRunWords = 13;

    private static readonly Lazy<Dictionary<string, (string File, YamlMappingNode FrontMatter, string Body)>> Samples = new(LoadSamples);

    [Test]
    public void Every_sample_has_the_seed_front_matter_and_a_news_length_body()
    {
        Samples.Value.Count.ShouldBeInRange(10, 12);
        foreach (var (id, (file, frontMatter, body)) in Samples.Value)
        {
            Path.GetFileName(file).ShouldBe(id + ".md");
            var keys = frontMatter.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();
            keys.ShouldBeSubsetOf(["id", "outlet", "title", "published", "byline", "url", "language"], file);
            keys.ShouldContain("outlet");
            Scalar(frontMatter, "language").ShouldBe("en");
            DateOnly.ParseExact(Scalar(frontMatter, "published")!, "yyyy-MM-dd").Year.ShouldBeInRange(2012, 2017);
            Scalar(frontMatter, "url")?.ShouldStartWith("https://example.org/");
            Words(body).Count.ShouldBeInRange(120, 300, file);
        }
    }

    [Test]
    public void Expected_findings_quote_their_articles_exactly_and_every_article_is_in_one_story()
    {
        var expected = LoadYaml(File.ReadAllText(Path.Combine(TestPaths.Samples, "expected.yaml")));
        var storyArticles = ((YamlSequenceNode)expected["stories"])
            .Cast<YamlMappingNode>()
            .SelectMany(s => ((YamlSequenceNode)s["articles"]).Select(a => ((YamlScalarNode)a).Value!))
            .ToList();
        storyArticles.ShouldBeUnique();
        storyArticles.Order(StringComparer.Ordinal).ShouldBe(Samples.Value.Keys.Order(StringComparer.Ordinal));

        var findings = ((YamlSequenceNode)expected["findings"]).Cast<YamlMappingNode>().ToList();
        findings.Count.ShouldBeGreaterThan(10);
        foreach (var finding in findings)
        {
            foreach (var (article, phrase) in ((YamlMappingNode)finding["values"]).Select(e => (((YamlScalarNode)e.Key).Value!, ((YamlScalarNode)e.Value).Value!)))
            {
                Samples.Value.ShouldContainKey(article);
                Samples.Value[article].Body.ShouldContain(phrase, Case.Sensitive, $"{finding["slot"]}: {article}");
            }
        }

        string[] kinds = ["contradiction", "agreement", "omission", "update", "quote-variant", "not-a-contradiction"];
        findings.Select(f => ((YamlScalarNode)f["kind"]).Value!).Distinct().Order().ShouldBe(kinds.Order());
    }

    [Test]
    public void No_run_of_words_is_copied_from_the_third_party_texts()
    {
        var sharedFiles = new[]
        {
            TestPaths.RequireShared("corpus", "seeds"),
            TestPaths.RequireShared("data", "fakes", "fakes.csv"),
            TestPaths.RequireShared("data", "gva", "articles.jsonl"),
        }.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*.md") : [p]);

        var runs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, sample) in Samples.Value)
        {
            foreach (var run in Runs(Words(sample.Body)))
            {
                runs.TryAdd(run, id);
            }
        }

        var copied = sharedFiles
            .SelectMany(file => Runs(Words(File.ReadAllText(file))).Where(runs.ContainsKey).Select(run => $"{runs[run]}: \"{run}\" is in {Path.GetFileName(file)}"))
            .Distinct()
            .ToList();
        copied.ShouldBeEmpty();
    }

    private static IEnumerable<string> Runs(List<string> words)
    {
        for (var i = 0; i + CopiedRunWords <= words.Count; i++)
        {
            yield return string.Join(' ', words.Skip(i).Take(CopiedRunWords));
        }
    }

    private static List<string> Words(string text) =>
        [.. WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value)];

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;

    private static Dictionary<string, (string File, YamlMappingNode FrontMatter, string Body)> LoadSamples()
    {
        var samples = new Dictionary<string, (string, YamlMappingNode, string)>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(TestPaths.Samples, "*.md").Where(f => Path.GetFileName(f) != "README.md").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            text.ShouldStartWith("---\n", customMessage: file);
            var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
            end.ShouldBeGreaterThan(0, file);
            var frontMatter = LoadYaml(text[4..(end + 1)]);
            var id = Scalar(frontMatter, "id").ShouldNotBeNull(file);
            samples.Add(id, (file, frontMatter, text[(end + 5)..]));
        }

        return samples;
    }

    private static YamlMappingNode LoadYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    [GeneratedRegex("[a-z0-9']+", RegexOptions.None, matchTimeoutMilliseconds: 250)]
    private static partial Regex WordPattern();
}
