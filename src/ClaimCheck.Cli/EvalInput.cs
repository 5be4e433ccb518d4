using System.Collections.Immutable;
using ClaimCheck.Evaluation;
using ClaimCheck.Rules;

namespace ClaimCheck.Cli;

/// <summary>What the eval commands share: finding their data, reporting its problems, writing figures.</summary>
internal static class EvalInput
{
    /// <summary>The data file given, or <paramref name="defaultFile"/> inside the folder given; null when neither exists.</summary>
    public static string? Resolve(CliConsole console, string given, string defaultFile)
    {
        var full = console.FullPath(given);
        if (Directory.Exists(full))
        {
            full = Path.Combine(full, defaultFile);
        }

        return File.Exists(full) ? full : null;
    }

    /// <summary>Problems with the rules or the data go to stderr; they never stop an evaluation.</summary>
    public static void Report(CliConsole console, ImmutableArray<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            console.Error.WriteLine(diagnostic);
        }
    }

    public static void WriteFigures(TextWriter output, IEnumerable<EvaluationFigure> figures)
    {
        var list = figures.ToList();
        var width = list.Max(f => f.Label.Length);
        foreach (var figure in list)
        {
            output.WriteLine($"  {figure.Label.PadRight(width)}  {figure.Rate}");
        }
    }
}
