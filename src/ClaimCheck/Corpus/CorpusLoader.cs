using ClaimCheck.Reporting;
using ClaimCheck.Rules;

namespace ClaimCheck.Corpus;

/// <summary>
/// Articles loaded from a corpus (ordered by id), the inputs that were skipped with the one reason
/// for each, and warnings about articles that were kept (such as an unknown front-matter key).
/// </summary>
public sealed record CorpusLoadResult(ImmutableArray<Article> Articles, ImmutableArray<SkippedInput> Skipped)
{
    public ImmutableArray<Diagnostic> Warnings { get; init; } = [];
}

/// <summary>How a corpus is read besides its paths.</summary>
public sealed record CorpusOptions
{
    public static readonly CorpusOptions Default = new();

    /// <summary>Folders a folder walk never enters (full paths): where this run writes its reports, so that they are never read back as articles.</summary>
    public ImmutableArray<string> SkippedFolders { get; init; } = [];

    /// <summary>Whether a manifest may name files outside its own folder ('../..', absolute paths); without it such an entry is skipped.</summary>
    public bool ManifestsMayReachOutside { get; init; }
}

/// <summary>
/// Loads a corpus from folders (recursively: <c>*.md</c>, <c>*.markdown</c>, <c>*.txt</c> and
/// manifests, but not README/CHANGELOG/LICENSE files), single files, or corpus manifests. A bad input is skipped with a diagnostic and
/// everything else still loads; the result does not depend on the order of the inputs.
/// </summary>
public static class CorpusLoader
{
    private static readonly string[] ArticleExtensions = [".md", ".markdown", ".txt"];

    private static readonly string[] DocumentationNames = ["README", "CHANGELOG", "LICENSE"];

    /// <summary>Loads the corpus; relative paths are resolved against <paramref name="baseDirectory"/> (default: the current directory) and shown as given.</summary>
    public static CorpusLoadResult Load(IReadOnlyList<string> paths, string? baseDirectory = null, CorpusOptions? options = null)
    {
        options ??= CorpusOptions.Default;
        var inputs = new List<ArticleInput>();
        var skipped = new List<SkippedInput>();
        var warnings = new List<Diagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void AddManifest(string fullPath, string displayPath)
        {
            var (entries, broken, manifestWarnings) = CorpusManifest.Read(fullPath, displayPath, options.ManifestsMayReachOutside);
            skipped.AddRange(broken);
            warnings.AddRange(manifestWarnings);
            foreach (var entry in entries.Where(e => seen.Add(e.FullPath)))
            {
                inputs.Add(entry);
            }
        }

        void AddFile(string fullPath, string displayPath)
        {
            if (seen.Add(fullPath))
            {
                inputs.Add(new ArticleInput(fullPath, displayPath, ArticleMetadata.Empty, new MissingValueSite(displayPath, 1, 1)));
            }
        }

        foreach (var given in paths)
        {
            var display = Display(given);
            var full = Path.GetFullPath(given, baseDirectory ?? Directory.GetCurrentDirectory());
            if (Directory.Exists(full))
            {
                var (files, problems) = FolderWalk.Files(full, options.SkippedFolders);
                string Shown(string file) => Display(Path.Join(given, Path.GetRelativePath(full, file)));
                foreach (var problem in problems)
                {
                    var shown = Shown(problem.FullPath);
                    if (problem.IsError)
                    {
                        skipped.Add(new SkippedInput(shown, Diagnostic.Error(DiagnosticCodes.UnreadableFile, shown, 0, 0, problem.Message)));
                    }
                    else
                    {
                        warnings.Add(Diagnostic.Warning(DiagnosticCodes.FolderLinkNotFollowed, shown, 0, 0, problem.Message));
                    }
                }

                // Manifests first, so that the plain files they describe are loaded with their metadata.
                foreach (var manifest in files.Where(CorpusManifest.IsManifest))
                {
                    AddManifest(manifest, Shown(manifest));
                }

                foreach (var file in files.Where(IsArticleFile))
                {
                    AddFile(file, Shown(file));
                }
            }
            else if (!File.Exists(full))
            {
                skipped.Add(new SkippedInput(display, Diagnostic.Error(DiagnosticCodes.CorpusPathNotFound, display, 0, 0, "no such file or folder")));
            }
            else if (CorpusManifest.IsManifest(full))
            {
                AddManifest(full, display);
            }
            else
            {
                AddFile(full, display);
            }
        }

        var results = inputs.AsParallel().AsOrdered().Select(LoadOne).ToList();
        var loaded = new List<(ArticleInput Input, LoadedArticle Article)>();
        foreach (var (input, result) in inputs.Zip(results).OrderBy(r => r.First.DisplayPath, StringComparer.Ordinal))
        {
            warnings.AddRange(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning));
            if (result.Succeeded)
            {
                loaded.Add((input, result.Value!));
            }
            else
            {
                skipped.Add(new SkippedInput(input.DisplayPath, result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error)));
            }
        }

        var articles = new List<Article>();
        foreach (var sharing in loaded.GroupBy(l => l.Article.Article.Id, StringComparer.Ordinal))
        {
            // The file named for the id is the article's own; a copy or a stray id is another file.
            var ownFiles = sharing.Where(NamedForItsId).ToList();
            var kept = ownFiles.Count > 0 ? ownFiles[0] : sharing.First();
            var why = ownFiles.Count > 0 ? "its file is named for the id" : "it comes first in path order";
            articles.Add(kept.Article.Article);
            foreach (var (input, (article, at)) in sharing.Where(l => l.Input != kept.Input))
            {
                skipped.Add(new SkippedInput(input.DisplayPath, Diagnostic.Error(DiagnosticCodes.DuplicateArticleId,
                    at?.File ?? input.DisplayPath, at?.Line ?? 0, at?.Column ?? 0,
                    $"the id '{article.Id}' is also the id of {kept.Input.DisplayPath}, which is kept because {why}; this article is skipped")));
            }
        }

        return new CorpusLoadResult(
            [.. articles.OrderBy(a => a.Id, StringComparer.Ordinal)],
            [.. skipped.OrderBy(s => s.Path, StringComparer.Ordinal).ThenBy(s => s.Reason.Line).ThenBy(s => s.Reason.Code, StringComparer.Ordinal)])
        {
            Warnings = [.. warnings.Distinct().OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Message, StringComparer.Ordinal)],
        };
    }

    private static bool NamedForItsId((ArticleInput Input, LoadedArticle Article) loaded) =>
        Path.GetFileNameWithoutExtension(loaded.Input.DisplayPath) == loaded.Article.Article.Id;

    /// <summary>A path as users gave it, with '/' separators on every platform.</summary>
    internal static string Display(string path) => path.Replace('\\', '/');

    /// <summary>Article files in a folder walk; a folder's README and CHANGELOG describe the corpus and are not articles.</summary>
    private static bool IsArticleFile(string path) =>
        !CorpusManifest.IsManifest(path)
        && ArticleExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)
        && !DocumentationNames.Contains(Path.GetFileNameWithoutExtension(path), StringComparer.OrdinalIgnoreCase);

    private static ParseResult<LoadedArticle> LoadOne(ArticleInput input)
    {
        var text = ArticleBytes.Read(input.FullPath, input.DisplayPath);
        if (!text.Succeeded)
        {
            return ParseResult<LoadedArticle>.Failure(text.Diagnostics);
        }

        var source = FrontMatter.Split(text.Value!, input.DisplayPath);
        if (!source.Succeeded)
        {
            return ParseResult<LoadedArticle>.Failure(source.Diagnostics);
        }

        var (frontMatter, body, bodyLine) = source.Value!;
        var metadata = input.Metadata.Over(frontMatter);
        var article = ArticleAssembly.Build(metadata, body, bodyLine, input.FullPath, input.DisplayPath, input.PublishedSite);
        return article.Succeeded
            ? ParseResult<LoadedArticle>.Success(new LoadedArticle(article.Value!, metadata["id"]), source.Diagnostics)
            : ParseResult<LoadedArticle>.Failure([.. article.Diagnostics, .. source.Diagnostics]);
    }

    /// <summary>An article and where its id was written, to point a duplicate id at.</summary>
    private sealed record LoadedArticle(Article Article, MetadataValue? Id);
}
