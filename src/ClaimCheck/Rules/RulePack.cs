using ClaimCheck.Alignment;
using ClaimCheck.Claims;
using ClaimCheck.Names;
using ClaimCheck.Numbers;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Rules;

/// <summary>
/// A whole rule pack: one folder per stage (text, time, numbers, names, claims, policies).
/// Loading never throws on bad rules: each broken file or rule is a diagnostic and is skipped.
/// </summary>
public sealed class RulePack
{
    public const string DefaultFolderName = "rules";

    /// <summary>The file of <c>policies/</c> that says how stories are built and slots compared.</summary>
    public const string PoliciesFileName = "policies.yaml";

    private RulePack(string directory, TextRules text, TimeRecognizer time, NumberRecognizer numbers, NameRecognizer names, ClaimRules claims, BackgroundWeights background, ImmutableArray<Diagnostic> diagnostics)
    {
        Background = background;
        Directory = directory;
        Text = text;
        Time = time;
        Numbers = numbers;
        Names = names;
        Claims = claims;
        Diagnostics = diagnostics;
        Signer = new StorySigner(claims.Policies.Stories, background, names.Matcher);
    }

    public string Directory { get; }

    public TextRules Text { get; }

    public TimeRecognizer Time { get; }

    public NumberRecognizer Numbers { get; }

    public NameRecognizer Names { get; }

    public ClaimRules Claims { get; }

    /// <summary>How common each word is in news at large, for story grouping (<c>policies/background.tsv</c>).</summary>
    public BackgroundWeights Background { get; }

    /// <summary>Works out what story grouping reads of each article, as it is extracted.</summary>
    public StorySigner Signer { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>How many rule files loaded; none means the folder is not a rule pack (or an empty one), and a check with it would find nothing.</summary>
    public int RuleFiles { get; private init; }

    public ImmutableArray<RuleExample> Examples =>
        [.. Text.Examples, .. Time.Examples, .. Numbers.Examples, .. Names.Examples, .. Claims.Examples];

    /// <summary>Loads the pack under <paramref name="directory"/>; paths in diagnostics are shown relative to <paramref name="displayRoot"/>.</summary>
    public static RulePack Load(string directory, string? displayRoot = null)
    {
        var diagnostics = new DiagnosticBag();
        var shown = displayRoot ?? directory;
        if (!System.IO.Directory.Exists(directory))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.CorpusPathNotFound, shown, 0, 0, "the rules folder does not exist"));
        }

        var files = 0;
        ImmutableArray<RuleFile> Stage(string name)
        {
            var stage = RuleFile.LoadFolder(Path.Combine(directory, name), Path.Combine(shown, name), diagnostics);
            files += stage.Length;
            return stage;
        }

        var text = TextRules.Load(Stage("text"), diagnostics);
        var time = TimeRecognizer.Load(Stage("time"), diagnostics);
        var numbers = NumberRecognizer.Load(Stage("numbers"), diagnostics);
        var names = NameRecognizer.Load(Stage("names"), diagnostics);
        var claims = ClaimRules.Load(Stage("claims"), Stage("concepts"), Stage("policies"), diagnostics);
        if (System.IO.Directory.Exists(Path.Combine(directory, "policies")) && !File.Exists(Path.Combine(directory, "policies", PoliciesFileName)))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.MissingPolicies, $"{shown}/policies/{PoliciesFileName}".Replace('\\', '/'), 0, 0,
                "no policies file: slots and stories are compared with the built-in defaults (no story thresholds, time windows or single-valued slots of this pack)"));
        }

        var background = BackgroundWeights.Load(Path.Combine(directory, "policies", BackgroundWeights.FileName), Path.Combine(shown, "policies", BackgroundWeights.FileName).Replace('\\', '/'), diagnostics);
        return new RulePack(directory, text, time, numbers, names, claims, background, diagnostics.ToImmutable()) { RuleFiles = files };
    }

    /// <summary>The default pack: the nearest <c>rules/</c> folder above the working directory or the program.</summary>
    public static string? FindDefaultDirectory()
    {
        foreach (var start in new[] { System.IO.Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, DefaultFolderName);
                if (System.IO.Directory.Exists(Path.Combine(candidate, "claims")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
