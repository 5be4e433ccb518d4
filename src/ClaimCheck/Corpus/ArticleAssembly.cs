using System.Globalization;
using ClaimCheck.Rules;

namespace ClaimCheck.Corpus;

/// <summary>Where a missing value should have been written (front matter, or a manifest entry).</summary>
internal readonly record struct MissingValueSite(string File, int Line, int Column);

/// <summary>Builds an <see cref="Article"/> from its metadata and body, applying the defaults of the corpus format.</summary>
internal static class ArticleAssembly
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd HH:mmzzz",
        "yyyy-MM-dd HH:mm:sszzz",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd HH:mm zzz",
        "yyyy-MM-dd HH:mm:ss zzz",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF zzz",
    ];

    /// <summary>
    /// The publication dates an article may have. News is dated in these years, and a placeholder
    /// such as 0001-01-01 or 9999-12-31 is none; relative times ("two months ago", "next
    /// Tuesday") are counted from the publication date, so they need room on the calendar around it.
    /// </summary>
    public static readonly DateOnly EarliestPublished = new(1800, 1, 1);

    public static readonly DateOnly LatestPublished = new(2199, 12, 31);

    public static ParseResult<Article> Build(
        ArticleMetadata metadata, string body, int bodyLine, string fullPath, string displayPath, MissingValueSite publishedSite)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return Fail(DiagnosticCodes.EmptyArticle, displayPath, bodyLine, 1,
                body.Length == 0 && bodyLine == 1 ? "the file is empty" : "the article has no text, only white space");
        }

        var published = metadata["published"];
        if (published is null)
        {
            return Fail(DiagnosticCodes.MissingPublished, publishedSite.File, publishedSite.Line, publishedSite.Column,
                $"{displayPath} has no 'published' date (write 'published: yyyy-mm-dd')");
        }

        if (!TryParsePublished(published.Text, out var date, out var at))
        {
            return Fail(DiagnosticCodes.MissingPublished, published.File, published.Line, published.Column,
                $"'published: {published.Text}' is not a date (yyyy-mm-dd) or an ISO 8601 date-time with an offset");
        }

        if (date < EarliestPublished || date > LatestPublished)
        {
            return Fail(DiagnosticCodes.MissingPublished, published.File, published.Line, published.Column,
                $"'published: {published.Text}' is outside the years {EarliestPublished.Year} to {LatestPublished.Year} that ClaimCheck takes for a publication date (a placeholder for an unknown date?)");
        }

        DateOrder? dateOrder = null;
        if (metadata["date-order"] is { } order)
        {
            if (ReadDateOrder(order.Text) is not { } known)
            {
                return Fail(DiagnosticCodes.BrokenFrontMatter, order.File, order.Line, order.Column,
                    $"'date-order: {order.Text}' must be day-first or month-first");
            }

            dateOrder = known;
        }

        var url = metadata["url"]?.Text;
        var article = new Article(
            metadata["id"]?.Text ?? Path.GetFileNameWithoutExtension(fullPath),
            metadata["outlet"]?.Text ?? DefaultOutlet(url, fullPath),
            date,
            body,
            displayPath,
            bodyLine)
        {
            PublishedAt = at,
            Title = metadata["title"]?.Text,
            Url = url,
            Byline = metadata["byline"]?.Text,
            Language = metadata["language"]?.Text ?? "en",
            DateOrder = dateOrder,
        };
        return ParseResult<Article>.Success(article);
    }

    /// <summary>"day-first" or "month-first" (the front-matter key and the time lexicon's default); null for anything else.</summary>
    public static DateOrder? ReadDateOrder(string text) => text switch
    {
        "day-first" => DateOrder.DayFirst,
        "month-first" => DateOrder.MonthFirst,
        _ => null,
    };

    /// <summary>A date, or a date-time with an offset (whose date in that offset is the publication date).</summary>
    internal static bool TryParsePublished(string text, out DateOnly date, out DateTimeOffset? at)
    {
        at = null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        var withOffset = text.EndsWith('Z') || text.EndsWith('z') ? text[..^1] + "+00:00" : text;
        if (DateTimeOffset.TryParseExact(withOffset, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            at = parsed;
            date = DateOnly.FromDateTime(parsed.DateTime);
            return true;
        }

        return false;
    }

    /// <summary>The URL's host without "www.", else the name of the folder the file is in.</summary>
    private static string DefaultOutlet(string? url, string fullPath)
    {
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        }

        var folder = Path.GetFileName(Path.GetDirectoryName(fullPath));
        return string.IsNullOrWhiteSpace(folder) ? "unknown" : folder;
    }

    private static ParseResult<Article> Fail(string code, string file, int line, int column, string message) =>
        ParseResult<Article>.Failure(Diagnostic.Error(code, file, line, column, message));
}
