using System.CommandLine;
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

    /// <summary>The options that list errors with examples: <c>--errors</c>, and <c>--examples N</c> (0 or more, default 5).</summary>
    public static (Option<bool> Errors, Option<int> Examples) ErrorOptions(string what)
    {
        var errors = new Option<bool>("--errors") { Description = $"List the errors {what}, with examples." };
        var examples = new Option<int>("--examples") { Description = $"How many examples --errors shows for each (default {GvaNameEvaluation.DefaultExamplesPerClass}).", HelpName = "N", DefaultValueFactory = _ => GvaNameEvaluation.DefaultExamplesPerClass };
        examples.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--examples must be 0 or more");
            }
        });
        return (errors, examples);
    }

    public static void WriteFigures(TextWriter output, IEnumerable<EvaluationFigure> figures)
    {
        var list = figures.ToList();
        var width = list.Max(f => f.Label.Length);
        foreach (var figure in list)
        {
            output.WriteLine($"  {figure.Label.PadRight(width)}  {figure}");
        }
    }
}
