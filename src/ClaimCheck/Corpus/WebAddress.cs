namespace ClaimCheck.Corpus;

/// <summary>Web addresses of news pages, as the outlets that published them.</summary>
public static class WebAddress
{
    /// <summary>
    /// The host of a page's address, lower case and without "www." ("wral.com"); of the page
    /// archived, for a Wayback Machine address (<c>web.archive.org/web/&lt;timestamp&gt;/&lt;original&gt;</c>).
    /// Null when the address names no host.
    /// </summary>
    public static string? HostOf(string uri)
    {
        var original = uri.Trim();
        const string Wayback = "web.archive.org/web/";
        var wrapped = original.IndexOf(Wayback, StringComparison.OrdinalIgnoreCase);
        if (wrapped >= 0)
        {
            var afterStamp = original.IndexOf('/', wrapped + Wayback.Length);
            original = afterStamp < 0 ? original : original[(afterStamp + 1)..];
        }

        if (!original.Contains("://", StringComparison.Ordinal))
        {
            original = "http://" + original;
        }

        if (!Uri.TryCreate(original, UriKind.Absolute, out var parsed) || parsed.Host.Length == 0)
        {
            return null;
        }

        var host = parsed.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
