using System.Globalization;
using ClaimCheck.Rules;

namespace ClaimCheck.Corpus.Import;

/// <summary>
/// What FA-KES annotators extracted from one article: the event's date, place, actor, cause of
/// death and casualty counts, and whether the article was judged credible (label 1) or fake (0).
/// One article can carry several annotations (one per reported event).
/// </summary>
public sealed record FakesAnnotation
{
    public FakesAnnotation(
        string articleId,
        int line,
        DateOnly date,
        string location,
        string actor,
        string causeOfDeath,
        FakesCasualties casualties,
        bool isCredible)
    {
        ArticleId = Preconditions.CheckNotBlank(articleId, nameof(articleId));
        Preconditions.CheckArgument(line >= 1, nameof(line), "lines are 1-based");
        Line = line;
        Date = date;
        Location = Preconditions.CheckNotNull(location, nameof(location));
        Actor = Preconditions.CheckNotNull(actor, nameof(actor));
        CauseOfDeath = Preconditions.CheckNotNull(causeOfDeath, nameof(causeOfDeath));
        Casualties = Preconditions.CheckNotNull(casualties, nameof(casualties));
        IsCredible = isCredible;
    }

    public string ArticleId { get; }

    /// <summary>The line of fakes.csv on which the annotated row starts.</summary>
    public int Line { get; }

    public DateOnly Date { get; }

    /// <summary>As annotated, lower case ("aleppo", "deir ezzor").</summary>
    public string Location { get; }

    /// <summary>As annotated ("syrian government or russian troops", "unknown", ...).</summary>
    public string Actor { get; }

    /// <summary>As annotated ("shelling", "explosion", "chemical and toxic gases", ...).</summary>
    public string CauseOfDeath { get; }

    public FakesCasualties Casualties { get; }

    public bool IsCredible { get; }
}

/// <summary>FA-KES casualty counts for one event; civilians and non-civilians partition the dead.</summary>
public sealed record FakesCasualties
{
    public FakesCasualties(int children, int civilians, int nonCivilians, int women)
    {
        Preconditions.CheckArgument(children >= 0 && civilians >= 0 && nonCivilians >= 0 && women >= 0, nameof(children), "counts are never negative");
        Children = children;
        Civilians = civilians;
        NonCivilians = nonCivilians;
        Women = women;
    }

    public int Children { get; }

    public int Civilians { get; }

    public int NonCivilians { get; }

    public int Women { get; }

    public int Killed => Civilians + NonCivilians;
}

/// <summary>FA-KES imported: its distinct articles, every annotation row, and the rows that were skipped or doubtful.</summary>
public sealed record FakesImport(ImmutableArray<Article> Articles, ImmutableArray<FakesAnnotation> Annotations, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Imports FA-KES (<c>fakes.csv</c>: unit_id, article_title, article_content, source, date, location,
/// actor, cause_of_death, nb_children, nb_civilians, nb_noncivilians, nb_women, label).
/// </summary>
public static class FakesImporter
{
    private static readonly string[] Columns =
    [
        "unit_id", "article_title", "article_content", "source", "date", "location", "actor",
        "cause_of_death", "nb_children", "nb_civilians", "nb_noncivilians", "nb_women", "label",
    ];

    // The file writes dates the US way with two-digit years (4/5/17, 11/18/16); all fall in 2011-2018.
    private static readonly string[] DateFormats = ["M/d/yy", "M/d/yyyy", "yyyy-MM-dd"];

    public static FakesImport Read(string path)
    {
        var diagnostics = new List<Diagnostic>();
        var text = DataFile.ReadText(path, diagnostics);
        return text is null ? new FakesImport([], [], [.. diagnostics]) : Parse(text, path, diagnostics);
    }

    /// <summary>Imports FA-KES rows from CSV text; <paramref name="sourcePath"/> names the file in diagnostics.</summary>
    public static FakesImport Parse(string csv, string sourcePath) => Parse(csv, sourcePath, []);

    private static FakesImport Parse(string csv, string sourcePath, List<Diagnostic> diagnostics)
    {
        var articles = ImmutableArray.CreateBuilder<Article>();
        var annotations = ImmutableArray.CreateBuilder<FakesAnnotation>();
        var seen = new Dictionary<string, (Article Article, int Line)>(StringComparer.Ordinal);
        Dictionary<string, int>? column = null;

        foreach (var record in CsvReader.Read(csv))
        {
            if (column is null)
            {
                column = HeaderColumns(record, sourcePath, diagnostics);
                if (column is null)
                {
                    break;
                }

                continue;
            }

            if (record.Fields is [""])
            {
                continue;
            }

            var row = ReadRow(record, column, sourcePath, diagnostics);
            if (row is null)
            {
                continue;
            }

            var id = $"fakes-{row.UnitId}";
            if (seen.TryGetValue(id, out var earlier))
            {
                if (earlier.Article.Outlet == row.Outlet && earlier.Article.Published == row.Date && earlier.Article.Text == row.Body)
                {
                    annotations.Add(row.Annotate(id));
                    continue;
                }

                // The same unit id with a different text: keep both rather than guess which is right.
                var n = 2;
                while (seen.ContainsKey($"{id}-{n}"))
                {
                    n++;
                }

                diagnostics.Add(Diagnostic.Warning(
                    DiagnosticCodes.DuplicateArticleId,
                    sourcePath,
                    record.Line,
                    0,
                    $"unit_id {row.UnitId} was first used on line {earlier.Line} with a different text; this row is imported as {id}-{n}"));
                id = $"{id}-{n}";
            }

            var article = new Article(id, row.Outlet, row.Date, row.Body, sourcePath, record.Line) { Title = row.Title };
            seen[article.Id] = (article, record.Line);
            articles.Add(article);
            annotations.Add(row.Annotate(id));
        }

        if (column is null && diagnostics.TrueForAll(d => d.Code != DiagnosticCodes.InvalidDataRecord))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidDataRecord, sourcePath, 1, 1, "the file is empty; expected a header row"));
        }

        return new FakesImport(articles.ToImmutable(), annotations.ToImmutable(), [.. diagnostics]);
    }

    private static Dictionary<string, int>? HeaderColumns(CsvRecord header, string sourcePath, List<Diagnostic> diagnostics)
    {
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Length; i++)
        {
            column.TryAdd(header.Fields[i].Trim(), i);
        }

        var missing = Columns.Where(c => !column.ContainsKey(c)).ToList();
        if (missing.Count == 0)
        {
            return column;
        }

        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.InvalidDataRecord,
            sourcePath,
            header.Line,
            1,
            $"the header lacks the column(s) {string.Join(", ", missing)}; nothing was imported"));
        return null;
    }

    private static FakesRow? ReadRow(CsvRecord record, Dictionary<string, int> column, string sourcePath, List<Diagnostic> diagnostics)
    {
        void Skip(string code, string message) =>
            diagnostics.Add(Diagnostic.Error(code, sourcePath, record.Line, 0, $"{message}; the row is skipped"));

        if (record.Problem is not null)
        {
            Skip(DiagnosticCodes.InvalidDataRecord, record.Problem);
            return null;
        }

        if (record.Fields.Length != column.Count)
        {
            Skip(DiagnosticCodes.InvalidDataRecord, $"the row has {record.Fields.Length} fields, the header {column.Count}");
            return null;
        }

        string Field(string name) => record.Fields[column[name]].Trim();

        var unitId = Field("unit_id");
        if (unitId.Length == 0 || !unitId.All(char.IsAsciiDigit))
        {
            Skip(DiagnosticCodes.InvalidDataRecord, $"unit_id '{unitId}' is not a number");
            return null;
        }

        var outlet = Field("source");
        if (outlet.Length == 0)
        {
            Skip(DiagnosticCodes.InvalidDataRecord, "the source (outlet) is empty");
            return null;
        }

        var dateText = Field("date");
        if (!DateOnly.TryParseExact(dateText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Skip(DiagnosticCodes.MissingPublished, dateText.Length == 0 ? "the date is missing" : $"the date '{dateText}' is not a date (M/D/YY)");
            return null;
        }

        var title = Field("article_title");
        var content = Field("article_content");
        if (title.Length == 0 && content.Length == 0)
        {
            Skip(DiagnosticCodes.EmptyArticle, "the article has neither title nor content");
            return null;
        }

        var counts = new int[4];
        string[] countColumns = ["nb_children", "nb_civilians", "nb_noncivilians", "nb_women"];
        for (var i = 0; i < countColumns.Length; i++)
        {
            if (!int.TryParse(Field(countColumns[i]), NumberStyles.None, CultureInfo.InvariantCulture, out counts[i]))
            {
                Skip(DiagnosticCodes.InvalidDataRecord, $"{countColumns[i]} '{Field(countColumns[i])}' is not a count");
                return null;
            }
        }

        var label = Field("label");
        if (label is not ("0" or "1"))
        {
            Skip(DiagnosticCodes.InvalidDataRecord, $"label '{label}' is neither 0 nor 1");
            return null;
        }

        var body = title.Length == 0 ? content : content.Length == 0 ? title : $"{title}\n\n{content}";
        var casualties = new FakesCasualties(counts[0], counts[1], counts[2], counts[3]);
        return new FakesRow(
            unitId,
            outlet,
            date,
            title.Length == 0 ? null : title,
            body,
            id => new FakesAnnotation(id, record.Line, date, Field("location"), Field("actor"), Field("cause_of_death"), casualties, label == "1"));
    }

    private sealed record FakesRow(string UnitId, string Outlet, DateOnly Date, string? Title, string Body, Func<string, FakesAnnotation> Annotate);
}
