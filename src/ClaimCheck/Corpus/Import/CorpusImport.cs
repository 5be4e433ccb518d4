using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using ClaimCheck.Rules;

namespace ClaimCheck.Corpus.Import;

/// <summary>What <see cref="CorpusImport.Write"/> wrote and what it refused.</summary>
public sealed record CorpusWriteResult(ImmutableArray<string> Written, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Writes articles as a corpus folder: one <c>&lt;id&gt;.md</c> per article, YAML front matter
/// (id, outlet, title, url, published, byline, language) between <c>---</c> lines, then the text
/// exactly as it is, so that loading the folder gives the same articles back.
/// </summary>
public static class CorpusImport
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    // Words a YAML 1.1 or 1.2 reader would turn into a boolean or null if left unquoted.
    private static readonly FrozenSet<string> ReservedWords = FrozenSet.ToFrozenSet(
        ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Writes each article to <paramref name="outDir"/> (created if needed), in id order. An id that
    /// cannot be a file name, or that repeats, is a diagnostic and that article is not written.
    /// Existing files of the same name are replaced; other files in the folder are left alone.
    /// </summary>
    public static CorpusWriteResult Write(IEnumerable<Article> articles, string outDir)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);

        var diagnostics = new List<Diagnostic>();
        var written = ImmutableArray.CreateBuilder<string>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            Directory.CreateDirectory(outDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, outDir, 0, 0, $"cannot create the output folder: {e.Message}"));
            return new CorpusWriteResult([], [.. diagnostics]);
        }

        foreach (var article in articles.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            if (!IsSafeFileName(article.Id))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidDataRecord, article.SourcePath, article.BodyLine, 0, $"the id '{article.Id}' cannot be a file name (letters, digits, '.', '-', '_' only); not written"));
                continue;
            }

            // Case-insensitive: on some file systems Ab.md and ab.md are one file.
            if (!ids.Add(article.Id))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateArticleId, article.SourcePath, article.BodyLine, 0, $"the id '{article.Id}' is already written; this article is not"));
                continue;
            }

            var path = Path.Combine(outDir, article.Id + ".md");
            try
            {
                File.WriteAllText(path, Format(article), Utf8NoBom);
                written.Add(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, path, 0, 0, $"cannot write the file: {e.Message}"));
            }
        }

        return new CorpusWriteResult(written.ToImmutable(), [.. diagnostics]);
    }

    /// <summary>The corpus file for one article: front matter, then the text unchanged.</summary>
    public static string Format(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var file = new StringBuilder(article.Text.Length + 256);
        file.Append("---\n");
        AppendKey(file, "id", article.Id);
        AppendKey(file, "outlet", article.Outlet);
        AppendKey(file, "title", article.Title);
        AppendKey(file, "url", article.Url);
        file.Append("published: ")
            .Append(article.PublishedAt is { } at ? at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : article.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Append('\n');
        AppendKey(file, "byline", article.Byline);
        AppendKey(file, "language", article.Language);
        file.Append("---\n");
        file.Append(article.Text);
        return file.ToString();
    }

    /// <summary>
    /// A YAML scalar for <paramref name="value"/>: plain when no reader could take it for anything
    /// but this string, otherwise double-quoted with every character that needs it escaped.
    /// </summary>
    public static string YamlScalar(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return IsPlainSafe(value) ? value : DoubleQuoted(value);
    }

    private static void AppendKey(StringBuilder file, string key, string? value)
    {
        if (value is not null)
        {
            file.Append(key).Append(": ").Append(YamlScalar(value)).Append('\n');
        }
    }

    private static bool IsSafeFileName(string id) =>
        id.Length <= 200
        && char.IsAsciiLetterOrDigit(id[0])
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    // Conservative on purpose: letters first, then letters, digits, spaces and a few marks that
    // mean nothing to YAML in the middle of a plain scalar, no trailing space, no reserved word.
    private static bool IsPlainSafe(string value) =>
        value.Length > 0
        && char.IsAsciiLetter(value[0])
        && value[^1] != ' '
        && !value.Contains("  ", StringComparison.Ordinal)
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '_' or '.' or '(' or ')' or '/' or '\'' or ',')
        && !ReservedWords.Contains(value);

    private static string DoubleQuoted(string value)
    {
        var quoted = new StringBuilder(value.Length + 8).Append('"');
        foreach (var rune in value.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"':
                    quoted.Append("\\\"");
                    break;
                case '\\':
                    quoted.Append("\\\\");
                    break;
                case '\n':
                    quoted.Append("\\n");
                    break;
                case '\r':
                    quoted.Append("\\r");
                    break;
                case '\t':
                    quoted.Append("\\t");
                    break;
                case < 0x20 or 0x7F or (>= 0x80 and < 0xA0) or 0x2028 or 0x2029 or 0xFEFF or 0xFFFE or 0xFFFF:
                    quoted.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}");
                    break;
                default:
                    quoted.Append(rune.ToString());
                    break;
            }
        }

        return quoted.Append('"').ToString();
    }
}
