using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using ClaimCheck.Cli;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Cli;

/// <summary>
/// One bad input beside two good articles, through the real <c>check</c> with the default rule
/// pack: the run ends with the code the good articles give (their contradiction trips
/// <c>--fail-on</c>), the bad input has its diagnostic at its position, and the good articles'
/// findings are what they are alone.
/// </summary>
public class BadInputMatrixTests
{
    /// <summary>Two outlets give different tolls of one crash: a contradiction, so a finished run exits with 1.</summary>
    private static readonly (string Path, string Text)[] GoodArticles =
    [
        ("corpus/courier-bus-crash.md", """
            ---
            id: courier-bus-crash
            outlet: Lakeside Courier
            published: 2016-04-19
            ---
            A bus crash on the coastal highway killed 12 people on Monday, police said.

            The driver lost control on a wet bend near the harbour, witnesses told the Courier.

            """),
        ("corpus/dispatch-bus-crash.md", """
            ---
            id: dispatch-bus-crash
            outlet: Valley Dispatch
            published: 2016-04-19
            ---
            Police said 34 people were killed on Monday when a bus left the coastal highway near the harbour.

            Rescue teams worked through the night on the wet bend.

            """),
    ];

    private static readonly Lazy<string> GoodFindingsAlone = new(() =>
    {
        using var cli = new CliHarness();
        Plant(cli.Folder);
        var result = Check(cli);
        result.ExitCode.ShouldBe(ExitCodes.Findings, result.Error);
        return GoodFindings(cli.Folder);
    });

    public static IEnumerable<string> Cases => BadInputs.All.Select(c => c.Name);

    [TestCaseSource(nameof(Cases))]
    public void The_bad_input_is_reported_and_the_good_articles_are_checked_as_alone(string name)
    {
        var bad = BadInputs.All.Single(c => c.Name == name);
        using var cli = new CliHarness();
        Plant(cli.Folder);
        var rules = TestPaths.Rules;
        if (bad.InRules)
        {
            CopyFolder(TestPaths.Rules, cli.Folder.Combine("rules"));
            rules = "rules";
        }

        bad.Plant(cli.Folder);
        var result = Check(cli, rules);

        result.ExitCode.ShouldBe(bad.ExitCode, result.Out + result.Error);
        Reported(cli.Folder, result).ShouldContain((bad.Code, bad.File, bad.Line, bad.Column), result.Out + result.Error);
        if (bad.ExitCode != ExitCodes.Stopped)
        {
            GoodFindings(cli.Folder).ShouldBe(GoodFindingsAlone.Value);
        }
    }

    private static void Plant(TempFolder folder)
    {
        foreach (var (path, text) in GoodArticles)
        {
            folder.Write(path, text);
        }
    }

    private static CliResult Check(CliHarness cli, string? rules = null) =>
        cli.Run("check", "corpus", "--rules", rules ?? TestPaths.Rules, "--out", "out", "--fail-on", "contradiction");

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy, overwrite: true);
        }
    }

    /// <summary>Every diagnostic of the run as (code, file, line, column): the report's skipped inputs and diagnostics, or stderr when the run stopped.</summary>
    private static List<(string, string, int, int)> Reported(TempFolder folder, CliResult result)
    {
        var reportFile = folder.Combine("out", "report.json");
        if (!File.Exists(reportFile))
        {
            return [.. result.Error.Split('\n').Select(ParseDiagnosticLine).OfType<(string, string, int, int)>()];
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(reportFile));
        var skipped = json.RootElement.GetProperty("skipped").EnumerateArray()
            .Select(s => (s.GetProperty("code").GetString()!, s.GetProperty("path").GetString()!, s.GetProperty("line").GetInt32(), s.GetProperty("column").GetInt32()));
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("code").GetString()!, d.GetProperty("file").GetString()!, d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()));
        return [.. skipped, .. diagnostics];
    }

    /// <summary>A line <c>file(line,col): error CODE: message</c> (or without a position) as its parts.</summary>
    private static (string, string, int, int)? ParseDiagnosticLine(string line)
    {
        var match = System.Text.RegularExpressions.Regex.Match(line, @"^(?<file>[^(:]+)(\((?<line>\d+),(?<column>\d+)\))?: (error|warning) (?<code>CC\d{4}):");
        return match.Success
            ? (match.Groups["code"].Value, match.Groups["file"].Value,
                match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value) : 0,
                match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value) : 0)
            : null;
    }

    /// <summary>The findings about the good articles only, as kind, slot, summary and evidence (event numbers may move when another article loads).</summary>
    private static string GoodFindings(TempFolder folder)
    {
        var goodIds = new[] { "courier-bus-crash", "dispatch-bus-crash" };
        using var json = JsonDocument.Parse(File.ReadAllBytes(folder.Combine("out", "report.json")));
        var lines = new StringBuilder();
        foreach (var finding in json.RootElement.GetProperty("findings").EnumerateArray())
        {
            var claims = finding.GetProperty("claims").EnumerateArray().ToList();
            if (claims.TrueForAll(c => goodIds.Contains(c.GetProperty("article").GetString())))
            {
                lines.Append(finding.GetProperty("kind").GetString()).Append(' ').Append(finding.GetProperty("slot").GetString())
                    .Append(": ").AppendLine(finding.GetProperty("summary").GetString());
                foreach (var claim in claims)
                {
                    lines.Append("  ").Append(claim.GetProperty("article").GetString()).Append(" (")
                        .Append(claim.GetProperty("line").GetInt32()).Append(',').Append(claim.GetProperty("column").GetInt32()).Append(") ")
                        .AppendLine(claim.GetProperty("evidence").GetString());
                }
            }
        }

        return lines.ToString();
    }
}

/// <summary>
/// One bad input of the matrix: what it writes into the working folder (beside <c>corpus/</c>
/// with the two good articles), the diagnostic it must get, and the exit code of the run.
/// </summary>
internal sealed record BadInput(string Name, Action<TempFolder> Plant, string Code, string File, int Line, int Column)
{
    /// <summary>The run goes on: the good articles' contradiction trips <c>--fail-on</c>.</summary>
    public int ExitCode { get; init; } = ExitCodes.Findings;

    /// <summary>The bad input goes into a copy of the default rule pack (<c>rules/</c>), which the run then reads.</summary>
    public bool InRules { get; init; }

    public override string ToString() => Name;
}

/// <summary>The cases: each article, front matter, manifest or rule file a hostile tester would write.</summary>
internal static class BadInputs
{
    private const string Dated = "---\npublished: 2016-04-19\n---\n";

    /// <summary>Twelve anchors, each a list of ten aliases of the one before: 10^11 items if anything expanded them.</summary>
    private static readonly string AliasBomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        + string.Concat(Enumerable.Range(1, 11).Select(i => $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n"));

    public static readonly ImmutableArray<BadInput> All =
    [
        Article("an empty file", "", DiagnosticCodes.EmptyArticle, 1, 1),
        Article("only white space", "  \n\t\n", DiagnosticCodes.EmptyArticle, 1, 1),
        Article("front matter and no body", Dated, DiagnosticCodes.EmptyArticle, 4, 1),
        Article("no front matter, so no date", "A ferry ran aground off the north pier.\n", DiagnosticCodes.MissingPublished, 1, 1),
        Article("front matter without a date", "---\noutlet: Quay Herald\n---\nA ferry ran aground.\n", DiagnosticCodes.MissingPublished, 1, 1),
        Article("a date that is no date", "---\npublished: someday soon\n---\nA ferry ran aground.\n", DiagnosticCodes.MissingPublished, 2, 12),
        Article("February the 30th", "---\npublished: 2016-02-30\n---\nA ferry ran aground.\n", DiagnosticCodes.MissingPublished, 2, 12),
        Article("a date-time without an offset", "---\npublished: 2016-04-19T08:00:00\n---\nA ferry ran aground.\n", DiagnosticCodes.MissingPublished, 2, 12),
        Article("a front matter never closed", "---\npublished: 2016-04-19\nA ferry ran aground.\n", DiagnosticCodes.BrokenFrontMatter, 1, 1),
        Article("front matter that is a list", "---\n- published\n- 2016-04-19\n---\nA ferry ran aground.\n", DiagnosticCodes.BrokenFrontMatter, 2, 1),
        Article("a date that is a list", "---\npublished: [2016-04-19]\n---\nA ferry ran aground.\n", DiagnosticCodes.BrokenFrontMatter, 2, 12),
        Article("a tab that YAML refuses", "---\npublished:\t\"2016-04-19\n---\nA ferry ran aground.\n", DiagnosticCodes.BrokenFrontMatter, 2, 12),
        Article("a list left open before the next key", "---\ntitle: [Ferry aground\npublished: 2016-04-19\n---\nA ferry ran aground.\n", DiagnosticCodes.BrokenFrontMatter, 2, 8),
        Article("a mapping left open before the next key", "---\ntitle: {Ferry aground\npublished: 2016-04-19\n---\nA ferry ran aground.\n", DiagnosticCodes.BrokenFrontMatter, 2, 8),
        Article("lists nested 100,000 deep", "---\ntitle: " + new string('[', 100_000) + "\npublished: 2016-04-19\n---\nA ferry ran aground.\n", DiagnosticCodes.BrokenFrontMatter, 2, 7 + YamlText.MaxNesting),
        Article("mappings nested 100,000 deep", "---\ntitle: " + string.Concat(Enumerable.Repeat("{a: ", 100_000)) + "\npublished: 2016-04-19\n---\nA ferry ran aground.\n", DiagnosticCodes.BrokenFrontMatter, 2, 8 + 4 * (YamlText.MaxNesting - 1)),
        Binary("a NUL byte", [.. "---\npublished: 2016-04-19\n---\nA ferry"u8, 0, .. " ran aground.\n"u8], DiagnosticCodes.BinaryFile, 0, 0),
        Binary("an invalid UTF-8 byte", [.. "---\npublished: 2016-04-19\n---\nA ferry ran "u8, 0xFF, .. " aground.\n"u8], DiagnosticCodes.InvalidUtf8, 4, 13),
        Binary("a lone continuation byte", [.. "---\npublished: 2016-04-19\n---\nThe ferry "u8, 0x80, .. "ran aground.\n"u8], DiagnosticCodes.InvalidUtf8, 4, 11),
        Binary("UTF-16 without its byte order mark", Encoding.Unicode.GetBytes(Dated + "A ferry ran aground.\n"), DiagnosticCodes.InvalidUtf8, 0, 0),
        Binary("UTF-16 with a broken surrogate", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Dated + "A ferry"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes(" ran aground.\n")], DiagnosticCodes.InvalidUtf8, 0, 0),
        Article("an alias bomb in front matter (unknown keys, a warning)", "---\n" + AliasBomb + "published: 2016-04-19\n---\nA ferry ran aground.\n", DiagnosticCodes.UnknownFrontMatterKey, 2, 1),
        Article("a title that is an alias bomb (pointed at the anchor it names)", "---\n" + AliasBomb + "title: *a11\npublished: 2016-04-19\n---\nA ferry ran aground.\n", DiagnosticCodes.BrokenFrontMatter, 13, 6),
        Article("a file larger than five megabytes", Dated + new string('x', 6 * 1024 * 1024), DiagnosticCodes.ArticleTooLarge, 0, 0),
        Article("an unknown key (a warning, the article is kept)", "---\npublished: 2016-04-19\nsection: harbour\n---\nA ferry ran aground.\n", DiagnosticCodes.UnknownFrontMatterKey, 3, 1),
        Article("the id of a good article, in a file that sorts first", "---\nid: courier-bus-crash\npublished: 2016-04-19\n---\nA ferry ran aground.\n", DiagnosticCodes.DuplicateArticleId, 2, 5),
        Article("a placeholder date of the year 1", "---\npublished: 0001-01-01\n---\nA ferry ran aground on Tuesday, two months ago.\n", DiagnosticCodes.MissingPublished, 2, 12),
        Article("a placeholder date of the year 9999", "---\npublished: 9999-12-31\n---\nThe ferry sails again next Tuesday.\n", DiagnosticCodes.MissingPublished, 2, 12),
        Article("a date-time at the end of the calendar", "---\npublished: 9999-12-31T23:59:59+00:00\n---\nThe ferry sails again next Tuesday.\n", DiagnosticCodes.MissingPublished, 2, 12),
        Manifest("a manifest that is not YAML", "articles: [\n  {file: a.txt\n", 3, 1),
        Manifest("a manifest list left open before the next key", "articles: [a.txt\nnote: ferry\n", 1, 11),
        Manifest("a manifest without articles", "files: [a.txt]\n", 1, 1),
        Manifest("a manifest entry without a file", "articles:\n  - id: ferry\n    published: 2016-04-19\n", 2, 5),
        Manifest("a manifest entry that is a string", "articles:\n  - ferry.txt\n", 2, 5),
        new("a pipe named like an article", f => Unix.MakePipe(f.Combine("corpus", "pipe.md")), DiagnosticCodes.NotRegularFile, "corpus/pipe.md", 0, 0),
        Link("a link to a device named like an article", "corpus/zero.md", "/dev/zero", DiagnosticCodes.NotRegularFile),
        Link("a link to a file that is not there", "corpus/gone.md", "nowhere.md", DiagnosticCodes.UnreadableFile),
        Link("a link to the corpus folder itself", "corpus/again", ".", DiagnosticCodes.FolderLinkNotFollowed),
        Link("a link to the folder above", "corpus/up", "..", DiagnosticCodes.FolderLinkNotFollowed),
        new("two links to the corpus folder", f =>
        {
            Unix.Link(f.Combine("corpus", "one"), ".");
            Unix.Link(f.Combine("corpus", "two"), ".");
        }, DiagnosticCodes.FolderLinkNotFollowed, "corpus/two", 0, 0),
        new("a link to a folder of articles elsewhere", f =>
        {
            f.Write("elsewhere/harbour.md", Dated + "A ferry ran aground.\n");
            Unix.Link(f.Combine("corpus", "elsewhere"), "../elsewhere");
        }, DiagnosticCodes.FolderLinkNotFollowed, "corpus/elsewhere", 0, 0),
        new("a manifest entry outside its folder", f =>
        {
            f.Write("elsewhere/harbour.md", Dated + "A ferry ran aground.\n");
            f.Write("corpus/corpus.yaml", "articles:\n  - file: ../elsewhere/harbour.md\n    published: 2016-04-19\n");
        }, DiagnosticCodes.InvalidManifest, "corpus/corpus.yaml", 2, 11),
        Manifest("a manifest entry naming a system file", "articles:\n  - file: /etc/hostname\n    published: 2016-04-19\n", 2, 11),
        RuleFile("a rule file with a list left open before the next key", "rules/time/open.yaml",
            path => File.WriteAllText(path, "# A list that never closes.\nrules: [time.open\nexamples: []\n"), DiagnosticCodes.YamlSyntax, 2, 8),
        RuleFile("a rule file nested 100,000 deep", "rules/claims/deep.yaml",
            path => File.WriteAllText(path, "# Lists in lists.\nrules: " + new string('[', 100_000) + "\n"), DiagnosticCodes.YamlSyntax, 2, 7 + YamlText.MaxNesting),
        RuleFile("a rule file that is a pipe", "rules/numbers/pipe.yaml", Unix.MakePipe, DiagnosticCodes.NotRegularFile, 0, 0),
        RuleFile("a rule file that is not a mapping", "rules/names/list.yaml",
            path => File.WriteAllText(path, "# A list where keys belong.\n- people\n"), DiagnosticCodes.InvalidValue, 2, 1),
        Manifest("a manifest whose articles are an alias bomb", AliasBomb + "articles: *a11\n", 11, 6),
        new("a manifest entry whose file is missing", f => f.Write("corpus/corpus.yaml", "articles:\n  - file: ferry.txt\n    published: 2016-04-19\n"),
            DiagnosticCodes.CorpusPathNotFound, "corpus/ferry.txt", 0, 0),
    ];

    private static BadInput RuleFile(string name, string path, Action<string> plant, string code, int line, int column) =>
        new(name, f => plant(f.Combine(path)), code, path, line, column) { InRules = true };

    private static BadInput Link(string name, string link, string target, string code) =>
        new(name, f => Unix.Link(f.Combine(link), target), code, link, 0, 0);

    private static BadInput Article(string name, string text, string code, int line, int column) =>
        new(name, f => f.Write("corpus/bad.md", text), code, "corpus/bad.md", line, column);

    private static BadInput Binary(string name, byte[] bytes, string code, int line, int column) =>
        new(name, f => f.Write("corpus/bad.md", bytes), code, "corpus/bad.md", line, column);

    private static BadInput Manifest(string name, string text, int line, int column) =>
        new(name, f => f.Write("corpus/corpus.yaml", text), DiagnosticCodes.InvalidManifest, "corpus/corpus.yaml", line, column);
}

/// <summary>File system entries a Unix corpus can hold besides files and folders.</summary>
internal static class Unix
{
    public static void MakePipe(string path)
    {
        RequireUnix();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        mkfifo.ExitCode.ShouldBe(0, $"mkfifo {path}");
    }

    /// <summary>A symbolic link at <paramref name="path"/> to <paramref name="target"/> (relative to the link's folder, as ln -s writes it).</summary>
    public static void Link(string path, string target)
    {
        RequireUnix();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
    }

    private static void RequireUnix()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("pipes and links are a Unix case");
        }
    }
}
