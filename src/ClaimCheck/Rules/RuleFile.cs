using YamlDotNet.Core;
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

        var files = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(folder, "*.yml", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);
        var loaded = ImmutableArray.CreateBuilder<RuleFile>();
        foreach (var file in files)
        {
            var display = System.IO.Path.Combine(displayRoot, System.IO.Path.GetRelativePath(folder, file)).Replace('\\', '/');
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (IOException e)
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
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            // YamlDotNet prefixes messages with its own position; ours is in the columns already.
            var paren = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith('(') && paren > 0)
            {
                message = message[(paren + 3)..];
            }

            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.YamlSyntax, path, (int)e.Start.Line, (int)e.Start.Column, message));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingKey, path, 1, 1, "the rule file is empty"));
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents[0].RootNode;
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidValue, path, (int)node.Start.Line, (int)node.Start.Column, "a rule file must be a mapping of keys"));
            return null;
        }

        return new RuleFile(path, new YamlMap(root, path, diagnostics));
    }
}
