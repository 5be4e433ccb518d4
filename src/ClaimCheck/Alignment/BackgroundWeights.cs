using System.Globalization;
using System.Text;
using ClaimCheck.Claims;
using ClaimCheck.Names;
using ClaimCheck.Rules;

namespace ClaimCheck.Alignment;

/// <summary>
/// How common each term (a content word, or <c>@</c> and a gazetteer id) is in news at large, as
/// the share of articles that use it, read from a table shipped with the rules
/// (<c>policies/background.tsv</c>). Story grouping weighs terms by it, so how two articles are
/// grouped depends on them alone, never on what else is in the corpus being checked.
/// </summary>
public sealed class BackgroundWeights
{
    public const string FileName = "background.tsv";

    private const double Million = 1_000_000;

    private readonly Dictionary<string, double> weights;

    private BackgroundWeights(Dictionary<string, double> weights, double unseen)
    {
        this.weights = weights;
        Unseen = unseen;
    }

    /// <summary>No table: every term weighs the same.</summary>
    public static BackgroundWeights Uniform { get; } = new(new Dictionary<string, double>(StringComparer.Ordinal), 1);

    /// <summary>The weight of a term the table does not list: rarer than any term it lists.</summary>
    public double Unseen { get; }

    public int Count => weights.Count;

    /// <summary>The inverse document frequency of a term: the log of one over its share of news articles.</summary>
    public double Weight(string term) => weights.TryGetValue(term, out var weight) ? weight : Unseen;

    /// <inheritdoc cref="Weight(string)"/>
    public double Weight(ReadOnlySpan<char> term) => weights.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(term, out var weight) ? weight : Unseen;

    /// <summary>
    /// The table under a rule pack's policies folder; a missing or malformed table is a diagnostic
    /// and leaves the weights uniform. A pack without policies has no table to miss.
    /// </summary>
    public static BackgroundWeights Load(string path, string display, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(Path.GetDirectoryName(path)))
        {
            return Uniform;
        }

        if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.BackgroundTable, display, 0, 0, "no background table: story grouping weighs every word the same"));
            return Uniform;
        }

        try
        {
            return Parse(File.ReadAllText(path), display, diagnostics);
        }
        catch (IOException e)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, display, 0, 0, e.Message));
            return Uniform;
        }
    }

    /// <summary>
    /// Reads the table: <c>#</c> comment lines, one <c>unseen&lt;TAB&gt;PPM</c> line, then
    /// <c>TERM&lt;TAB&gt;PPM</c> lines, PPM being the share of news articles that use the term in
    /// parts per million. A malformed line is reported and skipped.
    /// </summary>
    public static BackgroundWeights Parse(string text, string display, DiagnosticBag diagnostics)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        double? unseen = null;
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var tab = trimmed.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || !double.TryParse(trimmed.AsSpan(tab + 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var ppm) || ppm <= 0 || ppm > Million)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BackgroundTable, display, lineNumber, 1, "a line must be a term, a tab, and its share of news articles in parts per million (more than 0, at most 1000000)"));
                continue;
            }

            var term = trimmed[..tab];
            var weight = Math.Log(Million / ppm);
            if (term == "unseen")
            {
                unseen = weight;
            }
            else if (!weights.TryAdd(term, weight))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BackgroundTable, display, lineNumber, 1, $"'{term}' is listed twice; the first line counts"));
            }
        }

        if (unseen is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BackgroundTable, display, 0, 0, "the table has no 'unseen' line; unlisted terms weigh as the rarest listed one"));
        }

        return new BackgroundWeights(weights, unseen ?? (weights.Count == 0 ? 1 : weights.Values.Max()));
    }

    /// <summary>The terms story grouping reads in each article that a table can list: all but names the gazetteer does not know.</summary>
    public static List<IReadOnlySet<string>> TermsOf(IEnumerable<ExtractedArticle> articles, IEnumerable<string> stopwords)
    {
        var table = new TermTable(Uniform);
        var counter = new TermCounter(stopwords, table);
        return [.. articles.Select(a => (IReadOnlySet<string>)counter.Count(a.Analysis, []).Ids.Select(table.Term).Where(t => !(t[0] == '@' && EntityIds.IsUnknown(t[1..]))).ToHashSet(StringComparer.Ordinal))];
    }

    /// <summary>
    /// Writes a table from sources of news: a term's share is the mean of its shares of the
    /// sources, so no one source (thousands of crime reports, or film subtitles) decides what
    /// counts as common. The <c>unseen</c> share is half the share one article of the largest
    /// source gives; terms rarer than twice that are left to it.
    /// </summary>
    public static string Write(IReadOnlyList<BackgroundSource> sources, IEnumerable<string> header)
    {
        Preconditions.CheckArgument(sources.Count > 0 && sources.Any(s => s.Articles > 0), nameof(sources), "a table needs a source of articles");
        var share = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var (term, value) in source.Shares)
            {
                share[term] = share.GetValueOrDefault(term) + (value / sources.Count);
            }
        }

        var unseen = 0.5 * Million / sources.Max(s => s.Articles) / sources.Count;
        var text = new StringBuilder();
        foreach (var line in header)
        {
            text.Append("# ").Append(line).Append('\n');
        }

        text.Append("# sources: ").Append(string.Join(", ", sources.Select(s => s.Description))).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"unseen\t{unseen:0.###}\n");
        foreach (var (term, value) in share.Where(p => p.Value * Million >= 2 * unseen).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(term).Append('\t').Append((value * Million).ToString("0.###", CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }
}

/// <summary>One source of a background table: its name, what it holds, and each term's share of its articles.</summary>
public sealed record BackgroundSource(string Name, string Description, int Articles, IReadOnlyDictionary<string, double> Shares)
{
    /// <summary>A source of articles: the share of its articles that use each term; terms of one article alone are left out.</summary>
    public static BackgroundSource FromArticles(string name, IReadOnlyList<IReadOnlySet<string>> articles)
    {
        Preconditions.CheckArgument(articles.Count > 0, nameof(articles), "a source needs articles");
        var shares = articles.SelectMany(a => a).CountBy(t => t).Where(p => p.Value >= 2)
            .ToDictionary(p => p.Key, p => (double)p.Value / articles.Count, StringComparer.Ordinal);
        return new BackgroundSource(name, $"{name} ({articles.Count} articles)", articles.Count, shares);
    }

    /// <summary>
    /// A word frequency list (occurrences per word in a large text): a word's share of articles is
    /// the chance that an article of <paramref name="wordsPerArticle"/> words uses it at least once.
    /// Words are folded as story grouping folds them.
    /// </summary>
    public static BackgroundSource FromWordCounts(string name, IEnumerable<(string Word, long Count)> counts, int wordsPerArticle, ImmutableHashSet<string> stopwords)
    {
        var folded = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        foreach (var (word, count) in counts)
        {
            total += count;
            var words = QuoteText.Words(word);
            if (words.Length == 1 && words[0].Length > 2 && !char.IsDigit(words[0][0]) && !stopwords.Contains(words[0]))
            {
                folded[words[0]] = folded.GetValueOrDefault(words[0]) + count;
            }
        }

        Preconditions.CheckArgument(total > 0, nameof(counts), "a word list needs counts");
        var shares = folded.ToDictionary(p => p.Key, p => 1 - Math.Exp(-(double)wordsPerArticle * p.Value / total), StringComparer.Ordinal);
        return new BackgroundSource(name, $"{name} ({total} words, articles taken as {wordsPerArticle} words)", 0, shares);
    }
}
