using ClaimCheck.Consistency;
using ClaimCheck.Numbers;
using ClaimCheck.Rules;

namespace ClaimCheck.Reporting;

/// <summary>How an expected entry fared: found or missing, or (for a not-a-contradiction entry) held or violated.</summary>
public enum ExpectationStatus
{
    Found,
    Missing,
    Held,
    Violated,
}

/// <summary>One expected entry, its status and the findings that matched it (for a violated entry, the contradictions that broke it).</summary>
public sealed record ExpectationResult(ExpectedFinding Entry, ExpectationStatus Status, ImmutableArray<string> FindingIds)
{
    public bool Met => Status is ExpectationStatus.Found or ExpectationStatus.Held;

    /// <summary>The status as reports write it: lower case when met, upper case when not, so failures stand out.</summary>
    public string StatusText => Met ? StatusName : StatusName.ToUpperInvariant();

    /// <summary>The status as the JSON report spells it: found, missing, held, violated.</summary>
    public string StatusName => Status.ToString().ToLowerInvariant();

    /// <summary>Whether the entry must hold (a failure fails the run) or is nice to have.</summary>
    public string Need => Entry.Must ? "must" : "nice";
}

/// <summary>
/// A report's findings checked against expected findings: per entry its status, the contradictions
/// no entry explains, and the problems found in the expected-findings file.
/// </summary>
public sealed record ExpectationOutcome(
    string File,
    ImmutableArray<ExpectationResult> Results,
    ImmutableArray<Finding> UnexpectedContradictions,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public int Must => Results.Count(r => r.Entry.Must);

    public int MustMet => Results.Count(r => r.Entry.Must && r.Met);

    public int Nice => Results.Count(r => !r.Entry.Must);

    public int NiceMet => Results.Count(r => !r.Entry.Must && r.Met);

    /// <summary>
    /// Whether a <c>must</c> entry is missing or violated, or an entry could not be read (it may
    /// have been a must: a typo in an expected-findings file must not let CI pass): the run then fails.
    /// </summary>
    public bool MustFailed => MustMet < Must || Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>One line of totals, e.g. <c>must 6/6, nice 3/5, unexpected contradictions 0</c>.</summary>
    public string Totals => $"must {MustMet}/{Must}, nice {NiceMet}/{Nice}, unexpected contradictions {UnexpectedContradictions.Length}";
}

/// <summary>
/// Checks findings against expected findings. The rule is the one <c>score-findings</c> applies,
/// so that both agree entry by entry:
/// <list type="bullet">
/// <item>Text is folded before it is compared: curly quotes become straight, em and en dashes
/// hyphens, letters lower case, runs of white space one space, and spaces, <c>.,;:</c> and quotes
/// are trimmed from both ends.</item>
/// <item>A finding covers an article of an entry when it has a claim from that article whose
/// evidence contains the entry's phrase or is contained in it (neither empty once folded).</item>
/// <item>An entry is found when one finding of its kind covers all its articles; or, for an entry
/// of more than two articles, when the findings of its kind that each cover two or more of them
/// link them all (a disagreement among five outlets may be reported as pairs).</item>
/// <item>A not-a-contradiction entry is violated when any contradiction covers two or more of its
/// articles, and holds otherwise.</item>
/// <item>A contradiction that no entry matched (nor violated) is unexpected.</item>
/// </list>
/// </summary>
public static class Expectations
{
    public static ExpectationOutcome Check(ExpectedFindings expected, ImmutableArray<Finding> findings, ImmutableArray<Diagnostic> diagnostics = default)
    {
        var explained = new HashSet<int>();
        var results = ImmutableArray.CreateBuilder<ExpectationResult>();
        var folded = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in expected.Entries)
        {
            var (status, hits) = Judge(entry, findings, folded);
            explained.UnionWith(hits);
            results.Add(new ExpectationResult(entry, status, [.. hits.Select(i => findings[i].Id)]));
        }

        var unexpected = findings.Where((f, i) => f.Kind == FindingKind.Contradiction && !explained.Contains(i));
        return new ExpectationOutcome(expected.File, results.ToImmutable(), [.. unexpected], diagnostics.IsDefault ? [] : diagnostics);
    }

    /// <summary>
    /// Text as it is compared: quotes and dashes made plain, lower case, white space runs made one
    /// space, and spaces, <c>.,;:</c> and quotes trimmed from both ends.
    /// </summary>
    public static string Fold(string text)
    {
        var plain = string.Concat(text.Select(c => c switch
        {
            '\u2018' or '\u2019' => '\'',
            '\u201c' or '\u201d' => '"',
            '\u2013' or '\u2014' => '-',
            _ => c,
        }));
        return NumberLexicon.Normalize(plain).Trim(' ', '.', ',', ';', ':', '"', '\'');
    }

    /// <summary>Whether folded evidence and a folded expected phrase overlap: one contains the other, and neither is empty.</summary>
    private static bool Overlaps(string evidence, string phrase) =>
        evidence.Length > 0 && phrase.Length > 0 && (evidence.Contains(phrase, StringComparison.Ordinal) || phrase.Contains(evidence, StringComparison.Ordinal));

    /// <summary>The articles of the entry that the finding has a matching claim from; <paramref name="folded"/> holds each claim's evidence folded once.</summary>
    private static ImmutableHashSet<string> Covered(Finding finding, ExpectedFinding entry, Dictionary<string, string> folded) =>
        [.. entry.Values
            .Where(v => finding.Claims.Any(c => c.ArticleId == v.Article && Overlaps(FoldedEvidence(c, folded), v.Folded)))
            .Select(v => v.Article)];

    private static string FoldedEvidence(Claims.Claim claim, Dictionary<string, string> folded) =>
        folded.TryGetValue(claim.Evidence.Text, out var text) ? text : folded[claim.Evidence.Text] = Fold(claim.Evidence.Text);

    private static (ExpectationStatus Status, List<int> Hits) Judge(ExpectedFinding entry, ImmutableArray<Finding> findings, Dictionary<string, string> folded)
    {
        if (entry.Kind == ExpectedKind.NotAContradiction)
        {
            var broken = Indexes(findings, FindingKind.Contradiction).Where(i => Covered(findings[i], entry, folded).Count >= 2).ToList();
            return (broken.Count == 0 ? ExpectationStatus.Held : ExpectationStatus.Violated, broken);
        }

        var same = Indexes(findings, FindingKindOf(entry.Kind)).ToList();
        var covered = same.ToDictionary(i => i, i => Covered(findings[i], entry, folded));
        var hits = same.Where(i => covered[i].Count == entry.Values.Length).ToList();
        if (hits.Count == 0 && entry.Values.Length > 2)
        {
            var pairs = same.Where(i => covered[i].Count >= 2).ToList();
            if (Links(pairs.Select(i => covered[i]).ToList(), entry.Values.Length))
            {
                hits = pairs;
            }
        }

        return (hits.Count > 0 ? ExpectationStatus.Found : ExpectationStatus.Missing, hits);
    }

    /// <summary>Whether the parts, joined wherever they share an article starting from the first, reach all <paramref name="articles"/>.</summary>
    private static bool Links(List<ImmutableHashSet<string>> parts, int articles)
    {
        if (parts.Count == 0)
        {
            return false;
        }

        var reach = new HashSet<string>(parts[0]);
        var grown = true;
        while (grown)
        {
            grown = false;
            foreach (var part in parts.Where(p => reach.Overlaps(p) && !reach.IsSupersetOf(p)))
            {
                reach.UnionWith(part);
                grown = true;
            }
        }

        return reach.Count == articles;
    }

    private static IEnumerable<int> Indexes(ImmutableArray<Finding> findings, FindingKind kind) =>
        Enumerable.Range(0, findings.Length).Where(i => findings[i].Kind == kind);

    private static FindingKind FindingKindOf(ExpectedKind kind) => kind switch
    {
        ExpectedKind.Contradiction => FindingKind.Contradiction,
        ExpectedKind.Agreement => FindingKind.Agreement,
        ExpectedKind.Omission => FindingKind.Omission,
        ExpectedKind.Update => FindingKind.Update,
        ExpectedKind.QuoteVariant => FindingKind.QuoteVariant,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not-a-contradiction has no finding kind of its own"),
    };
}
