using ClaimCheck.Corpus;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Rules;

/// <summary>One parsed YAML rule file: its path (as shown to users) and its root mapping.</summary>
public sealed record RuleFile(string Path, YamlMap Root)
{
    /// <summary>All rule files under a folder, in ordinal path order so loading is deterministic.</summary>
    public static ImmutableArray<RuleFile> LoadFolder(string folder, string displayRoot, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        string Display(string path) => System.IO.Path.Combine(displayRoot, System.IO.Path.GetRelativePath(folder, path)).Replace('\\', '/');
        var (files, problems) = FolderWalk.Files(folder);
        foreach (var problem in problems)
        {
            diagnostics.Add(problem.IsError
                ? Diagnostic.Error(DiagnosticCodes.UnreadableFile, Display(problem.FullPath), 0, 0, problem.Message)
                : Diagnostic.Warning(DiagnosticCodes.FolderLinkNotFollowed, Display(problem.FullPath), 0, 0, problem.Message));
        }

        var loaded = ImmutableArray.CreateBuilder<RuleFile>();
        foreach (var file in files.Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)))
        {
            var display = Display(file);
            if (FileKind.IsSpecial(file))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NotRegularFile, display, 0, 0, FileKind.NotRead));
                continue;
            }

            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, display, 0, 0, e.Message));
                continue;
            }

            var parsed = Parse(display, text, diagnostics);
            if (parsed is not null)
            {
                loaded.Add(parsed);
            }
        }

        return loaded.ToImmutable();
    }

    /// <summary>Parses one file's text; a syntax error becomes a diagnostic and the file is skipped.</summary>
    public static RuleFile? Parse(string path, string text, DiagnosticBag diagnostics)
    {
        var (root, error) = YamlText.Parse(text);
        if (error is not null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.YamlSyntax, path, error.Line, error.Column, error.Message));
            return null;
        }

        if (root is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingKey, path, 1, 1, "the rule file is empty"));
            return null;
        }

        if (root is not YamlMappingNode mapping)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, path, (int)root.Start.Line, (int)root.Start.Column, "a rule file must be a mapping of keys"));
            return null;
        }

        return new RuleFile(path, new YamlMap(mapping, path, diagnostics));
    }
}
