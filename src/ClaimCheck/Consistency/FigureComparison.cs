using System.Text.RegularExpressions;
using ClaimCheck.Alignment;
using ClaimCheck.Claims;
using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Consistency;

/// <summary>
/// Figures of one story (<see cref="FigureClaimValue"/>) that outlets state with values that can
/// both hold and the same words beside them are one fact the outlets agree on: one shared word
/// links two exact, unusual values, two shared words link a common or hedged one ("two", "2016",
/// "about 200"). Two articles of one outlet are one voice and are not linked. Each group that
/// reaches two outlets is one agreement, unless outlets already agree on all of it through a
/// keyed claim. Different figures contradict only in one sentence (<see cref="SameWordsOtherFigure"/>),
/// beside a figure two outlets share (<see cref="BesideASharedFigure"/>), or as one long figure
/// with a digit changed (<see cref="OneDigitApart"/>).
/// </summary>
internal static class FigureComparison
{
    /// <param name="inKeyedAgreement">Whether a figure is inside a claim of a keyed agreement.</param>
    public static IEnumerable<Finding> Compare(Event ev, ImmutableArray<Claim> claims, Func<Claim, bool> inKeyedAgreement, Func<FindingKind, Event, string, Severity, string, ImmutableArray<Claim>, string, Finding> make)
    {
        foreach (var family in claims.GroupBy(Family, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // Narrowest values first: a figure joins a group whose every value it can stand beside
            // ("more than 30 million" and "33,577,342") and one of whose figures, from another
            // outlet, it shares words with.
            var groups = new List<FigureGroup>();

            // Only a group holding another outlet's figure can take a figure in (it must share
            // words with one), so each figure looks at those alone, in the order the groups were
            // made: scanning every group made one outlet's long article quadratic in its figures.
            // Groups compare by reference, so a group is its own key.
            var byOutlet = new Dictionary<string, HashSet<FigureGroup>>(StringComparer.Ordinal);
            var made = 0;
            void Holds(string outlet, FigureGroup group)
            {
                if (!byOutlet.TryGetValue(outlet, out var holding))
                {
                    byOutlet[outlet] = holding = [];
                }

                holding.Add(group);
            }

            foreach (var claim in family.OrderBy(c => Comparer.Width(Inner(c))).ThenBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Span.Start))
            {
                var figure = (FigureClaimValue)claim.Value;
                var homes = byOutlet
                    .Where(holding => holding.Key != claim.Outlet)
                    .SelectMany(holding => holding.Value)
                    .Distinct()
                    .OrderBy(group => group.Number)
                    .Where(group => group.Values.All(value => Agree(value, Inner(claim))))
                    .Select(group => (Group: group, Shared: group.OfOtherOutlets(claim.Outlet).Select(other => LinkStrength((FigureClaimValue)other.Value, figure)).DefaultIfEmpty(0).Max()))
                    .Where(candidate => candidate.Shared > 0)
                    .OrderByDescending(candidate => candidate.Shared)
                    .Select(candidate => candidate.Group)
                    .ToList();
                if (homes.Count == 0)
                {
                    var alone = new FigureGroup(claim, made++);
                    groups.Add(alone);
                    Holds(claim.Outlet, alone);
                    continue;
                }

                // A figure that ties two groups whose figures all agree is one fact told in each
                // group's words ("Tuesday, Feb. 6, 2018" beside "3:45 p.m." and "February 6, 2018"):
                // they become one.
                var home = homes[0];
                home.Add(claim);
                Holds(claim.Outlet, home);
                foreach (var other in homes.Skip(1).Where(other => other.Values.All(a => home.Values.All(b => Agree(a, b)))))
                {
                    foreach (var member in other.Members)
                    {
                        home.Add(member);
                    }

                    groups.Remove(other);
                    foreach (var outlet in other.Outlets)
                    {
                        byOutlet[outlet].Remove(other);
                        Holds(outlet, home);
                    }
                }
            }

            foreach (var group in groups)
            {
                var linked = group.Members.OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Span.Start).ToImmutableArray();
                if (linked.Select(c => c.Outlet).Distinct().Count() < 2 || linked.All(inKeyedAgreement))
                {
                    continue;
                }

                var outlets = linked.Select(c => c.Outlet).Distinct().ToArray();
                var values = string.Join(", ", linked.Select(c => c.Value.Display).Distinct());
                var summary = $"{Comparer.Join(outlets)} give figures that agree, {values}, in like words: {string.Join("; ", linked.DistinctBy(c => c.ArticleId).Select(c => $"{c.Outlet} \"{((FigureClaimValue)c.Value).Around}\""))}.";
                yield return make(FindingKind.Agreement, ev, FigureClaims.EventType, Severity.Info, summary, linked, "policy.figure");
            }
        }
    }

    /// <summary>
    /// One sentence, two figures: outlets of one publication day that write the same words around
    /// a number (the five either side, eight at least: wire copy, a shared press release) and give
    /// exact values that cannot both
    /// hold ("had 15 staples in his head" against "had 14 staples in his head") contradict. Figures
    /// inside a rule's claim are left to the rule (a toll that rises through the day is an update).
    /// </summary>
    public static IEnumerable<Finding> SameWordsOtherFigure(Event ev, ImmutableArray<Claim> claims, Func<Claim, bool> inKeyedClaim, Func<FindingKind, Event, string, Severity, string, ImmutableArray<Claim>, string, Finding> make)
    {
        // Not times: "tonight" and "Friday" are read against each outlet's own dateline, which a
        // print edition or a time zone may shift by a day.
        var framed = claims.Where(c => ((FigureClaimValue)c.Value).FrameWords >= MinFrameWords && Inner(c) is not TimeClaimValue && Exact(Inner(c)) && !inKeyedClaim(c));
        foreach (var frame in framed.GroupBy(c => (Family(c), ((FigureClaimValue)c.Value).Frame, c.Published)).OrderBy(g => g.Key.Item1, StringComparer.Ordinal).ThenBy(g => g.Key.Frame, StringComparer.Ordinal).ThenBy(g => g.Key.Published))
        {
            var members = frame.OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Span.Start).ToImmutableArray();
            var byOutlet = members.ToLookup(c => c.Outlet, StringComparer.Ordinal);
            var differing = members.Where(a => byOutlet.Any(outlet => outlet.Key != a.Outlet && outlet.Any(b => !Agree(Inner(a), Inner(b))))).ToImmutableArray();
            if (differing.IsEmpty)
            {
                continue;
            }

            var says = string.Join("; ", differing.DistinctBy(c => c.Outlet).Select(c => $"{c.Outlet} says {c.Value.Display} (\"{((FigureClaimValue)c.Value).Around}\")"));
            yield return make(FindingKind.Contradiction, ev, FigureClaims.EventType, Severity.Medium, $"Outlets give different figures in the same words: {says}.", differing, "policy.figure");
        }
    }

    /// <summary>
    /// One figure mistyped: two outlets of one story that give a whole number of five significant
    /// digits or more ("723,632" against "723,642" votes; "17,410,742" against "17,410,472") with
    /// one digit changed, or two next to each other swapped, give one figure, and at most one of
    /// them is right: a long figure shared that closely is no coincidence. Figures inside a keyed
    /// claim are left to their key; times and durations never take part.
    /// </summary>
    public static IEnumerable<Finding> OneDigitApart(Event ev, ImmutableArray<Claim> claims, Func<Claim, bool> inKeyedClaim, Func<FindingKind, Event, string, Severity, string, ImmutableArray<Claim>, string, Finding> make)
    {
        var usable = claims
            .Where(c => Inner(c) is CountClaimValue { Quantity: { Exact: true, Value: var v } } && v == decimal.Floor(v) && FigureClaims.SignificantDigits(v) >= MistypedDigits && !inKeyedClaim(c))
            .OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Span.Start)
            .ToArray();
        var digits = usable.Select(c => decimal.Truncate(((CountClaimValue)Inner(c)).Quantity.Value).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var root = Enumerable.Range(0, usable.Length).ToArray();
        var linked = new bool[usable.Length];
        for (var i = 0; i < usable.Length; i++)
        {
            for (var j = i + 1; j < usable.Length; j++)
            {
                if (usable[i].Outlet != usable[j].Outlet && Family(usable[i]) == Family(usable[j]) && Typos.OneSlipApart(digits[i], digits[j], sameLength: true))
                {
                    root[Comparer.Find(root, j)] = Comparer.Find(root, i);
                    linked[i] = linked[j] = true;
                }
            }
        }

        foreach (var group in Enumerable.Range(0, usable.Length).Where(i => linked[i]).GroupBy(i => Comparer.Find(root, i)).OrderBy(g => g.Min()))
        {
            var members = group.Select(i => usable[i]).ToImmutableArray();
            var says = string.Join("; ", members.DistinctBy(c => c.Outlet).Select(c => $"{c.Outlet} says {c.Value.Display} (\"{((FigureClaimValue)c.Value).Around}\")"));
            yield return make(FindingKind.Contradiction, ev, FigureClaims.EventType, Severity.Medium, $"Outlets give one long figure with a digit changed: {says}.", members, "policy.figure");
        }
    }

    /// <summary>
    /// One breakdown, one figure different: two outlets give the same exact figure in like words
    /// ("and 260 commercial buildings", "and 260 commercial structures") and, beside it on the same
    /// side, a figure of the same unit counting the same word ("6,453 homes" against "6,435 homes";
    /// "all 243 passengers and five crew" against "238 passengers and a crew of five"): the shared
    /// figure ties the two sentences to one statement of one moment, so exact values of one size
    /// that cannot both hold contradict. Figures inside a specific rule's claim are left to the rule
    /// (a toll's progression); times never take part.
    /// </summary>
    /// <param name="inRuleClaim">Whether a figure is inside a claim of a specific rule (not a generic frame's).</param>
    public static IEnumerable<Finding> BesideASharedFigure(Event ev, ImmutableArray<Claim> claims, ImmutableHashSet<string> stopwords, Func<Claim, bool> inRuleClaim, Func<FindingKind, Event, string, Severity, string, ImmutableArray<Claim>, string, Finding> make)
    {
        var usable = claims.Where(c => Inner(c) is not (TimeClaimValue or RankClaimValue or TallyClaimValue) && Exact(Inner(c)) && !inRuleClaim(c)).ToArray();
        var bySentence = usable.ToLookup(c => (c.ArticleId, c.Evidence.Sentence));
        var counts = CountsOf(usable, stopwords);

        var reported = new HashSet<(string, string)>();
        foreach (var shared in usable.GroupBy(c => (Family(c), IntervalComparison.PointValue(Inner(c)))).OrderBy(g => g.Key.Item1, StringComparer.Ordinal).ThenBy(g => g.Key.Item2))
        {
            var stating = shared.OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Evidence.Span.Start).ToArray();
            foreach (var (i, j) in Comparer.PairsAcrossArticles(stating))
            {
                var (x, y) = (stating[i], stating[j]);
                if (x.Outlet == y.Outlet || LinkStrength((FigureClaimValue)x.Value, (FigureClaimValue)y.Value) == 0)
                {
                    continue;
                }

                foreach (var a in bySentence[(x.ArticleId, x.Evidence.Sentence)].Where(c => c != x && Beside(c, x)))
                {
                    foreach (var b in bySentence[(y.ArticleId, y.Evidence.Sentence)].Where(c => c != y && Beside(c, y)))
                    {
                        if (counts[a] is { } counted && counted == counts[b] && (a.Evidence.Span.Start < x.Evidence.Span.Start) == (b.Evidence.Span.Start < y.Evidence.Span.Start)
                            && !IntervalComparison.Compatible(Inner(a), Inner(b)) && OfOneSize(Inner(a), Inner(b))
                            && reported.Add((a.Id, b.Id)))
                        {
                            var says = $"{a.Outlet} says {a.Value.Display} (\"{((FigureClaimValue)a.Value).Around}\"); {b.Outlet} says {b.Value.Display} (\"{((FigureClaimValue)b.Value).Around}\")";
                            yield return make(FindingKind.Contradiction, ev, FigureClaims.EventType, Severity.Medium,
                                $"Outlets give different figures beside one they share ({x.Value.Display}): {says}.", [a, b], "policy.figure");
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// Figures only one outlet of a story gives ("140 people slept in the school gym", "the slope
    /// gave way at 4.20am"), and people's ages, one omission per outlet that has any, when at least
    /// <see cref="MinOutletsForOmission"/> outlets give figures. Another outlet gives the fact when
    /// it writes the same number anywhere (so that no fact is called left out that another outlet
    /// words differently), a value that can stand beside it with words they share, another value of
    /// the same counted thing in like words (a difference, not a silence), or the keyed claim the
    /// figure is in.
    /// </summary>
    /// <param name="keyedElsewhere">Whether a figure lies inside a keyed claim that another outlet of the story also states.</param>
    /// <param name="agesAlone">People's ages in the story that no other outlet gives (an age is no figure, <see cref="FigureClaims"/>): listed with the outlet's figures.</param>
    public static IEnumerable<Finding> OnlyOneOutlet(Event ev, ImmutableArray<Claim> claims, IEnumerable<Claim> agesAlone, ImmutableHashSet<string> stopwords, Func<Claim, bool> keyedElsewhere, Func<FindingKind, Event, string, Severity, string, ImmutableArray<Claim>, string, Finding> make)
    {
        var outlets = claims.Select(c => c.Outlet).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (outlets.Length < MinOutletsForOmission)
        {
            yield break;
        }

        // By outlet within a family: a long article's figures need not look through each other.
        var byFamily = claims.GroupBy(Family, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToLookup(c => c.Outlet, StringComparer.Ordinal), StringComparer.Ordinal);
        var counts = CountsOf(claims, stopwords);
        var alone = claims.Where(claim => !claim.Quoted && Stated(claim) && !keyedElsewhere(claim)
            && !byFamily[Family(claim)].Any(outlet => outlet.Key != claim.Outlet && outlet.Any(other => GivesTheFactOf(other, claim, counts))))
            .Concat(agesAlone.Where(age => !age.Quoted && outlets.Contains(age.Outlet)));
        foreach (var article in alone.GroupBy(c => c.ArticleId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var given = article.OrderBy(c => c.Evidence.Span.Start).DistinctBy(c => (c.Slot, c.Value.Display)).ToImmutableArray();
            var outlet = given[0].Outlet;
            var silent = outlets.Where(o => o != outlet).ToArray();
            var facts = string.Join("; ", given.Select(c => $"{c.Value.Display} (\"{(c.Value is FigureClaimValue figure ? figure.Around : c.Evidence.Text)}\")"));
            yield return make(FindingKind.Omission, ev, FigureClaims.EventType, Severity.Info,
                $"Only {outlet} gives {(given.Length == 1 ? "this figure" : $"these {given.Length} figures")}; {Comparer.Join(silent)} leave {(given.Length == 1 ? "it" : "them")} out: {facts}.", given, "policy.figure");
        }
    }

    /// <summary>
    /// Whether a figure is a fact an outlet states rather than a reading of its own words: a time
    /// written with a number ("April 20", "1.15pm"), not "today" or "Sunday", which each outlet
    /// reads from its own dateline, and not the article's own day (a dateline) or a page's stamp
    /// ("Updated: June 24, 2016 6:11 pm", "Posted: ..."); a count of
    /// something ("50 people", "$106", "the last of 382"), not a bare number that may be an age, a
    /// score or a name ("the mayor, 58", "the 2015 Women's Cup"), and not two,
    /// which others write as "both" or "the pair"; not a place in a ranking, which news gives in
    /// passing ("the country's largest city") more often than as a finding of its own, nor a
    /// tally, which a match report gives at every goal ("led 2-0 at the break").
    /// </summary>
    private static bool Stated(Claim claim) => Inner(claim) switch
    {
        TimeClaimValue { Interval: var i } => claim.Evidence.Text.Any(char.IsDigit)
            && !(DateOnly.FromDateTime(i.Earliest) == claim.Published && i.Latest - i.Earliest == TimeSpan.FromDays(1))
            && !PageStamp.IsMatch(((FigureClaimValue)claim.Value).Frame),
        CountClaimValue { Quantity: var q } => q.Unit is not null || (q.Value > 2 && !YearLike.IsMatch(claim.Evidence.Text) && (q.Noun is not null || q.Value >= NoAge)),
        RankClaimValue or TallyClaimValue => false,
        _ => true,
    };

    /// <summary>
    /// Whether one outlet's figure gives the fact of another's: the same number, written anywhere
    /// (a time at least as precise: a day does not give "1.15pm" of that day); a value that can
    /// stand beside it with words they share, as agreements link figures; or another value of the
    /// same counted thing in like words.
    /// </summary>
    private static bool GivesTheFactOf(Claim other, Claim claim, Dictionary<Claim, string?> counts)
    {
        var (mine, theirs) = ((FigureClaimValue)claim.Value, (FigureClaimValue)other.Value);
        return (mine.Value, theirs.Value) switch
        {
            (TimeClaimValue x, TimeClaimValue y) => TimeClaimValue.Aligned(x, y) is { } t && t.A.Earliest <= t.B.Earliest && t.B.Latest <= t.A.Latest,
            (DurationClaimValue { Duration: var x }, DurationClaimValue { Duration: var y }) when x.Amount == y.Amount && x.Unit == y.Unit => true,
            _ when IntervalComparison.PointValue(mine.Value) == IntervalComparison.PointValue(theirs.Value) && mine.Value is not DurationClaimValue => true,
            _ => OfOneSize(mine.Value, theirs.Value)
                && ((Agree(mine.Value, theirs.Value) && LinkStrength(mine, theirs) > 0)
                    || (counts[claim] is { } counted && counted == counts[other] && mine.Context.Count(theirs.Context.Contains) >= 2)),
        };
    }

    /// <summary>A page's time stamp before a time: the word that opens it among the words before the figure (its frame, before "#").</summary>
    private static readonly Regex PageStamp = new(@"\b(?:updated|posted|published|modified)\b[^#]*#", RegexOptions.CultureInvariant, PatternCompiler.MatchTimeout);

    private static readonly Regex YearLike = new(@"^(?:1[89]|20)\d\d\b", RegexOptions.CultureInvariant, PatternCompiler.MatchTimeout);

    /// <summary>The least bare number that is no one's age.</summary>
    private const decimal NoAge = 120;

    /// <summary>The fewest outlets giving figures in a story for one outlet's figure to be a fact the others leave out, not one side of a two-way difference.</summary>
    private const int MinOutletsForOmission = 3;

    /// <summary>How far apart, in characters, two figures of one statement stand at most ("6,453 homes and 260 commercial buildings").</summary>
    private const int BesideReach = 60;

    private static bool Beside(Claim a, Claim b) =>
        Math.Max(a.Evidence.Span.Start, b.Evidence.Span.Start) - Math.Min(a.Evidence.Span.End, b.Evidence.Span.End) <= BesideReach;

    /// <summary>Whether two values are of one order of size: neither more than half as large again as the other.</summary>
    private static bool OfOneSize(ClaimValue a, ClaimValue b)
    {
        var (m, n) = (IntervalComparison.Magnitude(a), IntervalComparison.Magnitude(b));
        return m > 0 && n > 0 && Math.Max(m, n) <= 1.5m * Math.Min(m, n);
    }

    /// <summary>What each figure counts, with its family (<see cref="Counted"/>), worked out once rather than for every pair it is tried in.</summary>
    private static Dictionary<Claim, string?> CountsOf(IEnumerable<Claim> claims, ImmutableHashSet<string> stopwords)
    {
        var counts = new Dictionary<Claim, string?>(ReferenceEqualityComparer.Instance);
        foreach (var claim in claims)
        {
            counts[claim] = Counted((FigureClaimValue)claim.Value, stopwords) is { } counted ? $"{Family(claim)}|{counted}" : null;
        }

        return counts;
    }

    /// <summary>
    /// What a figure counts: its counted noun ("homes" in "6,453 homes"), or its unit with the
    /// word after it ("$128 a share"); a bare number ("ages 15, 18 and 22", "Caleb, 9") counts
    /// nothing that can be told apart from its neighbours.
    /// </summary>
    private static string? Counted(FigureClaimValue figure, ImmutableHashSet<string> stopwords)
    {
        if (figure.Value is not CountClaimValue { Quantity: var quantity })
        {
            return null;
        }

        if (quantity.Noun is { } noun)
        {
            return noun;
        }

        var after = figure.Frame.AsSpan(figure.Frame.IndexOf('#') + 1).Trim();
        var end = after.IndexOf(' ');
        var word = (end < 0 ? after : after[..end]).ToString();
        return quantity.Unit is { } unit && word.Length >= 3 && !stopwords.Contains(word) ? $"{unit} {word}" : null;
    }

    /// <summary>The fewest words around a figure two outlets must share for its sentence to be one.</summary>
    private const int MinFrameWords = 8;

    /// <summary>How many significant digits a whole number needs before one digit changed marks it mistyped rather than another figure.</summary>
    private const int MistypedDigits = 5;

    /// <summary>Figures comparable at all: counts of one unit, durations, or times.</summary>
    private static string Family(Claim claim) => Inner(claim) switch
    {
        CountClaimValue q => $"q|{q.Quantity.Unit}",
        DurationClaimValue => "d",
        RankClaimValue r => $"r|{r.Quality}",
        TallyClaimValue => "s",
        _ => "t",
    };

    private static ClaimValue Inner(Claim claim) => ((FigureClaimValue)claim.Value).Value;

    /// <summary>
    /// Whether two figures state one value: a time inside the other ("Monday night" and
    /// "Monday", not "Saturday night" and "Sunday"); numbers and durations that can both hold and
    /// are of one size ("more than 30 million" and "33,577,342", not "more than 10 weeks" and "27 years").
    /// </summary>
    private static bool Agree(ClaimValue a, ClaimValue b)
    {
        if (a is RankClaimValue || b is RankClaimValue)
        {
            return a == b;
        }

        if (a is TallyClaimValue || b is TallyClaimValue)
        {
            return a is TallyClaimValue one && b is TallyClaimValue other && one.SameAs(other);
        }

        if (a is TimeClaimValue ta && b is TimeClaimValue tb)
        {
            return TimeClaimValue.Aligned(ta, tb) is var (x, y) && ((x.Earliest <= y.Earliest && y.Latest <= x.Latest) || (y.Earliest <= x.Earliest && x.Latest <= y.Latest));
        }

        return IntervalComparison.Compatible(a, b) && OfOneSize(a, b);
    }

    /// <summary>
    /// How many words two figures share when they share enough to be linked, else 0: one word for
    /// two exact, unusual values; two when either is common or hedged ("about 200").
    /// </summary>
    private static int LinkStrength(FigureClaimValue a, FigureClaimValue b)
    {
        var shared = a.Context.Count(b.Context.Contains);
        if ((FigureClaims.Distinctive(a.Value) && FigureClaims.Distinctive(b.Value) && IntervalComparison.PointValue(a.Value) == IntervalComparison.PointValue(b.Value))
            || (a.WrittenDay && b.WrittenDay && a.Value is TimeClaimValue x && b.Value is TimeClaimValue y && TimeClaimValue.Aligned(x, y) is var (p, q) && p == q))
        {
            // "66.4%" and "723,632" twice in one story are one fact, whatever words stand beside them;
            // so is one day or clock time written out ("April 20, 2016", "4.20am").
            return Math.Max(shared, 1);
        }

        return shared >= (a.Specific && b.Specific && Exact(a.Value) && Exact(b.Value) ? 1 : 2) ? shared : 0;
    }

    private static bool Exact(ClaimValue value) => value switch
    {
        CountClaimValue q => q.Quantity.Exact,
        DurationClaimValue d => d.Modifier == Time.TimeModifier.None,
        _ => true,
    };

    /// <summary>
    /// Figures linked as one fact, with the distinct values among them and the figures by outlet:
    /// whether another figure agrees with all of them depends on its value alone, and its link is
    /// to other outlets' figures, so a group holding a long article's thousand figures of one
    /// value is asked of that value once and not looked through for the few of other outlets.
    /// </summary>
    private sealed class FigureGroup
    {
        private readonly HashSet<ClaimValue> values = [];
        private readonly Dictionary<string, List<Claim>> byOutlet = new(StringComparer.Ordinal);

        public FigureGroup(Claim first, int number)
        {
            Number = number;
            Add(first);
        }

        /// <summary>The order in which the group was made, in which figures look at groups.</summary>
        public int Number { get; }

        public List<Claim> Members { get; } = [];

        public IEnumerable<string> Outlets => byOutlet.Keys;

        public IReadOnlyCollection<ClaimValue> Values => values;

        public void Add(Claim figure)
        {
            Members.Add(figure);
            values.Add(Inner(figure));
            if (!byOutlet.TryGetValue(figure.Outlet, out var ofOutlet))
            {
                byOutlet[figure.Outlet] = ofOutlet = [];
            }

            ofOutlet.Add(figure);
        }

        public IEnumerable<Claim> OfOtherOutlets(string outlet) => byOutlet.Where(e => e.Key != outlet).SelectMany(e => e.Value);
    }
}
