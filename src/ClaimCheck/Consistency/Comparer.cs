using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ClaimCheck.Alignment;
using ClaimCheck.Claims;
using ClaimCheck.Names;
using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Consistency;

/// <summary>
/// The compare stage: for each event, slot by slot, the slot's policy decides whether outlets
/// contradict each other, agree, update a running count, leave something out, or quote the same
/// words differently.
/// </summary>
public static class Comparer
{
    /// <param name="diagnostics">Where a policy pattern that runs out of time is reported (CC0201).</param>
    /// <param name="names">Tells a slip in a person's name from a nickname or a transliteration.</param>
    public static ImmutableArray<Finding> Compare(ImmutableArray<Story> stories, ImmutableArray<Event> events, IReadOnlyDictionary<string, Claim> claims, Policies policies, NameMatcher names, DiagnosticBag diagnostics)
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

            if (ev.Type == FigureClaims.EventType)
            {
                continue;
            }

            if (ev.Type == NameClaims.EventType)
            {
                findings.AddRange(NameSpellingComparison.Compare(ev, eventClaims, names, Make));
                continue;
            }

            if (ev.Type == CalendarClaims.EventType)
            {
                findings.AddRange(WeekdayComparison.Compare(ev, eventClaims, Make));
                continue;
            }

            var articles = ev.StoryIds.SelectMany(s => storiesById[s].ArticleIds).ToImmutableArray();
            foreach (var slot in eventClaims.GroupBy(c => c.Slot).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var policy = policies.SlotPolicyFor(slot.Key);
                var slotClaims = slot.OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Span.Start).ToImmutableArray();
                findings.AddRange(policy.Comparison switch
                {
                    Comparison.Set => CompareSets(ev, slot.Key, slotClaims, policy),
                    Comparison.Equality => CompareLabels(ev, slot.Key, slotClaims, policy),
                    Comparison.Occurrence => CompareOccurrences(ev, slot.Key, slotClaims, policy),
                    _ => CompareIntervals(ev, slot.Key, slotClaims, policy, diagnostics),
                });
                if (policy.ReportOmission)
                {
                    findings.AddRange(Omissions(ev, slot.Key, slotClaims, articles, policy));
                }
            }
        }

        // Figures last: a figure whose every mention is already inside the claims of a keyed
        // agreement adds nothing to it.
        var inKeyedAgreement = Inside(findings.Where(f => f.Kind == FindingKind.Agreement).SelectMany(f => f.Claims));
        var keyedClaims = claims.Values.Where(c => c.EventType is not (FigureClaims.EventType or ClaimExtractor.QuoteEventType or NameClaims.EventType)).ToArray();
        var inKeyedClaim = Inside(keyedClaims);
        var inRuleClaim = Inside(keyedClaims.Where(c => c.Concept is null));
        var storyOf = stories.SelectMany(s => s.ArticleIds.Select(a => (Article: a, Story: s.Id))).ToDictionary(p => p.Article, p => p.Story, StringComparer.Ordinal);
        // Which outlets of a story state each keyed slot (each outlet once: one long article states
        // a slot thousands of times): a figure inside a keyed claim another outlet also states is no omission.
        var slotOutlets = keyedClaims.Select(c => (Key: (storyOf[c.ArticleId], c.Slot), c.Outlet)).Distinct().ToLookup(p => p.Key, p => p.Outlet);
        var agesAlone = keyedClaims
            .Where(c => c.Slot.EndsWith(".age", StringComparison.Ordinal) && c.Value is CountClaimValue && slotOutlets[(storyOf[c.ArticleId], c.Slot)].All(o => o == c.Outlet))
            .ToLookup(c => storyOf[c.ArticleId], StringComparer.Ordinal);

        // An article's claims all carry its outlet, so whether another outlet states the slot of
        // the keyed claim a figure lies in is a matter of that claim alone.
        var keyedElsewhere = Inside(keyedClaims.Where(k => slotOutlets[(storyOf[k.ArticleId], k.Slot)].Any(o => o != k.Outlet)));
        foreach (var ev in events.Where(e => e.Type == FigureClaims.EventType))
        {
            var eventClaims = ev.ClaimIds.Select(id => claims[id]).ToImmutableArray();
            findings.AddRange(FigureComparison.Compare(ev, eventClaims, inKeyedAgreement, Make));
            findings.AddRange(FigureComparison.SameWordsOtherFigure(ev, eventClaims, inKeyedClaim, Make));
            findings.AddRange(FigureComparison.OneDigitApart(ev, eventClaims, inKeyedClaim, Make));
            findings.AddRange(FigureComparison.BesideASharedFigure(ev, eventClaims, policies.Stories.Stopwords, inRuleClaim, Make));
            findings.AddRange(FigureComparison.OnlyOneOutlet(ev, eventClaims, ev.StoryIds.SelectMany(id => agesAlone[id]), policies.Stories.Stopwords, keyedElsewhere, Make));
        }

        var order = events.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return [.. findings
            .OrderBy(f => order[f.EventId])
            .ThenBy(f => f.Slot, StringComparer.Ordinal)
            .ThenBy(f => f.Kind)
            .ThenBy(f => f.Claims[0].ArticleId, StringComparer.Ordinal)
            .ThenBy(f => f.Claims[0].Evidence.Span.Start)];
    }

    /// <summary>
    /// The pairs (i &lt; j) of claims of different articles, in the order of two nested loops.
    /// Claims of one article are never compared with each other, and a long article's stand
    /// together: its run is passed over at once, or the pairs would grow with the square of its claims.
    /// </summary>
    internal static IEnumerable<(int I, int J)> PairsAcrossArticles(IReadOnlyList<Claim> claims)
    {
        var runEnd = new int[claims.Count];
        for (var k = claims.Count - 1; k >= 0; k--)
        {
            runEnd[k] = k + 1 < claims.Count && claims[k + 1].ArticleId == claims[k].ArticleId ? runEnd[k + 1] : k + 1;
        }

        for (var i = 0; i < claims.Count; i++)
        {
            for (var j = i + 1; j < claims.Count; j = claims[j].ArticleId == claims[i].ArticleId ? runEnd[j] : j + 1)
            {
                if (claims[j].ArticleId != claims[i].ArticleId)
                {
                    yield return (i, j);
                }
            }
        }
    }

    /// <summary>Whether a claim lies inside one of the given claims of its article.</summary>
    private static Func<Claim, bool> Inside(IEnumerable<Claim> claims)
    {
        var byArticle = claims.GroupBy(c => c.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new SpanCover(g.Select(c => c.Evidence.Span)), StringComparer.Ordinal);
        return claim => byArticle.TryGetValue(claim.ArticleId, out var cover) && cover.Contains(claim.Evidence.Span);
    }

    /// <summary>
    /// Dates, counts and durations; counts of a slot compared by category are split first: "19
    /// civilians" and "7 gunmen" killed are two quantities, each article's lead figure is taken
    /// per category, and a summary names the category it compares ("how many were killed
    /// (civilians)"). Counts of everyone (people, the dead, no noun) form one category.
    /// </summary>
    private static IEnumerable<Finding> CompareIntervals(Event ev, string slot, ImmutableArray<Claim> claims, SlotPolicy policy, DiagnosticBag diagnostics)
    {
        if (policy.GeneralCategories is not { } general)
        {
            return CompareIntervalGroup(ev, slot, claims, policy, diagnostics);
        }

        return claims
            .GroupBy(c => c.Value is CountClaimValue { Quantity.Category: { } category } && !general.Contains(category) ? category : "")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => CompareIntervalGroup(ev, slot, [.. g], g.Key.Length == 0 ? policy : policy with { Label = $"{policy.Label} ({g.Key})" }, diagnostics));
    }

    /// <summary>
    /// Claims that cannot both hold are a contradiction; claims that can are an agreement. A
    /// cumulative count (a death toll) is compared by each article's lead figure, and only within
    /// one as-of day; across days, a rising toll is one update finding that shows the progression,
    /// and a falling one is a contradiction.
    /// </summary>
    private static IEnumerable<Finding> CompareIntervalGroup(Event ev, string slot, ImmutableArray<Claim> claims, SlotPolicy policy, DiagnosticBag diagnostics)
    {
        // A part of a whole, a count of another scope and a possibility are not the event's value.
        claims = [.. claims.Where(c => c.IsComparable)];
        if (claims.Select(c => c.ArticleId).Distinct().Count() < 2)
        {
            yield break;
        }

        var cumulative = policy.Cumulative || claims.All(c => c.Cumulative);
        if (policy.Partial is { } partial)
        {
            claims = [.. claims.Where(c => !IsPartial(partial, c, diagnostics))];
            if (claims.Select(c => c.ArticleId).Distinct().Count() < 2)
            {
                yield break;
            }
        }

        var comparable = claims;
        if (cumulative && policy.LeadSentences > 0)
        {
            claims = [.. claims.Where(c => c.ProseSentence < policy.LeadSentences)];
            if (claims.Select(c => c.ArticleId).Distinct().Count() < 2)
            {
                yield break;
            }
        }

        // What the compared articles state, lead or not: an update or agreement also shows an
        // outlet's other words for one of its figures ("29 dead" in a headline, "the death toll has
        // reached 29" further down).
        var leading = claims.Select(c => c.ArticleId).ToHashSet(StringComparer.Ordinal);
        ImmutableArray<Claim> stated = [.. comparable.Where(c => leading.Contains(c.ArticleId))];
        if (cumulative)
        {
            // An article's later figures are often parts of its total or other events' tolls
            // ("two died inside, two outside"; "the 2012 attack killed 78"); its lead figure,
            // the first it states, is the one an editor compares.
            claims = [.. claims.GroupBy(c => c.ArticleId).Select(g => g.OrderBy(c => c.Evidence.Span.Start).First())];
        }

        var groups = cumulative
            ? claims.GroupBy(c => c.AsOf).OrderBy(g => g.Key).Select(g => g.ToImmutableArray()).ToArray()
            : [claims];
        // An article giving a slot keyed by one word two values shows the word names two quantities in this story.
        var singleValued = policy.SingleValued
            ? comparable.GroupBy(c => c.ArticleId).Where(g => g.Select(c => IntervalComparison.PointValue(c.Value)).Distinct().Count() == 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal)
            : null;
        foreach (var group in groups)
        {
            var contradicting = new SortedSet<int>();
            foreach (var (i, j) in PairsAcrossArticles(group))
            {
                if (CannotBothHold(policy, cumulative, group[i], group[j])
                    && (singleValued is null || (singleValued.Contains(group[i].ArticleId) && singleValued.Contains(group[j].ArticleId))))
                {
                    contradicting.Add(i);
                    contradicting.Add(j);
                }
            }

            var clusters = AgreeingClusters(group, policy).ToList();
            if (!policy.Contradicts)
            {
                contradicting.Clear();
            }
            else if (contradicting.Count > 0)
            {
                contradicting.UnionWith(SidesTaken(group, contradicting, singleValued));
            }

            if (contradicting.Count > 0)
            {
                yield return Contradiction(ev, slot, policy, [.. contradicting.Select(i => group[i])], clusters.MaxBy(c => c.Length));
            }

            // Beside a contradiction, one article's consistent claims show which side it takes; otherwise
            // two articles of one outlet (a story updated, one page archived twice) are one voice, no agreement.
            foreach (var cluster in cumulative ? [] : clusters.Where(c => c.Length >= 2 && (contradicting.Count > 0 || c.Select(x => x.Outlet).Distinct().Count() >= 2)))
            {
                yield return Make(FindingKind.Agreement, ev, slot, Severity.Info, $"These claims on {policy.Label} are consistent: {Values(cluster)}.", cluster, "policy.interval");
            }
        }

        // A running count that held from one day to the next is one outlet's "29 dead" on Sunday and
        // another's "29 dead" published on Monday: they agree, though they are updates' steps apart.
        foreach (var cluster in cumulative ? AgreeingClusters(claims, policy, DaysApart).Where(c => c.Select(x => x.ArticleId).Distinct().Count() >= 2) : [])
        {
            var alike = stated.Where(c => !cluster.Contains(c) && IsExact(c) && cluster.Any(member => member.ArticleId == c.ArticleId && IsExact(member) && SameFigureWithinADay(member, c)));
            ImmutableArray<Claim> all = [.. cluster.Concat(alike).OrderBy(x => x.ArticleId, StringComparer.Ordinal).ThenBy(x => x.Evidence.Span.Start)];
            yield return Make(FindingKind.Agreement, ev, slot, Severity.Info, $"These claims on {policy.Label} are consistent: {Values(cluster)}.", all, "policy.interval");
        }

        if (cumulative && groups.Length > 0)
        {
            foreach (var finding in Progression(ev, slot, policy, groups, stated))
            {
                yield return finding;
            }
        }
    }

    /// <summary>
    /// Whether two claims of one group contradict: firm values of two articles that cannot both
    /// hold on the same day, that no inclusion or tolerance reconciles, and that the slot's policy
    /// lets be compared (a toll that rose that day, one event per story, one person of one name, a
    /// state of one day).
    /// </summary>
    private static bool CannotBothHold(SlotPolicy policy, bool cumulative, Claim a, Claim b) =>
        a.ArticleId != b.ArticleId && Firm(a) && Firm(b) && !Compatible(policy, a, b)
        && QualifierComparison.SameDay(a, b) && !QualifierComparison.Reconciled(a, b, policy.Tolerance)
        && !(cumulative && RoseThatDay(policy, a, b))
        && (!policy.OncePerStory || OfTheStoryItself(a, b))
        && (policy.WithinDays is not { } days || Math.Abs(a.AsOf.DayNumber - b.AsOf.DayNumber) <= days)
        && (policy.SameReferentWithin == 0 || Math.Abs(IntervalComparison.PointValue(a.Value) - IntervalComparison.PointValue(b.Value)) <= (double)policy.SameReferentWithin)
        && (policy.SameReferentRatio == 0 || WithinRatio(IntervalComparison.PointValue(a.Value), IntervalComparison.PointValue(b.Value), (double)policy.SameReferentRatio));

    private static bool WithinRatio(double a, double b, double ratio) =>
        a <= 0 || b <= 0 || Math.Max(a, b) <= ratio * Math.Min(a, b);

    /// <summary>
    /// Claims that take a side of a contradiction without starting one, by giving a side's very figure
    /// exactly: an article left out for giving the slot two values ("seven cars derailed", "three
    /// cars lay on their sides") when exactly one of its values is a side's, and a value read inside
    /// quoted words, too loose to contradict ("USD 128 per share" in the companies' own statement).
    /// The finding then names every outlet that gives that value.
    /// </summary>
    private static IEnumerable<int> SidesTaken(ImmutableArray<Claim> group, SortedSet<int> contradicting, HashSet<string>? singleValued)
    {
        var sides = contradicting.Select(i => group[i]).Where(IsExact).Select(c => IntervalComparison.PointValue(c.Value)).ToHashSet();
        bool GivesASide(int i) => IsExact(group[i]) && sides.Contains(IntervalComparison.PointValue(group[i].Value));
        var manyValued = singleValued is null ? [] : Enumerable.Range(0, group.Length)
            .Where(i => !singleValued.Contains(group[i].ArticleId) && Firm(group[i]) && GivesASide(i))
            .GroupBy(i => group[i].ArticleId)
            .Where(article => article.Select(i => IntervalComparison.PointValue(group[i].Value)).Distinct().Count() == 1)
            .Select(article => article.First());
        var quoted = Enumerable.Range(0, group.Length)
            .Where(i => group[i].Quoted && !IsVague(group[i]) && (singleValued is null || singleValued.Contains(group[i].ArticleId)) && GivesASide(i));
        return manyValued.Concat(quoted);
    }

    /// <summary>A value firm enough to contradict another: not vague ("dozens") and not read inside quoted words.</summary>
    private static bool Firm(Claim claim) => !IsVague(claim) && !claim.Quoted;

    /// <summary>Two claims that state one figure within <see cref="DaysApart"/> days of each other.</summary>
    private static bool SameFigureWithinADay(Claim a, Claim b) =>
        IntervalComparison.PointValue(a.Value) == IntervalComparison.PointValue(b.Value) && Math.Abs(a.AsOf.DayNumber - b.AsOf.DayNumber) <= DaysApart;

    /// <summary>
    /// Whether two times of an event that happens once are both about the story's own event: clock
    /// times (an hour or finer) of one calendar day, or days of the week before each article's
    /// publication ("on Tuesday" against "on Wednesday"). A year or a month, or a day long before,
    /// may be an earlier event of the same kind that the story recalls.
    /// </summary>
    private static bool OfTheStoryItself(Claim a, Claim b)
    {
        if (a.Value is not TimeClaimValue ta || b.Value is not TimeClaimValue tb)
        {
            return false;
        }

        var (x, y) = TimeClaimValue.Aligned(ta, tb) ?? (ta.Interval, tb.Interval);

        var (hour, day) = (TimeSpan.FromHours(1), TimeSpan.FromDays(1));
        if (x.Latest - x.Earliest <= hour && y.Latest - y.Earliest <= hour)
        {
            return x.Earliest.Date == y.Earliest.Date;
        }

        return x.Latest - x.Earliest == day && y.Latest - y.Earliest == day && InTheWeekBefore(x, a.Published) && InTheWeekBefore(y, b.Published);
    }

    private static bool InTheWeekBefore(Time.TimeInterval interval, DateOnly published)
    {
        var date = DateOnly.FromDateTime(interval.Earliest);
        return date <= published && date.DayNumber >= published.DayNumber - 7;
    }

    /// <summary>
    /// Whether two tolls of one publication day can both be right because the toll rose during the
    /// day ("six killed" in the morning, "seven dead" by the evening): the lower is at least the
    /// policy's share of the higher, or the higher is said to have just risen ("surged to 23", a
    /// rising qualifier). They are then an update (<see cref="Progression"/>).
    /// </summary>
    private static bool RoseThatDay(SlotPolicy policy, Claim a, Claim b)
    {
        var (low, high) = (IntervalComparison.PointValue(a.Value), IntervalComparison.PointValue(b.Value));
        var higher = low <= high ? b : a;
        (low, high) = low <= high ? (low, high) : (high, low);
        return policy.SameDayRise > 0 && high > 0
            && ((decimal)low >= policy.SameDayRise * (decimal)high || higher.Qualifiers.Any(q => q.Kind == QualifierKind.Rising));
    }

    /// <summary>
    /// A count written as a word that names a range ("several", "dozens"): it can agree with a
    /// number in its range, but is too loose to contradict one.
    /// </summary>
    private static bool IsVague(Claim claim) => claim.Value is CountClaimValue { Quantity.Vague: true };

    private static bool IsExact(Claim claim) => claim.Value is CountClaimValue { Quantity.Exact: true };

    /// <remarks>
    /// Evidence is one clause, so the match timeout cannot realistically be reached; if it were,
    /// the timeout is reported and the count kept as a toll, which is what the policy would do
    /// without the pattern.
    /// </remarks>
    private static bool IsPartial(PolicyPattern partial, Claim claim, DiagnosticBag diagnostics)
    {
        try
        {
            return partial.Pattern.IsMatch(claim.Evidence.Text);
        }
        catch (RegexMatchTimeoutException)
        {
            diagnostics.Add(Diagnostic.RegexTimeout(partial.Key, partial.File, partial.Line, partial.Column, $"the evidence of claim '{claim.Id}'"));
            return false;
        }
    }

    /// <summary>
    /// A contradiction among <paramref name="involved"/> claims. When many of them agree with each
    /// other (the largest consistent cluster, <paramref name="majority"/>) against a few, the few
    /// are listed with only the first of the many, and the summary says how many agree; the
    /// majority's own agreement finding lists them all.
    /// </summary>
    private static Finding Contradiction(Event ev, string slot, SlotPolicy policy, ImmutableArray<Claim> involved, ImmutableArray<Claim> majority)
    {
        const int Shown = 3;
        var crowd = majority.Where(involved.Contains).ToImmutableArray();
        if (crowd.Length <= Shown * 2)
        {
            return Make(FindingKind.Contradiction, ev, slot, policy.ContradictionSeverity, $"Outlets disagree on {policy.Label}: {Values(involved)}.", involved, "policy.interval");
        }

        var outliers = involved.Where(c => !crowd.Contains(c)).ToImmutableArray();
        var shown = crowd.Take(Shown).ToImmutableArray();
        return Make(FindingKind.Contradiction, ev, slot, policy.ContradictionSeverity,
            $"Outlets disagree on {policy.Label}: {Values(outliers)}; against {crowd.Length} claims that agree with each other, such as {Values(shown)}.",
            [.. outliers, .. shown], "policy.interval");
    }

    /// <summary>
    /// The highest count of each as-of day, day by day, after the lower counts of its day it may
    /// have risen from: rises make one update, a fall from one day to the next a contradiction. A toll more than the policy's window of days after the last one, or one that
    /// falls below its revision floor (545 killed, then 2), is another incident's: it starts a new
    /// progression instead of being compared.
    /// </summary>
    /// <param name="stated">All the compared claims of the slot, not only each article's lead figure: an update also names the other outlets, and the other words, that state one of its steps on its day.</param>
    private static IEnumerable<Finding> Progression(Event ev, string slot, SlotPolicy policy, ImmutableArray<Claim>[] days, ImmutableArray<Claim> stated)
    {
        // Each day's peak, after the figures of that day it may have risen from (RoseThatDay), in
        // rising order, one claim a figure.
        var steps = days.Select(day =>
            {
                var peak = day.MaxBy(c => IntervalComparison.PointValue(c.Value)) ?? day[0];
                return day
                    // A lower count the peak's inclusion accounts for ("six victims" beside "seven dead
                    // including the attacker") is the same toll, not an earlier one.
                    .Where(c => c == peak || (!IsVague(c) && IntervalComparison.Above(c.Value, peak.Value) && RoseThatDay(policy, c, peak) && !QualifierComparison.Reconciled(c, peak)))
                    .GroupBy(c => IntervalComparison.PointValue(c.Value))
                    .OrderBy(g => g.Key)
                    .Select(g => g.Contains(peak) ? peak : g.OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Span.Start).First())
                    .ToArray();
            })
            .ToArray();

        var peaks = steps.Select(day => day[^1]).ToArray();
        var rising = new List<Claim>(steps[0]);
        for (var i = 1; i < peaks.Length; i++)
        {
            var (before, after) = (rising[^1], peaks[i]);
            var sameIncident = (policy.UpdateWindowDays == 0 || after.AsOf.DayNumber - before.AsOf.DayNumber <= policy.UpdateWindowDays)
                && (decimal)IntervalComparison.PointValue(after.Value) >= policy.RevisionFloor * (decimal)IntervalComparison.PointValue(before.Value);
            if (!sameIncident)
            {
                foreach (var update in Update(ev, slot, policy.Label, rising, stated))
                {
                    yield return update;
                }

                rising = [.. steps[i]];
            }
            else if (IntervalComparison.Above(before.Value, after.Value) || IntervalComparison.PointValue(after.Value) > IntervalComparison.PointValue(before.Value))
            {
                rising.AddRange(steps[i].Where(c => IntervalComparison.PointValue(c.Value) > IntervalComparison.PointValue(before.Value)));
            }
            else if (policy.Contradicts && Firm(before) && Firm(after) && IntervalComparison.Above(after.Value, before.Value)
                && QualifierComparison.SameDay(before, after) && !QualifierComparison.Reconciled(before, after, policy.Tolerance))
            {
                // Every figure of the earlier day the later one falls below is part of the disagreement.
                var above = days.Where(day => day.Contains(before)).SelectMany(day => day).Where(c => c != before && !IsVague(c) && IntervalComparison.Above(after.Value, c.Value));
                yield return Make(FindingKind.Contradiction, ev, slot, Severity.High, $"A running count falls over time ({policy.Label}): {before.Outlet} says {before.Value.Display} on {before.AsOf:yyyy-MM-dd}, {after.Outlet} {after.Value.Display} on {after.AsOf:yyyy-MM-dd}.", [before, .. above, after], "policy.cumulative");
            }
        }

        foreach (var update in Update(ev, slot, policy.Label, rising, stated))
        {
            yield return update;
        }
    }

    private static IEnumerable<Finding> Update(Event ev, string slot, string label, List<Claim> rising, ImmutableArray<Claim> stated)
    {
        if (rising.Count > 1)
        {
            var steps = string.Join(", then ", rising.Select(c => $"{c.Value.Display} ({c.Outlet}, {c.AsOf:yyyy-MM-dd})"));
            var alike = stated.Where(c => !rising.Contains(c) && rising.Any(step => SameFigureWithinADay(step, c)));
            var claims = rising.Concat(alike).OrderBy(c => c.AsOf).ThenBy(c => IntervalComparison.PointValue(c.Value)).ThenBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Span.Start);
            yield return Make(FindingKind.Update, ev, slot, Severity.Low, $"Update on {label}: {steps}.", [.. claims], "policy.cumulative");
        }
    }

    /// <summary>How many days apart the as-of days of a running count's claims may be and still agree.</summary>
    private const int DaysApart = 1;

    /// <summary>Whether two values can both hold; where the slot's hedge words are part of its fact ("up to 20 years" in prison is a maximum of 20 years), only the same figure can.</summary>
    private static bool Compatible(SlotPolicy policy, Claim a, Claim b) =>
        policy.BoundsAsValues ? IntervalComparison.PointValue(a.Value) == IntervalComparison.PointValue(b.Value) : IntervalComparison.Compatible(a.Value, b.Value);

    /// <summary>Groups claims whose values can all be true together, narrowest values first; with <paramref name="daysApart"/>, only claims that held within that many days of each other.</summary>
    private static IEnumerable<ImmutableArray<Claim>> AgreeingClusters(ImmutableArray<Claim> claims, SlotPolicy policy, int? daysApart = null)
    {
        var clusters = new List<Cluster>();
        foreach (var claim in claims.OrderBy(Width).ThenBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Span.Start))
        {
            // A hedged figure joins the cluster of the figure it is nearest ("at least 42" with "42", not with "48").
            var home = clusters
                .Where(cluster => cluster.Alike.Values.All(other => IntervalComparison.Comparable(other.Value, claim.Value) && Compatible(policy, other, claim) && QualifierComparison.SameDay(other, claim)
                    && (daysApart is not { } apart || Math.Abs(other.AsOf.DayNumber - claim.AsOf.DayNumber) <= apart)))
                .MinBy(cluster => cluster.Alike.Values.Min(other => Math.Abs(IntervalComparison.PointValue(other.Value) - IntervalComparison.PointValue(claim.Value))));
            if (home is null)
            {
                clusters.Add(new Cluster(claim));
            }
            else
            {
                home.Add(claim);
            }
        }

        return clusters.Select(c => c.Members.OrderBy(x => x.ArticleId, StringComparer.Ordinal).ThenBy(x => x.Evidence.Span.Start).ToImmutableArray());
    }

    /// <summary>
    /// The claims of an agreeing cluster, and the first of each kind among them: whether a claim
    /// may join reads only a member's value, its days and its as-of day, so members alike in those
    /// answer alike, and a long article's thousand "34 killed" are asked once, not each.
    /// </summary>
    private sealed class Cluster
    {
        public Cluster(Claim first)
        {
            Add(first);
        }

        public List<Claim> Members { get; } = [];

        public Dictionary<(ClaimValue Value, string Days, DateOnly AsOf), Claim> Alike { get; } = [];

        public void Add(Claim claim)
        {
            Members.Add(claim);
            Alike.TryAdd((claim.Value, QualifierComparison.DaysKey(claim), claim.AsOf), claim);
        }
    }

    private static double Width(Claim claim) => Width(claim.Value);

    /// <summary>How wide a value's interval is (days of a date, the span of a count), so clusters start from the narrowest.</summary>
    internal static double Width(ClaimValue value) => value switch
    {
        TimeClaimValue t => (t.Interval.Latest - t.Interval.Earliest).TotalDays,
        CountClaimValue q => q.Quantity.High is { } h && q.Quantity.Low is { } l ? (double)(h - l) : double.MaxValue,
        _ => double.MaxValue,
    };

    /// <summary>
    /// Sets (who attended). An outlet saying someone was absent ("did not attend") contradicts an
    /// outlet naming that person as present; otherwise outlets that name different people leave
    /// someone out (an omission), and outlets that name the same people agree.
    /// </summary>
    private static IEnumerable<Finding> CompareSets(Event ev, string slot, ImmutableArray<Claim> claims, SlotPolicy policy)
    {
        // A policy may name this comparison for a slot of other values: only sets are compared.
        claims = [.. claims.Where(c => c.Value is SetClaimValue)];
        var present = claims.Where(c => c.Positive).ToImmutableArray();
        var absences = claims.Where(c => !c.Positive).ToImmutableArray();
        foreach (var absence in absences)
        {
            var absent = (SetClaimValue)absence.Value;
            foreach (var (member, name) in absent.Members.Zip(absent.Names))
            {
                var naming = present.Where(c => c.ArticleId != absence.ArticleId && ((SetClaimValue)c.Value).Members.Contains(member)).ToArray();
                if (naming.Length > 0)
                {
                    var outlets = string.Join(", ", naming.Select(c => c.Outlet).Distinct().Order(StringComparer.Ordinal));
                    yield return Make(FindingKind.Contradiction, ev, slot, Severity.High,
                        $"{absence.Outlet} says {name} was absent; {outlets} name{(naming.Length == 1 ? "s" : "")} {name} among those present ({policy.Label}).", [absence, .. naming], "policy.set");
                }
            }
        }

        // "Mediated by Egypt alone": whoever else another outlet names for it cannot have done it too.
        foreach (var sole in present.Where(c => ((SetClaimValue)c.Value).Sole))
        {
            var only = (SetClaimValue)sole.Value;
            var others = present
                .Where(c => c.ArticleId != sole.ArticleId)
                .Select(c => (Claim: c, Extra: ((SetClaimValue)c.Value).Members.Zip(((SetClaimValue)c.Value).Names).Where(m => !only.Members.Contains(m.First)).Select(m => m.Second).ToArray()))
                .Where(c => c.Extra.Length > 0)
                .ToArray();
            if (others.Length > 0)
            {
                yield return Make(FindingKind.Contradiction, ev, slot, Severity.Medium,
                    $"{sole.Outlet} says {Join(only.Names)} alone ({policy.Label}); {string.Join("; ", others.Select(o => $"{o.Claim.Outlet} names {Join(o.Extra)} too"))}.", [sole, .. others.Select(o => o.Claim)], "policy.set");
            }
        }

        // Two closed lists ("the foreign ministers of Britain, France and Belgium") of one size that
        // share all their members but one name different people for one place in one group; lists
        // that differ more may be of two meetings of the story.
        var closed = present.Where(c => ((SetClaimValue)c.Value).Exhaustive).ToArray();
        for (var i = 0; i < closed.Length; i++)
        {
            for (var j = i + 1; j < closed.Length; j++)
            {
                var (a, b) = ((SetClaimValue)closed[i].Value, (SetClaimValue)closed[j].Value);
                if (closed[i].ArticleId == closed[j].ArticleId || a.Members.Length != b.Members.Length || a.Members.Length < 3
                    || a.Members.Except(b.Members).ToArray() is not [var memberOfA] || b.Members.Except(a.Members).ToArray() is not [var memberOfB])
                {
                    continue;
                }

                var (onlyA, onlyB) = (a.Names[a.Members.IndexOf(memberOfA)], b.Names[b.Members.IndexOf(memberOfB)]);
                yield return Make(FindingKind.Contradiction, ev, slot, Severity.Medium,
                    $"{closed[i].Outlet} and {closed[j].Outlet} each list {policy.Label} in full, {a.Members.Length} of them, and differ on one: {onlyA} in one list, {onlyB} in the other.", [closed[i], closed[j]], "policy.set");
            }
        }

        var saidAbsent = absences.GroupBy(c => c.ArticleId).ToDictionary(g => g.Key, g => g.SelectMany(c => ((SetClaimValue)c.Value).Members).ToHashSet(StringComparer.Ordinal));
        var byArticle = present.GroupBy(c => c.ArticleId)
            .Select(g => (Article: g.Key, Outlet: g.First().Outlet, Members: g.SelectMany(c => ((SetClaimValue)c.Value).Members.Zip(((SetClaimValue)c.Value).Names)).DistinctBy(m => m.First).ToArray()))
            .OrderBy(a => a.Article, StringComparer.Ordinal)
            .ToArray();
        if (byArticle.Length < 2)
        {
            yield break;
        }

        var everyone = byArticle.SelectMany(a => a.Members).DistinctBy(m => m.First).ToArray();
        var missing = byArticle
            .Select(a => (a.Outlet, Missing: everyone
                .Where(m => a.Members.All(x => x.First != m.First) && !(saidAbsent.TryGetValue(a.Article, out var away) && away.Contains(m.First)))
                .Select(m => m.Second).ToArray()))
            .Where(a => a.Missing.Length > 0)
            .ToArray();
        if (missing.Length == 0)
        {
            yield return Make(FindingKind.Agreement, ev, slot, Severity.Info, $"All outlets name the same {policy.Label}: {string.Join(", ", everyone.Select(m => m.Second))}.", present, "policy.set");
            yield break;
        }

        var summary = string.Join("; ", missing.Select(m => $"{m.Outlet} does not name {string.Join(", ", m.Missing)}"));
        yield return Make(FindingKind.Omission, ev, slot, Severity.Low, $"Outlets name different {policy.Label} (no one is said to be absent): {summary}.", present, "policy.set");
    }

    /// <summary>
    /// Whether something was done at all ("a distress call was received" against "no distress call
    /// was sent"): outlets that say it was and outlets that say it was not contradict; outlets of
    /// two articles or more that all say the same agree. A value read inside quoted words is
    /// speech, which the outlet reports without asserting it, and is left out.
    /// </summary>
    private static IEnumerable<Finding> CompareOccurrences(Event ev, string slot, ImmutableArray<Claim> claims, SlotPolicy policy)
    {
        // A policy may name this comparison for a slot of other values: only claims of whether something was done are compared.
        claims = [.. claims.Where(c => c.IsComparable && !c.Quoted && c.Value is OccurrenceClaimValue)];
        var done = claims.Where(c => c.Positive).ToImmutableArray();
        var notDone = claims.Where(c => !c.Positive).ToImmutableArray();
        static string Say(ImmutableArray<Claim> said)
        {
            var outlets = said.Select(c => c.Outlet).Distinct().Order(StringComparer.Ordinal).ToArray();
            return $"{Join(outlets)} say{(outlets.Length == 1 ? "s" : "")}";
        }

        var what = claims.IsEmpty ? "" : ((OccurrenceClaimValue)claims[0].Value).What;
        var articles = claims.Select(c => c.ArticleId).Distinct().Count();
        if (done.Length > 0 && notDone.Length > 0 && articles >= 2)
        {
            yield return Make(FindingKind.Contradiction, ev, slot, policy.ContradictionSeverity,
                $"Outlets disagree on {policy.Label}: {Say(done)} there was one; {Say(notDone)} there was no {what}.", [.. done, .. notDone], "policy.occurrence");
        }
        else if (articles >= 2)
        {
            yield return Make(FindingKind.Agreement, ev, slot, Severity.Info,
                $"{Say(claims)} there was {(done.IsEmpty ? "no" : "a")} {what}.", claims, "policy.occurrence");
        }
    }

    /// <summary>Outlets that give the same label agree; a different label is another fact, not a conflict.</summary>
    private static IEnumerable<Finding> CompareLabels(Event ev, string slot, ImmutableArray<Claim> claims, SlotPolicy policy) =>
        claims.GroupBy(c => c.Value.Display, StringComparer.Ordinal)
            .Where(g => g.Select(c => c.ArticleId).Distinct().Count() >= 2)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Make(FindingKind.Agreement, ev, slot, Severity.Info, $"{Join([.. g.Select(c => c.Outlet).Distinct()])} agree on {policy.Label}: {g.Key}.", [.. g], "policy.equality"));

    private static IEnumerable<Finding> Omissions(Event ev, string slot, ImmutableArray<Claim> claims, ImmutableArray<string> articles, SlotPolicy policy)
    {
        var stating = claims.Select(c => c.ArticleId).ToHashSet(StringComparer.Ordinal);
        var silent = articles.Where(a => !stating.Contains(a)).Order(StringComparer.Ordinal).ToArray();
        if (silent.Length == 0 || articles.Length < 2)
        {
            yield break;
        }

        yield return Make(FindingKind.Omission, ev, slot, Severity.Info, $"Only {string.Join(", ", claims.Select(c => c.Outlet).Distinct())} reports {policy.Label}; {string.Join(", ", silent)} leave it out.", claims, "policy.omission");
    }

    /// <summary>
    /// Quotes of one speaker across outlets. Versions that share a sentence word for word form one
    /// agreement however many outlets carry them; each near match between two outlets is a variant;
    /// the same words given to two different speakers are unresolved.
    /// </summary>
    private static IEnumerable<Finding> CompareQuotes(Event ev, ImmutableArray<Claim> claims, QuotePolicy policy)
    {
        var identical = Enumerable.Range(0, claims.Length).ToArray();
        var variants = new List<(Claim A, Claim B, QuoteComparison.Match Match)>();
        var misattributed = new List<(Claim A, Claim B)>();
        var split = claims.Select(c => QuoteComparison.Split(((QuoteClaimValue)c.Value).Words)).ToArray();
        foreach (var (i, j) in PairsAcrossArticles(claims))
        {
            var (a, b) = (claims[i], claims[j]);
            var (qa, qb) = ((QuoteClaimValue)a.Value, (QuoteClaimValue)b.Value);
            var match = QuoteComparison.Compare(split[i], split[j], policy);
            if (qa.SpeakerId is not null && qb.SpeakerId is not null && qa.SpeakerId != qb.SpeakerId)
            {
                // A short identical fragment (a name in quotes) says nothing about who spoke.
                if (match is not null && match.SharedWords >= policy.VariantMinWords)
                {
                    misattributed.Add(string.CompareOrdinal(a.ArticleId, b.ArticleId) <= 0 ? (a, b) : (b, a));
                }

                continue;
            }

            switch (match)
            {
                case { Identical: true }:
                    identical[Find(identical, j)] = Find(identical, i);
                    break;
                case { } near:
                    variants.Add(string.CompareOrdinal(a.ArticleId, b.ArticleId) <= 0 ? (a, b, near) : (b, a, near with { OnlyInA = near.OnlyInB, OnlyInB = near.OnlyInA }));
                    break;
            }
        }

        foreach (var group in Enumerable.Range(0, claims.Length).GroupBy(i => Find(identical, i)).Where(g => g.Count() > 1))
        {
            var members = group.Select(i => claims[i]).OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Span.Start).ToImmutableArray();
            var outlets = members.Select(c => c.Outlet).Distinct().ToArray();
            yield return Make(FindingKind.Agreement, ev, SlotOf(members), Severity.Info, $"{Join(outlets)} quote {SpeakerOf(members)} in the same words.", members, "policy.quote");
        }

        foreach (var (a, b) in misattributed)
        {
            var (qa, qb) = ((QuoteClaimValue)a.Value, (QuoteClaimValue)b.Value);
            yield return Make(FindingKind.Unresolved, ev, a.Slot, Severity.Medium, $"{a.Outlet} attributes these words to {qa.SpeakerName}, {b.Outlet} to {qb.SpeakerName}: who said them?", [a, b], "policy.quote");
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (a, b, match) in variants.OrderByDescending(c => c.Match.SharedWords).ThenBy(c => c.A.Id, StringComparer.Ordinal).ThenBy(c => c.B.Id, StringComparer.Ordinal))
        {
            if (!used.Add(a.Id + "|" + b.ArticleId) || !used.Add(b.Id + "|" + a.ArticleId))
            {
                continue;
            }

            var differences = string.Join("; ", new[]
            {
                match.OnlyInA.IsEmpty ? null : $"only {a.Outlet} has \"{string.Join(' ', match.OnlyInA)}\"",
                match.OnlyInB.IsEmpty ? null : $"only {b.Outlet} has \"{string.Join(' ', match.OnlyInB)}\"",
            }.Where(d => d is not null));
            yield return Make(FindingKind.QuoteVariant, ev, SlotOf([a, b]), Severity.Medium, $"{a.Outlet} and {b.Outlet} quote {SpeakerOf([a, b])} differently: {differences}.", [a, b], "policy.quote");
        }
    }

    private static string SlotOf(ImmutableArray<Claim> quotes) =>
        quotes.Select(c => c.Slot).FirstOrDefault(s => !s.EndsWith(".unattributed", StringComparison.Ordinal)) ?? quotes[0].Slot;

    private static string SpeakerOf(ImmutableArray<Claim> quotes) =>
        quotes.Select(c => ((QuoteClaimValue)c.Value).SpeakerName).FirstOrDefault(n => n is not null) ?? "an unnamed speaker";

    internal static string Join(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Join("", items) : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";

    /// <summary>The root of a union-find forest, halving the path on the way.</summary>
    internal static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            i = parent[i] = parent[parent[i]];
        }

        return i;
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
