using System.Text;
using ClaimCheck.Corpus;
using ClaimCheck.Corpus.Import;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using ClaimCheck.Time.TimeMl;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// The corpora the benchmarks and rule profilers read, from ../shared/data beside the repository:
/// the first <see cref="GvaArticles"/> Gun Violence Archive articles (news text, what users run)
/// and the TimeBank documents (the time recognizer's gold).
/// </summary>
internal static class BenchmarkCorpora
{
    public const int GvaArticles = 300;

    public static Article[] Gva(string root) =>
        [.. GvaImporter.ReadArticles(Path.Combine(Data(root), "gva", "articles.jsonl")).Articles.Take(GvaArticles)];

    /// <summary>The TimeBank documents as articles, and the UTF-8 size of their text.</summary>
    public static (Article[] Articles, long Bytes) TimeBank(string root)
    {
        var corpus = TimeMlCorpus.Read([Path.Combine(Data(root), "timeml", "TBAQ-cleaned", "TimeBank")]);
        var articles = corpus.Documents.Select(TimeMlAnnotator.ArticleOf).ToArray();
        return (articles, corpus.Documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text)));
    }

    /// <summary>The articles of a corpus by name ("gva" or "timebank"), cleaned so that only recognition is timed.</summary>
    public static Document[] Documents(string name, string root, RulePack rules) =>
        [.. (name == "gva" ? Gva(root) : TimeBank(root).Articles).Select(a => rules.Text.Clean(a))];

    private static string Data(string root) => Path.Combine(root, "..", "shared", "data");
}
