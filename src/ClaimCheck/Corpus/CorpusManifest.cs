using ClaimCheck.Reporting;
using ClaimCheck.Rules;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Corpus;

/// <summary>One article file to load: where it is, how to show it, and metadata given from outside it.</summary>
internal sealed record ArticleInput(string FullPath, string DisplayPath, ArticleMetadata Metadata, MissingValueSite PublishedSite);

/// <summary>
/// A corpus manifest (<c>corpus.yaml</c> or <c>*.corpus.yaml</c>): a list <c>articles:</c> of
/// <c>{file, id, outlet, title, url, published, byline, language}</c>, files relative to the manifest.
/// </summary>
internal static class CorpusManifest
{
    public const string FileName = "corpus.yaml";

    public const string Suffix = ".corpus.yaml";

    public static bool IsManifest(string path)
    {
        var name = Path.GetFileName(path);
        return name.Equals(FileName, StringComparison.OrdinalIgnoreCase) || name.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The entries of a manifest; broken entries (or a broken manifest) are skipped inputs, and so
    /// is an entry whose file lies outside the manifest's folder unless <paramref name="mayReachOutside"/>:
    /// a manifest found in a corpus must not read any file of the machine.
    /// </summary>
    public static (ImmutableArray<ArticleInput> Inputs, ImmutableArray<SkippedInput> Skipped, ImmutableArray<Diagnostic> Warnings) Read(
        string fullPath, string displayPath, bool mayReachOutside = false)
    {
        var text = ArticleBytes.Read(fullPath, displayPath);
        if (!text.Succeeded)
        {
            return ([], [Broken(displayPath, text.Diagnostics[0].Line, text.Diagnostics[0].Column, text.Diagnostics[0].Message)], []);
        }

        var (node, error) = YamlText.Parse(text.Value!);
        if (error is not null)
        {
            return ([], [Broken(displayPath, error.Line, error.Column, $"not valid YAML: {error.Message}")], []);
        }

        var articles = node is YamlMappingNode root
            && root.Children.TryGetValue(new YamlScalarNode("articles"), out var list)
            ? list as YamlSequenceNode
            : null;
        if (articles is null)
        {
            return ([], [Broken(displayPath, 1, 1, "a corpus manifest must be a mapping with a list 'articles:' of {file, id, outlet, title, url, published, byline, language}")], []);
        }

        var folder = Path.GetDirectoryName(fullPath)!;
        var shownFolder = Path.GetDirectoryName(displayPath) ?? "";
        var inputs = ImmutableArray.CreateBuilder<ArticleInput>();
        var skipped = ImmutableArray.CreateBuilder<SkippedInput>();
        var warnings = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var item in articles.Children)
        {
            var line = (int)item.Start.Line;
            var column = (int)item.Start.Column;
            if (item is not YamlMappingNode entry)
            {
                skipped.Add(Broken(displayPath, line, column, "each item of 'articles' must be a mapping with at least 'file'"));
                continue;
            }

            var metadata = ArticleMetadata.Read(entry, displayPath, 0, DiagnosticCodes.InvalidManifest, "file");
            warnings.AddRange(metadata.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning));
            if (!metadata.Succeeded)
            {
                skipped.Add(new SkippedInput(displayPath, metadata.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error)));
                continue;
            }

            var file = metadata.Value!["file"];
            if (file is null)
            {
                skipped.Add(Broken(displayPath, line, column, "an entry of 'articles' has no 'file'"));
                continue;
            }

            var target = Path.GetFullPath(Path.Combine(folder, file.Text));
            if (!mayReachOutside && IsOutside(folder, target))
            {
                skipped.Add(Broken(displayPath, file.Line, file.Column,
                    $"'{file.Text}' is outside the manifest's folder; check --allow-manifest-outside lets a manifest name files anywhere"));
                continue;
            }

            inputs.Add(new ArticleInput(
                target,
                CorpusLoader.Display(Path.Join(shownFolder, file.Text)),
                metadata.Value,
                new MissingValueSite(displayPath, line, column)));
        }

        return (inputs.ToImmutable(), skipped.ToImmutable(), warnings.ToImmutable());
    }

    private static bool IsOutside(string folder, string path)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative);
    }

    private static SkippedInput Broken(string displayPath, int line, int column, string message) =>
        new(displayPath, Diagnostic.Error(DiagnosticCodes.InvalidManifest, displayPath, line, column, message));
}
