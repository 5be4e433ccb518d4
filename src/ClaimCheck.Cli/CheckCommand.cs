using System.Collections.Immutable;
using System.CommandLine;
using ClaimCheck.Consistency;
using ClaimCheck.Corpus;
using ClaimCheck.Reporting;
using ClaimCheck.Rules;
using Spectre.Console;

namespace ClaimCheck.Cli;

/// <summary>
/// <c>claimcheck check [CORPUS...] [--rules DIR] [--out DIR] [--format md,json,html]
/// [--baseline FILE] [--fail-on contradiction|new|none] [--expect FILE]</c>: the main job.
/// </summary>
internal static class CheckCommand
{
    public const string DefaultCorpusFolder = "samples";
    public const string DefaultReportFolder = "reports";

    /// <summary>Where reports of a corpus the user names go by default: never over the samples' approved reports.</summary>
    public const string CorpusReportFolder = "claimcheck-reports";

    /// <summary>The <c>--out</c> value that sends the JSON report to stdout.</summary>
    public const string StandardOutput = "-";

    public static Command Build(CliConsole console, CheckEngine engine)
    {
        var corpus = new Argument<string[]>("CORPUS")
        {
            Description = "Article files, folders or corpus manifests (default: samples/ of the repository).",
            Arity = ArgumentArity.ZeroOrMore,
        };

        // A variadic argument would otherwise take a mistyped option as a corpus path.
        corpus.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value.StartsWith('-')))
            {
                result.AddError($"Unrecognized option '{token.Value}' (a corpus path that starts with '-' can be written as ./{token.Value}).");
            }
        });
        var rules = RulesCommand.RulesOption();
        var output = new Option<string?>("--out")
        {
            Description = "Folder for the reports (default: reports/ of the repository); '-' writes the JSON report to stdout.",
            HelpName = "DIR",
        };
        var format = new Option<string>("--format")
        {
            Description = "Report formats, separated by commas: md, json, html.",
            HelpName = "LIST",
            DefaultValueFactory = _ => "md,json",
        };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "A previous JSON report: findings are compared with it (new, gone, changed kind).",
            HelpName = "FILE",
        };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with 1 on any contradiction, on any finding new relative to --baseline, or never.",
            DefaultValueFactory = _ => "none",
        };
        failOn.AcceptOnlyFromAmong("contradiction", "new", "none");
        var manifestOutside = new Option<bool>("--allow-manifest-outside")
        {
            Description = "Let corpus manifests name files outside their own folder (by default such entries are skipped).",
        };
        var expect = new Option<string?>("--expect")
        {
            Description = "Expected findings (YAML): report each entry as found, missing, held or violated; exit with 1 when a 'must' entry fails.",
            HelpName = "FILE",
        };

        var command = new Command("check", "Check a corpus: align the outlets' claims and report contradictions, agreements and omissions.")
        {
            corpus, rules, output, format, baseline, failOn, expect, manifestOutside,
        };
        command.SetAction(parsed => Run(
            console,
            engine,
            new CheckOptions(
                parsed.GetValue(corpus) ?? [],
                parsed.GetValue(rules),
                parsed.GetValue(output),
                parsed.GetValue(format)!,
                parsed.GetValue(baseline),
                parsed.GetValue(failOn)!,
                parsed.GetValue(expect),
                parsed.GetValue(manifestOutside))));
        return command;
    }

    private sealed record CheckOptions(string[] Corpus, string? Rules, string? Out, string Format, string? Baseline, string FailOn, string? Expect, bool ManifestOutside);

    private static int Run(CliConsole console, CheckEngine engine, CheckOptions options)
    {
        if (!ReportWriter.TryParseFormats(options.Format, out var formats, out var formatError))
        {
            return console.Stop(formatError!);
        }

        var toStdout = options.Out == StandardOutput;
        if (toStdout && formats != ReportFormats.Json)
        {
            return console.Stop("--out - writes the JSON report to stdout; use it with --format json");
        }

        if (options.FailOn == "new" && options.Baseline is null)
        {
            return console.Stop("--fail-on new needs --baseline FILE to know what is new");
        }

        Baseline? baseline = null;
        if (options.Baseline is not null)
        {
            var read = BaselineComparer.Read(console.FullPath(options.Baseline), options.Baseline);
            if (read.Baseline is null)
            {
                return console.Stop(read.Error!);
            }

            baseline = read.Baseline;
        }

        ParseResult<ExpectedFindings>? expected = null;
        if (options.Expect is not null)
        {
            expected = ReadExpected(console, options.Expect);
            if (expected?.Value is null)
            {
                return ExitCodes.Stopped;
            }
        }

        var pack = Workspace.LoadReportedRules(console, options.Rules);
        if (pack is null)
        {
            return ExitCodes.Stopped;
        }

        if (Workspace.Errors(pack.Diagnostics) > 0 && pack.Examples.IsEmpty)
        {
            return console.Stop("the rules have errors and not one rule could be loaded; run 'claimcheck rules lint'");
        }

        var root = Workspace.Root(console.WorkingDirectory);
        IReadOnlyList<string> paths = options.Corpus.Length > 0
            ? options.Corpus
            : [console.Show(Path.Combine(root, DefaultCorpusFolder))];
        var outDir = toStdout ? null
            : options.Out is not null ? console.FullPath(options.Out)
            : options.Corpus.Length > 0 ? console.FullPath(CorpusReportFolder)
            : Path.Combine(root, DefaultReportFolder);

        // Reports of an earlier run may lie inside the corpus ('check .' writes claimcheck-reports/ there): never read them as articles.
        var corpusOptions = new CorpusOptions { SkippedFolders = outDir is null ? [] : [outDir], ManifestsMayReachOutside = options.ManifestOutside };
        var corpus = engine.LoadCorpus(paths, console.WorkingDirectory, corpusOptions);
        if (corpus.Articles.IsEmpty)
        {
            foreach (var skipped in corpus.Skipped)
            {
                console.Error.WriteLine(skipped.Reason);
            }

            return console.Stop($"no article could be loaded from {string.Join(", ", paths)}");
        }

        var report = engine.Check(corpus, pack);
        if (expected is not null)
        {
            report = report with { Expectations = Expectations.Check(expected.Value!, report.Findings, expected.Diagnostics) };
        }

        var comparison = baseline is null ? null : BaselineComparer.Compare(baseline, report.Findings);

        IReadOnlyList<string> written;
        if (outDir is null)
        {
            console.Out.Write(JsonReportWriter.RenderText(report));
            console.Out.Flush();
            written = ["stdout"];
        }
        else
        {
            try
            {
                written = [.. ReportWriter.Write(report, outDir, formats).Select(console.Show)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return console.Stop($"cannot write the reports to {console.Show(outDir)}: {e.Message}");
            }
        }

        // With the JSON on stdout, the human summary must not mix with it.
        WriteSummary(console.Human(toStdout ? console.Error : console.Out), report, pack.Diagnostics, comparison, written);
        var brokeOn = report.Skipped.Count(s => s.Reason.Code == DiagnosticCodes.ArticleFailed);
        if (brokeOn > 0)
        {
            console.Error.WriteLine($"error: ClaimCheck failed on {ReportText.Plural(brokeOn, "article")} (a bug, listed under Skipped inputs as {DiagnosticCodes.ArticleFailed}); the others were checked");
            return ExitCodes.Failure;
        }

        var failed = Fails(options.FailOn, report, comparison) || report.Expectations?.MustFailed == true;
        return failed ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>
    /// Reads <c>--expect</c>: a missing file or one that holds no list of entries stops the run
    /// (null, or a failed result, after the message); problems with single entries are reported
    /// on stderr and those entries left out.
    /// </summary>
    private static ParseResult<ExpectedFindings>? ReadExpected(CliConsole console, string path)
    {
        var full = console.FullPath(path);
        if (!File.Exists(full))
        {
            console.Stop($"--expect: the expected-findings file '{path}' does not exist");
            return null;
        }

        var read = ExpectedFindings.Read(full, console.Show(full));
        console.Report(read.Diagnostics);
        if (!read.Succeeded)
        {
            console.Stop($"--expect: {console.Show(full)} holds no usable expected findings");
        }

        return read;
    }

    /// <summary>
    /// Whether the findings trip <c>--fail-on</c>: any contradiction; or any finding not in the
    /// baseline, counting one whose kind changed (an agreement that became a contradiction is news).
    /// </summary>
    private static bool Fails(string failOn, Report report, BaselineComparison? comparison) => failOn switch
    {
        "contradiction" => report.Count(FindingKind.Contradiction) > 0,
        "new" => comparison is not null && (!comparison.New.IsEmpty || !comparison.ChangedKind.IsEmpty),
        _ => false,
    };

    /// <summary>
    /// The totals, the skipped inputs, the diagnostics met on the way (input warnings, rule
    /// timeouts) but for the rule pack's own, which <paramref name="shownAtRuleLoad"/> were, the
    /// baseline comparison, the expected findings and the files written.
    /// </summary>
    private static void WriteSummary(IAnsiConsole human, Report report, ImmutableArray<Diagnostic> shownAtRuleLoad, BaselineComparison? comparison, IReadOnlyList<string> written)
    {
        human.WriteLine($"ClaimCheck: {ReportText.Totals(report)}");
        var counts = new Table().AddColumn("Kind").AddColumn(new TableColumn("Findings").RightAligned());
        foreach (var kind in ReportNames.Kinds)
        {
            counts.AddRow(ReportNames.Kind(kind), report.Count(kind).ToString());
        }

        human.Write(counts);
        if (!report.Skipped.IsEmpty)
        {
            human.WriteLine("Skipped inputs:");
            foreach (var skipped in report.Skipped)
            {
                human.WriteLine($"  {Where(skipped)}: {skipped.Reason.Code}: {skipped.Reason.Message}");
            }
        }

        var metOnTheWay = report.RuleDiagnostics.Except(shownAtRuleLoad).ToList();
        if (metOnTheWay.Count > 0)
        {
            human.WriteLine("Diagnostics (the run went on):");
            foreach (var diagnostic in metOnTheWay)
            {
                human.WriteLine($"  {diagnostic}");
            }
        }

        if (comparison is not null)
        {
            human.WriteLine(
                $"Against the baseline: {comparison.New.Length} new, {comparison.Gone.Length} gone, " +
                $"{comparison.ChangedKind.Length} changed kind, {comparison.Unchanged} unchanged.");
            foreach (var finding in comparison.New)
            {
                human.WriteLine($"  new: {ReportNames.Kind(finding.Kind)} {finding.Slot} ({finding.Id}): {finding.Summary}");
            }

            foreach (var change in comparison.ChangedKind)
            {
                human.WriteLine($"  changed: {change.After.Slot} ({change.After.Id}) {change.Before.Kind} -> {ReportNames.Kind(change.After.Kind)}");
            }

            foreach (var gone in comparison.Gone)
            {
                human.WriteLine($"  gone: {gone.Kind} {gone.Slot} ({gone.Id}): {gone.Summary}");
            }
        }

        if (report.Expectations is not null)
        {
            WriteExpectations(human, report.Expectations);
        }

        human.WriteLine($"Reports written: {string.Join(", ", written)}");
    }

    /// <summary>One line per expected entry (need, status, kind, slot), the unexpected contradictions, then the totals.</summary>
    private static void WriteExpectations(IAnsiConsole human, ExpectationOutcome outcome)
    {
        human.WriteLine($"Expected findings ({outcome.File}):");
        foreach (var result in outcome.Results)
        {
            human.WriteLine($"  {result.Need} {result.StatusText,-9} {result.Entry.KindName,-20} {result.Entry.Slot}");
        }

        foreach (var finding in outcome.UnexpectedContradictions)
        {
            var articles = string.Join(", ", finding.Claims.Select(c => c.ArticleId).Distinct().Order(StringComparer.Ordinal));
            human.WriteLine($"  unexpected contradiction: {finding.Slot} ({finding.Id}) [{articles}]");
        }

        human.WriteLine($"  {outcome.Totals}{(outcome.MustFailed ? " (a must entry failed: exit code 1)" : "")}");
    }

    private static string Where(SkippedInput skipped) =>
        skipped.Reason.Line > 0 ? $"{skipped.Path}({skipped.Reason.Line},{skipped.Reason.Column})" : skipped.Path;
}
