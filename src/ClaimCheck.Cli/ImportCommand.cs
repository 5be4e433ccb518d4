using System.Collections.Immutable;
using System.CommandLine;
using ClaimCheck.Corpus;
using ClaimCheck.Corpus.Import;
using ClaimCheck.Reporting;
using ClaimCheck.Rules;

namespace ClaimCheck.Cli;

/// <summary>
/// <c>claimcheck import fakes|gva SRC --out DIR</c>: turns a third-party data set (FA-KES CSV, Gun
/// Violence Archive JSON lines) into a corpus folder of Markdown articles that <c>check</c> reads.
/// </summary>
internal static class ImportCommand
{
    public static Command Build(CliConsole console) => new("import", "Turn a third-party data set into a corpus folder.")
    {
        Source(console, "fakes", "fakes.csv", "the FA-KES CSV file (or its folder)", path =>
        {
            var import = FakesImporter.Read(path);
            return (import.Articles, import.Diagnostics);
        }),
        Source(console, "gva", "articles.jsonl", "the Gun Violence Archive articles.jsonl (or its folder)", path =>
        {
            var import = GvaImporter.ReadArticles(path);
            return (import.Articles, import.Diagnostics);
        }),
    };

    private static Command Source(CliConsole console, string name, string defaultFile, string what, Func<string, (ImmutableArray<Article>, ImmutableArray<Diagnostic>)> read)
    {
        var source = new Argument<string>("SRC") { Description = $"The data: {what}." };
        var output = new Option<string>("--out") { Description = "The corpus folder to write (created if needed).", HelpName = "DIR", Required = true };
        var command = new Command(name, $"Import {what} as Markdown articles with front matter.") { source, output };
        command.SetAction(parsed =>
        {
            var given = parsed.GetValue(source)!;
            var full = console.FullPath(given);
            if (Directory.Exists(full))
            {
                full = Path.Combine(full, defaultFile);
                given = Path.Combine(given, defaultFile).Replace('\\', '/');
            }

            if (!File.Exists(full))
            {
                return console.Stop($"'{given}' does not exist");
            }

            var (articles, diagnostics) = read(full);
            var outDir = parsed.GetValue(output)!;
            var written = CorpusImport.Write(articles, console.FullPath(outDir));
            console.Report(diagnostics.Concat(written.Diagnostics));

            if (written.Written.IsEmpty)
            {
                return console.Stop($"no article could be imported from {given}");
            }

            var problems = diagnostics.Length + written.Diagnostics.Length;
            console.Out.WriteLine($"{ReportText.Plural(written.Written.Length, "article")} written to {outDir}; {ReportText.Plural(problems, "problem")} reported");
            return ExitCodes.Success;
        });
        return command;
    }
}
