using ClaimCheck.Claims;
using ClaimCheck.Corpus.Import;
using ClaimCheck.Rules;

namespace ClaimCheck.Evaluation;

/// <summary>
/// One GVA article scored against its incident: the killed and injured counts the article states
/// (its lead claim of each, the first stated) and the archive's <c>num_killed</c> and <c>num_injured</c>.
/// </summary>
public sealed record GvaCountScore(GvaReport Report, GvaIncident Incident, decimal? Killed, decimal? Injured)
{
    /// <summary>Whether any death-count claim of the article is the archive's number (an article may state the victims' toll before the total).</summary>
    public bool KilledAmongClaims { get; init; }

    public bool InjuredAmongClaims { get; init; }
}

/// <summary>The scores of every GVA article that reports an incident the archive lists.</summary>
public sealed record GvaCountResult(ImmutableArray<GvaCountScore> Scores, int Unmatched)
{
    /// <summary>
    /// An article may state fewer facts than the archive: how often it states a count where the
    /// archive has one, and how often a stated count is right, are reported apart.
    /// </summary>
    public ImmutableArray<EvaluationFigure> Figures =>
    [
        .. Side("killed", "killed", s => s.Incident.Killed, s => s.Killed, s => s.KilledAmongClaims),
        .. Side("injured", "injured", s => s.Incident.Injured, s => s.Injured, s => s.InjuredAmongClaims),
    ];

    private IEnumerable<EvaluationFigure> Side(string key, string word, Func<GvaCountScore, int> archive, Func<GvaCountScore, decimal?> stated, Func<GvaCountScore, bool> among)
    {
        var withCount = Scores.Where(s => archive(s) > 0).ToList();
        var stating = withCount.Where(s => stated(s) is not null).ToList();
        yield return new($"{key}-stated", $"articles stating how many were {word}, where the archive has some", Rate.Of(withCount, s => stated(s) is not null));
        yield return new($"{key}-right", $"number {word} stated (the article's lead) = archive", Rate.Of(stating, s => stated(s) == archive(s)));
        yield return new($"{key}-among", $"archive's number {word} among the article's claims", Rate.Of(stating, among));
        yield return new($"{key}-zero-none", $"no number {word} stated where the archive has 0", Rate.Of(Scores.Where(s => archive(s) == 0), s => stated(s) is null));
    }
}

/// <summary>Scores the killed and injured counts ClaimCheck extracts from GVA news against the archive's incidents.</summary>
public static class GvaCountEvaluation
{
    public static GvaCountResult Run(ImmutableArray<GvaReport> reports, ImmutableArray<GvaIncident> incidents, RulePack rules)
    {
        Preconditions.CheckNotNull(rules, nameof(rules));
        return Run(reports, incidents, Extract(reports, rules, new DiagnosticBag()));
    }

    /// <summary>Scores articles already run through the pipeline (by article id), so another evaluation can share the run.</summary>
    public static GvaCountResult Run(ImmutableArray<GvaReport> reports, ImmutableArray<GvaIncident> incidents, IReadOnlyDictionary<string, ExtractedArticle> extracted)
    {
        Preconditions.CheckNotNull(extracted, nameof(extracted));
        var byId = incidents.ToDictionary(i => i.IncidentId, StringComparer.Ordinal);
        var scores = reports
            .Where(r => byId.ContainsKey(r.IncidentId))
            .Select(r => Score(r, byId[r.IncidentId], extracted[r.Article.Id].Claims))
            .ToImmutableArray();
        return new GvaCountResult(scores, reports.Length - scores.Length);
    }

    /// <summary>Every distinct article of the reports through the whole pipeline, by article id; what the pipeline reports goes to <paramref name="diagnostics"/>.</summary>
    public static Dictionary<string, ExtractedArticle> Extract(ImmutableArray<GvaReport> reports, RulePack rules, DiagnosticBag diagnostics) =>
        Checker.ExtractAll(reports.Select(r => r.Article).DistinctBy(a => a.Id), rules, diagnostics)
            .ToDictionary(e => e.Analysis.Article.Id, StringComparer.Ordinal);

    public static GvaCountScore Score(GvaReport report, GvaIncident incident, ImmutableArray<Claim> claims)
    {
        var killed = Counts(claims, "casualties.killed");
        var injured = Counts(claims, "casualties.wounded");
        return new GvaCountScore(report, incident, killed.FirstOrDefault(), injured.FirstOrDefault())
        {
            KilledAmongClaims = killed.Contains(incident.Killed),
            InjuredAmongClaims = injured.Contains(incident.Injured),
        };
    }

    private static List<decimal?> Counts(ImmutableArray<Claim> claims, string slot) =>
        [.. claims.Where(c => c.Slot == slot).Select(c => (c.Value as CountClaimValue)?.Quantity.Value).Where(v => v is not null)];
}
