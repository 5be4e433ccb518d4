using ClaimCheck.Rules;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Corpus;

/// <summary>An article file split into its metadata and its body, exactly as written.</summary>
internal sealed record ArticleSource(ArticleMetadata Metadata, string Body, int BodyLine);

/// <summary>
/// Splits optional YAML front matter (between a first line <c>---</c> and the next <c>---</c> line)
/// from the body. Errors are reported at their position in the file, not in the YAML alone.
/// </summary>
internal static class FrontMatter
{
    private const string Fence = "---";

    public static ParseResult<ArticleSource> Split(string text, string file)
    {
        var firstEnd = LineEnd(text, 0);
        if (!IsFence(text, 0, firstEnd))
        {
            return ParseResult<ArticleSource>.Success(new ArticleSource(ArticleMetadata.Empty, text, 1));
        }

        var line = 1;
        var yamlStart = Math.Min(firstEnd + 1, text.Length);
        for (var start = yamlStart; start < text.Length;)
        {
            line++;
            var end = LineEnd(text, start);
            if (IsFence(text, start, end))
            {
                var bodyStart = Math.Min(end + 1, text.Length);
                var parsed = Parse(text[yamlStart..start], file);
                return parsed.Succeeded
                    ? ParseResult<ArticleSource>.Success(new ArticleSource(parsed.Value!, text[bodyStart..], line + 1), parsed.Diagnostics)
                    : ParseResult<ArticleSource>.Failure(parsed.Diagnostics);
            }

            start = end + 1;
        }

        return ParseResult<ArticleSource>.Failure(Diagnostic.Error(DiagnosticCodes.BrokenFrontMatter, file, 1, 1,
            "the front matter opened by '---' on line 1 is never closed by a '---' line"));
    }

    private static ParseResult<ArticleMetadata> Parse(string yaml, string file)
    {
        // The YAML starts on line 2 of the file.
        const int lineOffset = 1;
        var (node, error) = YamlText.Parse(yaml);
        if (error is not null)
        {
            return ParseResult<ArticleMetadata>.Failure(Diagnostic.Error(DiagnosticCodes.BrokenFrontMatter, file,
                error.Line + lineOffset, error.Column, $"the front matter is not valid YAML: {error.Message}"));
        }

        if (node is null)
        {
            return ParseResult<ArticleMetadata>.Success(ArticleMetadata.Empty);
        }

        if (node is not YamlMappingNode root)
        {
            return ParseResult<ArticleMetadata>.Failure(Diagnostic.Error(DiagnosticCodes.BrokenFrontMatter, file,
                (int)node.Start.Line + lineOffset, (int)node.Start.Column, "the front matter must be a mapping of keys such as 'published: 2016-04-28'"));
        }

        return ArticleMetadata.Read(root, file, lineOffset, DiagnosticCodes.BrokenFrontMatter);
    }

    private static int LineEnd(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end;
    }

    private static bool IsFence(string text, int start, int end) =>
        text.AsSpan(start, end - start).TrimEnd().SequenceEqual(Fence);
}
