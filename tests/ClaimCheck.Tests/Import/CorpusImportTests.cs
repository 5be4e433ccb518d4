using ClaimCheck.Corpus;
using ClaimCheck.Corpus.Import;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Tests.Import;

public class CorpusImportTests
{
    private TempFolder temp = null!;
    private string outDir = "";

    // The output folder is not made beforehand: the import creates it.
    [SetUp]
    public void CreateFolder()
    {
        temp = new TempFolder("claimcheck-import-");
        outDir = temp.Combine("out");
    }

    [TearDown]
    public void DeleteFolder() => temp.Dispose();

    [TestCase("Harbor Ledger")]
    [TestCase("yes")]
    [TestCase("Null")]
    [TestCase("2016")]
    [TestCase("- a dash first")]
    [TestCase("Talks: day two # not a comment")]
    [TestCase("He said \"no\" and \\ left")]
    [TestCase("'single' quotes")]
    [TestCase("two\nlines\tand a tab")]
    [TestCase("trailing space ")]
    [TestCase("Renée — “curly” ✓ \u2028 separator \u0085 next")]
    [TestCase("[not a list]")]
    [TestCase("{not: a map}")]
    [TestCase("&anchor *alias !tag %directive @at `tick`")]
    public void Every_value_survives_a_yaml_reader(string value)
    {
        var article = new Article("x-1", value, new DateOnly(2016, 2, 27), "Body.", "mem") { Title = value, Byline = value };

        var frontMatter = ReadFrontMatter(CorpusImport.Format(article));

        frontMatter["outlet"].ShouldBe(value);
        frontMatter["title"].ShouldBe(value);
        frontMatter["byline"].ShouldBe(value);
    }

    [Test]
    public void The_file_is_front_matter_then_the_text_unchanged()
    {
        var article = new Article("gva-0123456789ab", "example.org", new DateOnly(2014, 2, 4), "Title\n\nFirst line.\n---\nNot front matter.", "mem")
        {
            Title = "Title",
            Url = "http://example.org/a?b=1&c=2",
        };

        var file = CorpusImport.Format(article);

        file.ShouldBe("---\nid: gva-0123456789ab\noutlet: example.org\ntitle: Title\nurl: \"http://example.org/a?b=1&c=2\"\npublished: 2014-02-04\nlanguage: en\n---\n" + article.Text);
        var frontMatter = ReadFrontMatter(file);
        frontMatter.Keys.ShouldBe(["id", "outlet", "title", "url", "published", "language"]);
        frontMatter["url"].ShouldBe(article.Url);
    }

    [Test]
    public void Writing_twice_gives_the_same_bytes_and_the_same_files()
    {
        Article[] articles =
        [
            new("b-2", "Meridian Wire", new DateOnly(2016, 9, 10), "Second.", "mem"),
            new("a-1", "Harbor Ledger", new DateOnly(2016, 4, 27), "First: \"quoted\".\n", "mem") { Title = "A: title" },
        ];

        var first = CorpusImport.Write(articles, outDir);
        var bytes = first.Written.Select(File.ReadAllBytes).ToList();
        var second = CorpusImport.Write(articles.Reverse(), outDir);

        first.Diagnostics.ShouldBeEmpty();
        first.Written.Select(Path.GetFileName).ShouldBe(["a-1.md", "b-2.md"]);
        second.Written.ShouldBe(first.Written);
        second.Written.Select(File.ReadAllBytes).ShouldBe(bytes);
        bytes[0].Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF }, "no byte-order mark");
    }

    [Test]
    public void Unsafe_and_repeated_ids_are_diagnostics_and_the_rest_is_written()
    {
        Article[] articles =
        [
            new("../escape", "o", new DateOnly(2016, 1, 1), "x", "in.csv", 4),
            new("ok", "o", new DateOnly(2016, 1, 1), "x", "in.csv", 5),
            new("OK", "o", new DateOnly(2016, 1, 1), "y", "in.csv", 6),
        ];

        var result = CorpusImport.Write(articles, outDir);

        result.Written.Select(Path.GetFileName).ShouldBe(["OK.md"]);
        result.Diagnostics.Select(d => (d.Code, d.Line)).ShouldBe([(DiagnosticCodes.InvalidDataRecord, 4), (DiagnosticCodes.DuplicateArticleId, 5)]);
        File.Exists(Path.Combine(outDir, "..", "escape.md")).ShouldBeFalse();
    }

    [Test]
    public void Imported_fakes_articles_are_written_deterministically()
    {
        var import = FakesImporter.Read(TestPaths.RequireShared("data", "fakes", "fakes.csv"));
        var subset = import.Articles.Take(40).ToList();

        var first = CorpusImport.Write(subset, Path.Combine(outDir, "one"));
        var second = CorpusImport.Write(subset, Path.Combine(outDir, "two"));

        first.Written.Length.ShouldBe(40);
        first.Written.Select(File.ReadAllBytes).ShouldBe(second.Written.Select(File.ReadAllBytes));
        foreach (var (article, path) in subset.OrderBy(a => a.Id, StringComparer.Ordinal).Zip(first.Written))
        {
            var file = File.ReadAllText(path);
            ReadFrontMatter(file)["outlet"].ShouldBe(article.Outlet);
            file.ShouldEndWith(article.Text);
        }
    }

    private static Dictionary<string, string> ReadFrontMatter(string file)
    {
        file.ShouldStartWith("---\n");
        var end = file.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        end.ShouldBeGreaterThan(0);
        var stream = new YamlStream();
        stream.Load(new StringReader(file[4..(end + 1)]));
        var mapping = (YamlMappingNode)stream.Documents[0].RootNode;
        return mapping.Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value!);
    }
}
