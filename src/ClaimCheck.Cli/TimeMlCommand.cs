using System.CommandLine;
using ClaimCheck.Reporting;
using ClaimCheck.Rules;
using ClaimCheck.Time.TimeMl;

namespace ClaimCheck.Cli;

/// <summary>
/// <c>claimcheck timeml IN... --out DIR [--rules DIR]</c>: annotates TimeML documents (files or
/// folders of .tml) with the project's TIMEX3 and writes each under its own name to DIR.
/// </summary>
internal static class TimeMlCommand
{
    public static Command Build(CliConsole console)
    {
        var inputs = new Argument<string[]>("IN") { Description = "TimeML files, or folders searched for *.tml.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "The folder to write the annotated documents to (created if needed).", HelpName = "DIR", Required = true };
        var rules = RulesCommand.RulesOption();
        var command = new Command("timeml", "Annotate TimeML documents with the time recognizer's TIMEX3 (the creation time is the publication date).") { inputs, output, rules };
        command.SetAction(parsed => Run(console, parsed.GetValue(inputs)!, parsed.GetValue(output)!, parsed.GetValue(rules)));
        return command;
    }

    /// <summary>Reads the TimeML inputs, reporting unreadable ones; null when none could be read.</summary>
    public static TimeMlCorpus? ReadCorpus(CliConsole console, IEnumerable<string> inputs)
    {
        var corpus = TimeMlCorpus.Read(inputs.Select(console.FullPath));
        console.Report(corpus.Diagnostics);

        if (corpus.Documents.IsEmpty)
        {
            console.Stop("no TimeML document could be read");
            return null;
        }

        return corpus;
    }

    private static int Run(CliConsole console, string[] inputs, string output, string? rules)
    {
        var pack = Workspace.LoadReportedRules(console, rules);
        if (pack is null || ReadCorpus(console, inputs) is not { } corpus)
        {
            return ExitCodes.Stopped;
        }

        var folder = console.FullPath(output);
        Directory.CreateDirectory(folder);
        var annotator = new TimeMlAnnotator(pack);
        var diagnostics = new DiagnosticBag();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var annotations = 0;
        foreach (var document in corpus.Documents)
        {
            var name = Path.GetFileName(document.Path);
            if (!names.Add(name))
            {
                console.Error.WriteLine($"warning: two inputs are named {name}; only the first is written");
                continue;
            }

            var timexes = annotator.Annotate(document, diagnostics);
            annotations += timexes.Length;
            File.WriteAllText(Path.Combine(folder, name), document.WriteWith(timexes));
        }

        console.Report(diagnostics.ToImmutable());

        console.Out.WriteLine($"{ReportText.Plural(names.Count, "document")} written to {output} with {ReportText.Plural(annotations, "TIMEX3")}");
        return ExitCodes.Success;
    }
}
