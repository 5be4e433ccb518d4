using System.Globalization;
using ClaimCheck.Alignment;
using ClaimCheck.Claims;

namespace ClaimCheck.Consistency;

/// <summary>
/// One date given different weekdays by different outlets (<see cref="WeekdayClaimValue"/>) is a
/// contradiction, and the summary says which weekday the calendar gives; outlets that give the same
/// weekday agree.
/// </summary>
internal static class WeekdayComparison
{
    public static IEnumerable<Finding> Compare(Event ev, ImmutableArray<Claim> claims, Func<FindingKind, Event, string, Severity, string, ImmutableArray<Claim>, string, Finding> make)
    {
        foreach (var date in claims.GroupBy(c => ((WeekdayClaimValue)c.Value).Date).OrderBy(g => g.Key))
        {
            var dated = date.OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Span.Start).ToImmutableArray();
            var written = dated.Select(c => ((WeekdayClaimValue)c.Value).Written).Distinct().ToArray();
            if (dated.Select(c => c.Outlet).Distinct().Count() < 2)
            {
                continue;
            }

            var day = date.Key.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
            if (written.Length > 1)
            {
                var says = string.Join("; ", dated.DistinctBy(c => (c.Outlet, ((WeekdayClaimValue)c.Value).Written)).Select(c => $"{c.Outlet} says {((WeekdayClaimValue)c.Value).Written} (\"{c.Evidence.Text}\")"));
                yield return make(FindingKind.Contradiction, ev, CalendarClaims.Slot, Severity.Medium, $"Outlets give {day} different weekdays: {says}. The calendar says {date.Key.DayOfWeek}.", dated, "policy.calendar");
            }
            else
            {
                yield return make(FindingKind.Agreement, ev, CalendarClaims.Slot, Severity.Info, $"{Comparer.Join([.. dated.Select(c => c.Outlet).Distinct()])} agree that {day} was a {written[0]}.", dated, "policy.calendar");
            }
        }
    }
}
