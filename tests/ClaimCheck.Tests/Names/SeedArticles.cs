using System.Globalization;
using ClaimCheck.Corpus;

namespace ClaimCheck.Tests.Names;

/// <summary>The seed articles of ../shared/corpus/seeds, read with their front matter's id and date.</summary>
internal static class SeedArticles
{
    public static Article Load(string id)
    {
        var path = TestPaths.RequireShared("corpus", "seeds", id + ".md");
        var lines = File.ReadAllLines(path);
        var close = Array.IndexOf(lines, "---", 1);
        var front = lines[1..close];
        string Value(string key) => front.First(l => l.StartsWith(key + ":", StringComparison.Ordinal))[(key.Length + 1)..].Trim();
        var published = DateOnly.ParseExact(Value("published"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var body = string.Join('\n', lines[(close + 1)..]);
        return new Article(Value("id"), Value("outlet"), published, body, path, close + 2);
    }
}
