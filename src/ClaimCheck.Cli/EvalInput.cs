using ClaimCheck.Evaluation;

namespace ClaimCheck.Cli;

/// <summary>What the eval commands share: finding their data, writing figures.</summary>
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
