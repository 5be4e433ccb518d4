using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Corpus;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Tests.Time;

/// <summary>The default rule pack, loaded once, and small helpers to run the time recognizer on a text.</summary>
internal static class TimeTestSupport
{
    private static readonly Lazy<RulePack> DefaultPack = new(() => RulePack.Load(TestPaths.Rules));

    public static RulePack Pack => DefaultPack.Value;

    public static ImmutableArray<TimeMention> Recognize(string text, DateOnly published, DiagnosticBag? diagnostics = null) =>
        Recognize(Pack.Time, new Article("test", "test", published, text, "test.md"), diagnostics);

    public static ImmutableArray<TimeMention> Recognize(TimeRecognizer recognizer, Article article, DiagnosticBag? diagnostics = null) =>
        recognizer.Recognize(Pack.Text.Clean(article), diagnostics ?? new DiagnosticBag());

    /// <summary>A seed article: its front matter's id and published date, and the body after it.</summary>
    public static Article ReadSeed(string path)
    {
        var lines = File.ReadAllLines(path);
        var end = Array.IndexOf(lines, "---", 1);
        var front = lines[1..end]
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim());
        var body = string.Join('\n', lines[(end + 1)..]);
        var published = DateOnly.ParseExact(front["published"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new Article(front["id"], front["outlet"], published, body, path, end + 2);
    }

    /// <summary>A recognizer built from rule texts given inline, with the default lexicon (for load tests).</summary>
    public static TimeRecognizer LoadWith(DiagnosticBag diagnostics, params (string Name, string Yaml)[] files)
    {
        var lexicon = File.ReadAllText(Path.Combine(TestPaths.Rules, "time", "lexicon.yaml"));
        var parsed = new[] { ("time/lexicon.yaml", lexicon) }.Concat(files)
            .Select(f => RuleFile.Parse(f.Item1, f.Item2, diagnostics))
            .OfType<RuleFile>()
            .ToImmutableArray();
        return TimeRecognizer.Load(parsed, diagnostics);
    }

    public static Document Document(string text, DateOnly published) =>
        Pack.Text.Clean(new Article("test", "test", published, text, "test.md"));
}
