using ClaimCheck.Alignment;
using ClaimCheck.Claims;

namespace ClaimCheck.Consistency;

/// <summary>
/// Figures of one story (<see cref="FigureClaimValue"/>) that outlets state with the same value
/// and the same words beside it are one fact the outlets agree on (two articles of one outlet are
/// one voice, and not linked). Mentions of one value are
/// linked when they share a context word (two for a value as common as "two" or "2016"); each
/// linked group that reaches two or more articles is one agreement. A group whose figures outlets
/// already agree on through a keyed claim is left to that claim's finding.
/// </summary>
internal static class FigureComparison
{
    /// <param name="inKeyedAgreement">Whether a figure is inside a claim of a keyed agreement.</param>
    public static IEnumerable<Finding> Compare(Event ev, ImmutableArray<Claim> claims, Func<Claim, bool> inKeyedAgreement, Func<FindingKind, Event, string, Severity, string, ImmutableArray<Claim>, string, Finding> make)
    {
        foreach (var sameValue in claims.GroupBy(c => ((FigureClaimValue)c.Value).Key, StringComparer.Ordinal).Where(g => g.Select(c => c.ArticleId).Distinct().Skip(1).Any()).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = sameValue.OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Span.Start).ToArray();
            var parent = Enumerable.Range(0, members.Length).ToArray();
            for (var i = 0; i < members.Length; i++)
            {
                for (var j = i + 1; j < members.Length; j++)
                {
                    if (members[i].Outlet != members[j].Outlet && Linked((FigureClaimValue)members[i].Value, (FigureClaimValue)members[j].Value))
                    {
                        parent[Comparer.Find(parent, j)] = Comparer.Find(parent, i);
                    }
                }
            }

            foreach (var group in Enumerable.Range(0, members.Length).GroupBy(i => Comparer.Find(parent, i)).OrderBy(g => g.Key))
            {
                // One figure per article: its first in the text.
                var linked = group.Select(i => members[i]).GroupBy(c => c.ArticleId).Select(g => g.First()).ToImmutableArray();
                if (linked.Length < 2 || linked.All(inKeyedAgreement))
                {
                    continue;
                }

                var outlets = linked.Select(c => c.Outlet).Distinct().ToArray();
                var summary = $"{Comparer.Join(outlets)} give the same figure, {linked[0].Value.Display}, in like words: {string.Join("; ", linked.Select(c => $"{c.Outlet} \"{((FigureClaimValue)c.Value).Around}\""))}.";
                yield return make(FindingKind.Agreement, ev, FigureClaims.EventType, Severity.Info, summary, linked, "policy.figure");
            }
        }
    }

    private static bool Linked(FigureClaimValue a, FigureClaimValue b)
    {
        var shared = a.Context.Count(b.Context.Contains);
        return shared >= (a.Specific && b.Specific ? 1 : 2);
    }
}
