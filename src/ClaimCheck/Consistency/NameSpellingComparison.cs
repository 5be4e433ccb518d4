using ClaimCheck.Alignment;
using ClaimCheck.Claims;
using ClaimCheck.Names;

namespace ClaimCheck.Consistency;

/// <summary>
/// One person of a story whose name outlets spell differently (<see cref="NameClaimValue"/>). Two
/// spellings a letter or two apart ("Lessa Strachan", "Lesa Strachan") cannot both be right: a
/// contradiction. Spellings the gazetteer knows for the person, or transliterations of a name from
/// another script ("Sergey V. Lavrov", "Sergei Lavrov"), are one name: an agreement. A nickname, a
/// short form or an initial says nothing, and neither does one spelling shared by all.
/// </summary>
internal static class NameSpellingComparison
{
    public static IEnumerable<Finding> Compare(Event ev, IEnumerable<Claim> claims, NameMatcher matcher, Func<FindingKind, Event, string, Severity, string, ImmutableArray<Claim>, string, Finding> make)
    {
        foreach (var person in claims.GroupBy(c => c.Slot).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var named = person.OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Span.Start).ToImmutableArray();
            if (named.Select(c => c.Outlet).Distinct().Count() < 2)
            {
                continue;
            }

            var slips = new HashSet<Claim>();
            var variants = new HashSet<Claim>();
            // How two spellings differ does not depend on their order: each pair is asked once.
            foreach (var (i, j) in Comparer.PairsAcrossArticles(named))
            {
                var (a, b) = (named[i], named[j]);
                if (a.Outlet != b.Outlet)
                {
                    var (x, y) = ((NameClaimValue)a.Value, (NameClaimValue)b.Value);
                    var difference = matcher.Spelling(x.Written, y.Written);
                    if (difference == SpellingDifference.Slip && x.Known && y.Known)
                    {
                        difference = SpellingDifference.Transliteration; // both are spellings the gazetteer knows for the person
                    }

                    (difference switch
                    {
                        SpellingDifference.Slip => slips,
                        SpellingDifference.Transliteration => variants,
                        _ => null,
                    })?.UnionWith([a, b]);
                }
            }

            if (slips.Count > 0)
            {
                var spelled = Ordered(slips);
                yield return make(FindingKind.Contradiction, ev, person.Key, Severity.Low,
                    $"Outlets spell one person's name differently, and only one spelling can be right: {Says(spelled)}.", spelled, "policy.name-spelling");
            }
            else if (variants.Count > 0)
            {
                var spelled = Ordered(variants);
                yield return make(FindingKind.Agreement, ev, person.Key, Severity.Info,
                    $"Outlets name one person in spellings that are all right: {Says(spelled)}.", spelled, "policy.name-spelling");
            }
        }
    }

    private static ImmutableArray<Claim> Ordered(IEnumerable<Claim> claims) =>
        [.. claims.OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Span.Start)];

    private static string Says(ImmutableArray<Claim> claims) =>
        string.Join("; ", claims.GroupBy(c => c.Outlet).Select(g => $"{g.Key} writes {string.Join(" and ", g.Select(c => $"\"{c.Value.Display}\"").Distinct())}"));
}
