using ClaimCheck.Rules;

namespace ClaimCheck.Time.TimeMl;

/// <summary>TimeML documents read from files and folders (searched recursively for *.tml), in path order.</summary>
public sealed record TimeMlCorpus(ImmutableArray<TimeMlDocument> Documents, ImmutableArray<Diagnostic> Diagnostics)
{
    public const string Extension = ".tml";

    /// <summary>Reads every given file and every .tml file under every given folder; unreadable ones become diagnostics.</summary>
    public static TimeMlCorpus Read(IEnumerable<string> paths)
    {
        var documents = ImmutableArray.CreateBuilder<TimeMlDocument>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*" + Extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.CorpusPathNotFound, path, 1, 1, $"'{path}' does not exist"));
            }
        }

        foreach (var file in files)
        {
            ParseResult<TimeMlDocument> read;
            try
            {
                read = TimeMlDocument.Read(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, file, 1, 1, e.Message));
                continue;
            }

            diagnostics.AddRange(read.Diagnostics);
            if (read.Value is { } document)
            {
                documents.Add(document);
            }
        }

        return new TimeMlCorpus(documents.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>Annotates every document with <paramref name="annotator"/> and scores the result against the gold TIMEX3.</summary>
    public TimeMlScore Evaluate(TimeMlAnnotator annotator, DiagnosticBag diagnostics) =>
        TimeMlScorer.Score(Documents.Select(d => (d, annotator.Annotate(d, diagnostics))).ToList());
}
