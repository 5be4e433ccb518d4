using ClaimCheck.Rules;

namespace ClaimCheck.Cli;

/// <summary>Finds the repository, the default rule pack, corpus and report folders, and loads rules.</summary>
internal static class Workspace
{
    public const string SolutionFile = "ClaimCheck.sln";

    /// <summary>The nearest folder at or above <paramref name="start"/> holding ClaimCheck.sln, else <paramref name="start"/>.</summary>
    public static string Root(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        return start;
    }

    /// <summary>
    /// Loads the rule pack from <paramref name="given"/>, or else from <c>rules/</c> of the
    /// repository. A missing folder is written to stderr and gives null: the run cannot go on.
    /// </summary>
    public static RulePack? LoadRules(CliConsole console, string? given)
    {
        string full;
        string shown;
        if (given is not null)
        {
            full = console.FullPath(given);
            shown = given.Replace('\\', '/').TrimEnd('/');
        }
        else
        {
            full = Path.Combine(Root(console.WorkingDirectory), RulePack.DefaultFolderName);
            if (!Directory.Exists(full) && RulePack.FindDefaultDirectory() is { } found)
            {
                full = found;
            }

            shown = console.Show(full);
        }

        if (!Directory.Exists(full))
        {
            console.Stop($"the rules folder '{shown}' does not exist (give one with --rules DIR)");
            return null;
        }

        return RulePack.Load(full, shown);
    }

    /// <summary>
    /// Loads the rule pack as <see cref="LoadRules"/> does and reports its load problems at once,
    /// for commands that run it; a folder without one rule file stops the run too (null), since
    /// running no rules would report nothing and look like a clean corpus.
    /// </summary>
    public static RulePack? LoadReportedRules(CliConsole console, string? given)
    {
        var pack = LoadRules(console, given);
        if (pack is null)
        {
            return null;
        }

        console.Report(pack.Diagnostics);
        if (pack.RuleFiles == 0)
        {
            console.Stop($"the rules folder '{console.Show(pack.Directory)}' holds no rule file (*.yaml under text/, time/, numbers/, names/, claims/, concepts/ or policies/)");
            return null;
        }

        return pack;
    }

    public static int Errors(IEnumerable<Diagnostic> diagnostics) => diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
}
