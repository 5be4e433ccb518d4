using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Alignment;
using ClaimCheck.Claims;

namespace ClaimCheck.Consistency;

/// <summary>
/// The compare stage: for each event, slot by slot, the slot's policy decides whether outlets
/// contradict each other, agree, update a running count, leave something out, or quote the same
/// words differently.
/// </summary>
public static class Comparer
{
    public static ImmutableArray<Finding> Compare(ImmutableArray<Story> stories, ImmutableArray<Event> events, IReadOnlyDictionary<string, Claim> claims, Policies policies)
    {
        var findings = new List<Finding>();
        var storiesById = stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var ev in events)
        {
            var eventClaims = ev.ClaimIds.Select(id => claims[id]).ToImmutableArray();
            if (ev.Type == ClaimExtractor.QuoteEventType)
            {
                findings.AddRange(CompareQuotes(ev, eventClaims, policies.Quotes));
                continue;
            }

            var articles = ev.StoryIds.SelectMany(s => storiesById[s].ArticleIds).ToImmutableArray();
            foreach (var slot in eventClaims.GroupBy(c => c.Slot).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var policy = policies.SlotPolicyFor(slot.Key);
                var slotClaims = slot.OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Span.Start).ToImmutableArray();
                findings.AddRange(policy.Comparison == Comparison.Set
                    ? CompareSets(ev, slot.Key, slotClaims)
                    : CompareIntervals(ev, slot.Key, slotClaims, policy));
                if (policy.ReportOmission)
                {
                    findings.AddRange(Omissions(ev, slot.Key, slotClaims, articles));
                }
            }
        }

        var order = events.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return [.. findings
            .OrderBy(f => order[f.EventId])
            .ThenBy(f => f.Slot, StringComparer.Ordinal)
            .ThenBy(f => f.Kind)
            .ThenBy(f => f.Claims[0].ArticleId, StringComparer.Ordinal)
            .ThenBy(f => f.Claims[0].Evidence.Span.Start)];
    }

    private static IEnumerable<Finding> CompareIntervals(Event ev, string slot, ImmutableArray<Claim> claims, SlotPolicy policy)
    {
        if (claims.Select(c => c.ArticleId).Distinct().Count() < 2)
        {
            yield break;
        }

        var contradicting = new SortedSet<int>();
        var updates = new List<(Claim Earlier, Claim Later)>();
        for (var i = 0; i < claims.Length; i++)
        {
            for (var j = i + 1; j < claims.Length; j++)
            {
                var (a, b) = (claims[i], claims[j]);
                if (a.ArticleId == b.ArticleId || IntervalComparison.Compatible(a.Value, b.Value))
                {
                    continue;
                }

                var cumulative = policy.Cumulative || (a.Cumulative && b.Cumulative);
                var (earlier, later) = a.AsOf <= b.AsOf ? (a, b) : (b, a);
                if (cumulative && earlier.AsOf < later.AsOf && IntervalComparison.Above(earlier.Value, later.Value))
                {
                    updates.Add((earlier, later));
                }
                else
                {
                    contradicting.Add(i);
                    contradicting.Add(j);
                }
            }
        }

        if (contradicting.Count > 0)
        {
            var involved = contradicting.Select(i => claims[i]).ToImmutableArray();
            var falls = policy.Cumulative ? " (a running count that falls over time)" : "";
            yield return Make(FindingKind.Contradiction, ev, slot, policy.ContradictionSeverity, $"Outlets disagree on {slot}{falls}: {Values(involved)}.", involved, "policy.interval");
        }

        foreach (var (earlier, later) in updates)
        {
            yield return Make(FindingKind.Update, ev, slot, Severity.Low, $"{slot} rose from {earlier.Value.Display} ({earlier.Outlet}, {earlier.AsOf:yyyy-MM-dd}) to {later.Value.Display} ({later.Outlet}, {later.AsOf:yyyy-MM-dd}).", [earlier, later], "policy.cumulative");
        }

        foreach (var cluster in AgreeingClusters(claims).Where(c => c.Length >= 2))
        {
            yield return Make(FindingKind.Agreement, ev, slot, Severity.Info, $"These claims on {slot} are consistent: {Values(cluster)}.", cluster, "policy.interval");
        }
    }

    /// <summary>Groups claims whose values can all be true together, narrowest values first.</summary>
    private static IEnumerable<ImmutableArray<Claim>> AgreeingClusters(ImmutableArray<Claim> claims)
    {
        var clusters = new List<List<Claim>>();
        foreach (var claim in claims.OrderBy(Width).ThenBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Span.Start))
        {
            var home = clusters.FirstOrDefault(cluster => cluster.All(other => IntervalComparison.Compatible(other.Value, claim.Value)));
            if (home is null)
            {
                clusters.Add([claim]);
            }
            else
            {
                home.Add(claim);
            }
        }

        return clusters.Select(c => c.OrderBy(x => x.ArticleId, StringComparer.Ordinal).ThenBy(x => x.Evidence.Span.Start).ToImmutableArray());
    }

    private static double Width(Claim claim) => claim.Value switch
    {
        TimeClaimValue t => (t.Interval.Latest - t.Interval.Earliest).TotalDays,
        CountClaimValue q => q.Quantity.High is { } h && q.Quantity.Low is { } l ? (double)(h - l) : double.MaxValue,
        _ => double.MaxValue,
    };

    private static IEnumerable<Finding> CompareSets(Event ev, string slot, ImmutableArray<Claim> claims)
    {
        var byArticle = claims.GroupBy(c => c.ArticleId)
            .Select(g => (Article: g.Key, Outlet: g.First().Outlet, Members: g.SelectMany(c => ((SetClaimValue)c.Value).Members.Zip(((SetClaimValue)c.Value).Names)).DistinctBy(m => m.First).ToArray()))
            .OrderBy(a => a.Article, StringComparer.Ordinal)
            .ToArray();
        if (byArticle.Length < 2)
        {
            yield break;
        }

        var everyone = byArticle.SelectMany(a => a.Members).DistinctBy(m => m.First).ToArray();
        var missing = byArticle
            .Select(a => (a.Outlet, Missing: everyone.Where(m => a.Members.All(x => x.First != m.First)).Select(m => m.Second).ToArray()))
            .Where(a => a.Missing.Length > 0)
            .ToArray();
        if (missing.Length == 0)
        {
            yield return Make(FindingKind.Agreement, ev, slot, Severity.Info, $"All outlets name the same {slot}: {string.Join(", ", everyone.Select(m => m.Second))}.", claims, "policy.set");
            yield break;
        }

        var summary = string.Join("; ", missing.Select(m => $"{m.Outlet} does not name {string.Join(", ", m.Missing)}"));
        yield return Make(FindingKind.Omission, ev, slot, Severity.Low, $"Outlets name different {slot} (no one is said to be absent): {summary}.", claims, "policy.set");
    }

    private static IEnumerable<Finding> Omissions(Event ev, string slot, ImmutableArray<Claim> claims, ImmutableArray<string> articles)
    {
        var stating = claims.Select(c => c.ArticleId).ToHashSet(StringComparer.Ordinal);
        var silent = articles.Where(a => !stating.Contains(a)).Order(StringComparer.Ordinal).ToArray();
        if (silent.Length == 0 || articles.Length < 2)
        {
            yield break;
        }

        yield return Make(FindingKind.Omission, ev, slot, Severity.Info, $"Only {string.Join(", ", claims.Select(c => c.Outlet).Distinct())} reports {slot}; {string.Join(", ", silent)} leave it out.", claims, "policy.omission");
    }

    private static IEnumerable<Finding> CompareQuotes(Event ev, ImmutableArray<Claim> claims, QuotePolicy policy)
    {
        var candidates = new List<(Claim A, Claim B, QuoteComparison.Match Match)>();
        for (var i = 0; i < claims.Length; i++)
        {
            for (var j = i + 1; j < claims.Length; j++)
            {
                var (a, b) = (claims[i], claims[j]);
                var (qa, qb) = ((QuoteClaimValue)a.Value, (QuoteClaimValue)b.Value);
                if (a.ArticleId == b.ArticleId || (qa.SpeakerId is not null && qb.SpeakerId is not null && qa.SpeakerId != qb.SpeakerId))
                {
                    continue;
                }

                if (QuoteComparison.Compare(qa.Words, qb.Words, policy) is { } match)
                {
                    candidates.Add(a.ArticleId.CompareTo(b.ArticleId) <= 0 ? (a, b, match) : (b, a, match with { OnlyInA = match.OnlyInB, OnlyInB = match.OnlyInA }));
                }
            }
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (a, b, match) in candidates.OrderByDescending(c => c.Match.SharedWords).ThenBy(c => c.A.Id, StringComparer.Ordinal).ThenBy(c => c.B.Id, StringComparer.Ordinal))
        {
            if (!used.Add(a.Id + "|" + b.ArticleId) || !used.Add(b.Id + "|" + a.ArticleId))
            {
                continue;
            }

            var speaker = ((QuoteClaimValue)a.Value).SpeakerName ?? ((QuoteClaimValue)b.Value).SpeakerName ?? "an unnamed speaker";
            var slot = a.Slot.EndsWith(".unattributed", StringComparison.Ordinal) ? b.Slot : a.Slot;
            if (match.Identical)
            {
                yield return Make(FindingKind.Agreement, ev, slot, Severity.Info, $"{a.Outlet} and {b.Outlet} quote {speaker} in the same words.", [a, b], "policy.quote");
            }
            else
            {
                var differences = string.Join("; ", new[]
                {
                    match.OnlyInA.IsEmpty ? null : $"only {a.Outlet} has \"{string.Join(' ', match.OnlyInA)}\"",
                    match.OnlyInB.IsEmpty ? null : $"only {b.Outlet} has \"{string.Join(' ', match.OnlyInB)}\"",
                }.Where(d => d is not null));
                yield return Make(FindingKind.QuoteVariant, ev, slot, Severity.Medium, $"{a.Outlet} and {b.Outlet} quote {speaker} differently: {differences}.", [a, b], "policy.quote");
            }
        }
    }

    private static string Values(IEnumerable<Claim> claims) =>
        string.Join("; ", claims.Select(c => $"{c.Outlet} says {c.Value.Display} (\"{c.Evidence.Text}\")"));

    private static Finding Make(FindingKind kind, Event ev, string slot, Severity severity, string summary, ImmutableArray<Claim> claims, string policy)
    {
        var identity = $"{kind}|{ev.Type}|{slot}|{string.Join("|", claims.Select(c => c.Id).Order(StringComparer.Ordinal))}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..10];
        return new Finding($"f-{hash}", kind, ev.Id, slot, severity, summary, claims, policy);
    }
}
