using ClaimCheck.Rules;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Corpus;

/// <summary>A metadata value and where it was written, so that a bad value can be pointed at.</summary>
internal sealed record MetadataValue(string Text, string File, int Line, int Column);

/// <summary>
/// The keys that describe an article (front matter or a manifest entry), each with its position.
/// Blank values count as absent.
/// </summary>
internal sealed record ArticleMetadata(ImmutableSortedDictionary<string, MetadataValue> Values)
{
    public static readonly ImmutableArray<string> Keys = ["id", "outlet", "title", "url", "published", "byline", "language", "date-order"];

    public static readonly ArticleMetadata Empty = new(ImmutableSortedDictionary<string, MetadataValue>.Empty);

    public MetadataValue? this[string key] => Values.GetValueOrDefault(key);

    /// <summary>These values, with <paramref name="fallback"/> filling the keys this one lacks.</summary>
    public ArticleMetadata Over(ArticleMetadata fallback) => new(fallback.Values.SetItems(Values));

    /// <summary>
    /// Reads a YAML mapping of metadata. <paramref name="lineOffset"/> turns the YAML's lines into
    /// lines of <paramref name="file"/>. A value that is not a single scalar fails with
    /// <paramref name="brokenCode"/>; an unknown key is a warning and is ignored.
    /// </summary>
    public static ParseResult<ArticleMetadata> Read(
        YamlMappingNode node, string file, int lineOffset, string brokenCode, params string[] extraKeys)
    {
        var values = ImmutableSortedDictionary.CreateBuilder<string, MetadataValue>(StringComparer.Ordinal);
        var warnings = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var (keyNode, valueNode) in node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var keyLine = (int)keyNode.Start.Line + lineOffset;
            if (!Keys.Contains(key) && !extraKeys.Contains(key))
            {
                warnings.Add(Diagnostic.Warning(DiagnosticCodes.UnknownFrontMatterKey, file, keyLine, (int)keyNode.Start.Column,
                    $"unknown key '{key}' is ignored; known keys: {string.Join(", ", Keys.Concat(extraKeys))}"));
                continue;
            }

            var line = (int)valueNode.Start.Line + lineOffset;
            var column = (int)valueNode.Start.Column;
            if (valueNode is not YamlScalarNode scalar)
            {
                return ParseResult<ArticleMetadata>.Failure(Diagnostic.Error(brokenCode, file, line, column, $"'{key}' must be a single value"));
            }

            var text = scalar.Value?.Trim() ?? "";
            if (text.Length > 0)
            {
                values[key] = new MetadataValue(text, file, line, column);
            }
        }

        return ParseResult<ArticleMetadata>.Success(new ArticleMetadata(values.ToImmutable()), warnings.ToImmutable());
    }
}
