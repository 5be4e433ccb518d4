using System.Collections.Immutable;
using System.Globalization;
using ClaimCheck.Corpus;

namespace ClaimCheck.Tests.Numbers;

/// <summary>
/// The five seed articles, read with a minimal front-matter reader (id and published) so the Numbers
/// tests do not wait for the corpus loader; the body keeps its exact text.
/// </summary>
internal static class SeedArticles
{
    public static ImmutableArray<Article> Load()
    {
        var folder = TestPaths.RequireShared("corpus", "seeds");
        return [.. Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).Select(Read)];
    }

    private static Article Read(string path)
    {
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        var header = text[4..end].Split('\n')
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.Ordinal);
        var published = DateOnly.ParseExact(header["published"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new Article(header["id"], header["id"], published, text[(end + 5)..], path);
    }
}
