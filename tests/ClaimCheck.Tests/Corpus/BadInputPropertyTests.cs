using ClaimCheck.Corpus;
using ClaimCheck.Reporting;
using ClaimCheck.Rules;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;

namespace ClaimCheck.Tests.Corpus;

/// <summary>
/// Random bytes and random YAML-like text as an article, a front matter, a manifest and a rule
/// file, each beside two good articles: nothing escapes as an exception, ClaimCheck fails on no
/// article (CC0015), and the good articles are checked.
/// </summary>
public class BadInputPropertyTests
{
    private const int Tries = 50;

    /// <summary>Pieces YAML is made of, the keys ClaimCheck reads, and characters that trip parsers.</summary>
    private static readonly string[] YamlPieces =
    [
        "published", "id", "outlet", "articles", "file", "rules", "pattern", "examples", "text", "expect", "fragments",
        ":", ": ", " ", "  ", "\n", "\r\n", "\r", "\t", "- ", "-", "[", "]", "{", "}", ",", "'", "\"", "\\", "#", "&a ", "*a", "!!str ", "!tag ",
        "|", ">", "? ", "%YAML 1.2\n", "---\n", "...\n", "2016-04-19", "0001-01-01", "9999-12-31", "12", "-3", "1e9", "~", "null",
        "é", "\u2019", "\uFEFF", "\u0000", "(?<x>", "{date}", "../", "/etc/hostname",
    ];

    private static readonly (string Path, string Text)[] GoodArticles =
    [
        ("corpus/quay-fire.md", "---\npublished: 2016-05-02\noutlet: Quay Herald\n---\nA fire closed the old quay on Sunday, officials said.\n"),
        ("corpus/quay-blaze.md", "---\npublished: 2016-05-02\noutlet: Bay Gazette\n---\nThe old quay burned on Sunday and stayed closed, the fire service said.\n"),
    ];

    private static readonly Lazy<RulePack> DefaultRules = new(() => RulePack.Load(TestPaths.Rules, "rules"));

    private static Config Quick => Config.QuickThrowOnFailure.WithMaxTest(Tries);

    private static Arbitrary<string> YamlLike => Arb.From(Gen.Elements(YamlPieces).ListOf().Select(pieces => string.Concat(pieces)));

    private static Arbitrary<byte[]> RandomBytes => Arb.From(Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf());

    [Test]
    public void Random_bytes_as_an_article() =>
        Prop.ForAll(RandomBytes, bytes => GoodArticlesSurvive(folder => folder.Write("corpus/random.md", bytes))).Check(Quick);

    [Test]
    public void Random_yaml_as_a_whole_article() =>
        Prop.ForAll(YamlLike, text => GoodArticlesSurvive(folder => folder.Write("corpus/random.md", text))).Check(Quick);

    [Test]
    public void Random_yaml_as_a_front_matter() =>
        Prop.ForAll(YamlLike, text => GoodArticlesSurvive(folder => folder.Write("corpus/random.md", $"---\n{text}\n---\nA ferry ran aground on Tuesday.\n"))).Check(Quick);

    [Test]
    public void Random_yaml_as_a_manifest() =>
        Prop.ForAll(YamlLike, text => GoodArticlesSurvive(folder =>
        {
            folder.Write("corpus/ferry.txt", "A ferry ran aground on Tuesday.\n");
            folder.Write("corpus/corpus.yaml", text);
        })).Check(Quick);

    /// <summary>The random file goes into each stage's folder of an otherwise empty pack, which then checks the good articles.</summary>
    [Test]
    public void Random_yaml_as_a_rule_file() =>
        Prop.ForAll(YamlLike, Arb.From(Gen.Elements("text", "time", "numbers", "names", "claims", "concepts", "policies")), (text, stage) =>
        {
            using var folder = new TempFolder();
            folder.Write($"rules/{stage}/random.yaml", text);
            var rules = RulePack.Load(folder.Combine("rules"), "rules");
            return GoodArticlesSurvive(_ => { }, rules);
        }).Check(Quick);

    private static bool GoodArticlesSurvive(Action<TempFolder> plant, RulePack? rules = null)
    {
        using var folder = new TempFolder();
        foreach (var (path, text) in GoodArticles)
        {
            folder.Write(path, text);
        }

        plant(folder);
        var report = Checker.Check(CorpusLoader.Load([folder.Combine("corpus")]), rules ?? DefaultRules.Value);
        var checkedIds = report.Articles.Select(a => a.Id).ToHashSet();
        return checkedIds.Contains("quay-fire") && checkedIds.Contains("quay-blaze")
            && !report.Skipped.Any(s => s.Reason.Code == DiagnosticCodes.ArticleFailed);
    }
}
