using System.Runtime.InteropServices;
using ClaimCheck.Claims;
using ClaimCheck.Consistency;
using ClaimCheck.Names;
using ClaimCheck.Time;

namespace ClaimCheck.Alignment;

/// <summary>
/// The align stage. Articles are taken in date order; each joins the story whose first reports its
/// words and named entities are most like (TF-IDF cosine with weights of news at large, read off
/// each article's <see cref="StorySignature"/> when it was extracted), or starts a story. A story is
/// compared by its first reports only (its core), so a chain of loosely similar articles cannot
/// drift from one incident to the next; a report later than the story's first days must be closer
/// to the core, or name the same unknown person or quote the same words (and be alike to the core,
/// or to the report that named them and dated the same day); a report of the first days
/// that is only loosely alike must date its event to the core's day, and place it on a street the
/// core's leads name, when both name streets (one that does, on that day, needs little alike). An
/// article that joins two stories at once, in their first days or through their street or a name
/// both share, bridges them into one. Only stories that share a distinctive term with the article
/// and began within the follow-up window, whose first reports' leads name a day its lead goes back
/// to, or that name its people, are compared, so the cost grows with the corpus, never with all
/// pairs, and how two articles are grouped depends on them and the stories they may join, not on
/// what else is in the corpus.
/// Claims then become events: per story, or per place for event types whose scope is the place.
/// </summary>
public static class Aligner
{
    /// <summary>An article finds candidate stories through its strongest terms: a story it belongs to has some of them among the strongest of its first reports.</summary>
    private const int CandidateTerms = 12;

    public static ImmutableArray<Story> BuildStories(IReadOnlyList<ExtractedArticle> articles, StoryPolicy policy)
    {
        var ordered = articles.OrderBy(a => a.Analysis.Article.Published).ThenBy(a => a.Analysis.Article.Id, StringComparer.Ordinal).ToArray();
        var clusters = new List<Cluster>();
        var postings = new Dictionary<long, List<Cluster>>();
        var anchors = new Dictionary<long, StoryPosting>();
        var dated = new Dictionary<int, StoryPosting>();
        var terms = new Dictionary<long, int>();
        var spread = new double[1024];
        for (var number = 0; number < ordered.Length; number++)
        {
            var article = ordered[number];
            var member = new Member(article, Vector(article.Signature, terms));
            var vector = member.Vector;
            var (anchored, shared) = AnchoredStory(member, anchors, policy);
            vector.Spread(ref spread);
            var (best, bridged) = BestStory(member, Candidates(member, number, postings, dated, policy, anchored, shared), anchored, shared, policy, spread);
            vector.Unspread(spread);
            foreach (var other in bridged)
            {
                best!.Absorb(other, policy.CoreDays);
            }

            if (best is null)
            {
                best = new Cluster(clusters.Count, member.Published);
                clusters.Add(best);
            }

            var core = best.Add(member, policy.CoreDays);
            foreach (var anchor in member.Signature.Anchors)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(anchors, anchor, out _).Add(best);
            }

            if (core)
            {
                Index(postings, member.Signature.Distinctive, best);
                foreach (var day in member.Signature.LeadDays)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(dated, day, out _).Add(best);
                }
            }
        }

        var groups = clusters
            .Where(c => c.MergedInto is null)
            .Select(c => c.Members.Select(m => m.Article).ToArray())
            .OrderBy(g => g[0].Analysis.Article.Published)
            .ThenBy(g => g[0].Analysis.Article.Id, StringComparer.Ordinal)
            .ToArray();
        return [.. groups.Select((group, index) => new Story(
            $"story-{index + 1}",
            StoryLabel(group),
            [.. group.Select(a => a.Analysis.Article.Id).Order(StringComparer.Ordinal)],
            group.Min(a => a.Analysis.Article.Published),
            group.Max(a => a.Analysis.Article.Published)))];
    }

    /// <summary>The article's terms as ids of this run, handed out in the order terms are first met.</summary>
    private static TermVector Vector(StorySignature signature, Dictionary<long, int> terms)
    {
        var ids = new int[signature.Terms.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(terms, signature.Terms[i], out var known);
            if (!known)
            {
                id = terms.Count - 1;
            }

            ids[i] = id;
        }

        return new TermVector(ids, signature.Weights, signature.Norm);
    }

    private static void Index(Dictionary<long, List<Cluster>> index, IEnumerable<long> keys, Cluster cluster)
    {
        foreach (var key in keys)
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            if (list.Count == 0 || list[^1] != cluster)
            {
                list.Add(cluster);
            }
        }
    }

    /// <summary>
    /// The stories within the anchor window that name the same unknown person in full, or quote the
    /// same words, as the article: the one story that does, or the several that do, with the one
    /// among them that alone names some of these people or words, if only one does. A name or quote
    /// several stories share is mostly an official's, a spokesman's or a reporter's (or a place taken
    /// for a person): it ties the article to one of them only through a report that is very alike
    /// (<see cref="StoryPolicy.SharedAnchorSimilarity"/>); a follow-up that names the police chief of
    /// many shootings names the victim of one of them too.
    /// </summary>
    private static (Cluster? Anchored, List<Cluster> Shared) AnchoredStory(Member member, Dictionary<long, StoryPosting> anchors, StoryPolicy policy)
    {
        var named = new List<Cluster>();
        var alone = new HashSet<Cluster>();
        var stories = new List<Cluster>(4);
        foreach (var anchor in member.Signature.Anchors)
        {
            if (!anchors.TryGetValue(anchor, out var posting))
            {
                continue;
            }

            stories.Clear();
            foreach (var cluster in posting)
            {
                var story = cluster.Current;
                if (member.Published.DayNumber - story.Last.DayNumber <= policy.AnchorDays && !stories.Contains(story))
                {
                    stories.Add(story);
                }
            }

            foreach (var story in stories)
            {
                if (!named.Contains(story))
                {
                    named.Add(story);
                }
            }

            if (stories.Count == 1)
            {
                alone.Add(stories[0]);
            }
        }

        if (named.Count == 1)
        {
            return (named[0], []);
        }

        return (alone.Count == 1 ? alone.Single() : null, named);
    }

    /// <summary>
    /// Stories that began within the follow-up window and whose core shares one of the article's
    /// strongest distinctive terms, the stories within the anchor window whose first reports' leads
    /// name a day the article's lead goes back to, and the anchored stories, in the order they began.
    /// </summary>
    private static List<Cluster> Candidates(Member member, int number, Dictionary<long, List<Cluster>> postings, Dictionary<int, StoryPosting> dated, StoryPolicy policy, Cluster? anchored, List<Cluster> shared)
    {
        var found = new List<Cluster>(64);
        found.AddRange(shared);
        if (anchored is not null && !shared.Contains(anchored))
        {
            found.Add(anchored);
        }

        foreach (var story in found)
        {
            story.FoundBy = number;
        }

        foreach (var day in member.Signature.LeadDays)
        {
            if (!member.GoesBackTo(day) || !dated.TryGetValue(day, out var posting))
            {
                continue;
            }

            foreach (var cluster in posting)
            {
                var story = cluster.Current;
                if (story.FoundBy != number && member.Published.DayNumber - story.Last.DayNumber <= policy.AnchorDays)
                {
                    story.FoundBy = number;
                    found.Add(story);
                }
            }
        }

        var earliest = member.Published.DayNumber - policy.FollowUpDays;
        foreach (var term in member.Signature.Strongest.AsSpan()[..Math.Min(CandidateTerms, member.Signature.Strongest.Length)])
        {
            if (!postings.TryGetValue(term, out var list))
            {
                continue;
            }

            for (var i = list.Count - 1; i >= 0 && list[i].First.DayNumber >= earliest; i--)
            {
                var story = list[i].Current;
                if (story.FoundBy != number)
                {
                    story.FoundBy = number;
                    found.Add(story);
                }
            }
        }

        found.Sort((a, b) => a.Number.CompareTo(b.Number));
        return found;
    }

    /// <summary>
    /// The story the article joins: within the window of the story's first report, at the
    /// similarity threshold (below the follow-up threshold, only when its lead dates the event to
    /// the day the core's leads do, or either gives no day, and names a street they name, or either
    /// names none), or at the street threshold when its lead names a street theirs name, on that
    /// day; up to the follow-up window, at the
    /// follow-up threshold; up to the anchor window after its latest report, at the dated threshold
    /// when its lead goes back to a day the core's leads name (<see cref="Cluster.RecallsItsDay"/>);
    /// the anchored story (<see cref="AnchoredStory"/>), at the anchor
    /// threshold, with its core or with a report that shares the anchor and dates the same day
    /// (<see cref="AlikeAnchoringReport"/>). The most similar to its core wins.
    /// </summary>
    private static (Cluster? Best, List<Cluster> Bridged) BestStory(Member member, List<Cluster> candidates, Cluster? anchored, List<Cluster> shared, StoryPolicy policy, double[] spread)
    {
        Cluster? best = null;
        var bestScore = 0.0;
        var bridging = new List<Cluster>();
        var day = member.Published.DayNumber;
        foreach (var cluster in candidates)
        {
            var score = cluster.Core.Cosine(member.Vector, spread) * 100;
            var recent = day - cluster.First.DayNumber <= policy.WindowDays && score >= policy.Similarity
                && (score >= policy.FollowUpSimilarity || (!cluster.HappenedOnOtherDay(member) && !cluster.HappenedOnOtherStreet(member)));
            var onItsStreet = day - cluster.First.DayNumber <= policy.WindowDays && score >= policy.StreetSimilarity && cluster.HappenedOnItsStreet(member) && !cluster.HappenedOnOtherDay(member);
            var throughSharedAnchor = shared.Contains(cluster) && AlikeAnchoringReport(member, cluster, policy.SharedAnchorSimilarity);
            var joins = recent || onItsStreet || throughSharedAnchor
                || (day - cluster.First.DayNumber <= policy.FollowUpDays && score >= policy.FollowUpSimilarity)
                || (day - cluster.Last.DayNumber <= policy.AnchorDays && score >= policy.DatedSimilarity && cluster.RecallsItsDay(member))
                || (cluster == anchored && (score >= policy.AnchorSimilarity || AlikeAnchoringReport(member, cluster, policy.AnchorSimilarity)));
            if (joins && (best is null || score > bestScore))
            {
                (best, bestScore) = (cluster, score);
            }

            if (recent || onItsStreet || throughSharedAnchor)
            {
                bridging.Add(cluster);
            }
        }

        if (best is null || bridging.Count < 2 || !bridging.Contains(best))
        {
            return (best, []);
        }

        // An article as like two recent stories as either's own reports are is the bridge between two
        // first reports that used different words of one event; one that places its event on the
        // street both stories' leads name, on their day, or names the person both name and is very
        // alike to a report of each naming him, dating no other day, is a bridge too: they become
        // one story, the earlier.
        var first = bridging.MinBy(c => c.Number)!;
        return (first, [.. bridging.Where(c => c != first)]);
    }

    /// <summary>
    /// Whether a report of the story shares an anchor with the article, dates its event to no other
    /// day (the same day, a day apart at most, or one of them names none) and is alike at the anchor
    /// threshold: a hearing weeks later tells little of what the first reports did, but names the
    /// suspect that the report of his arrest named, and the day of the shooting that report gave,
    /// or none. A spokesman named in reports of two shootings ties them by name only; the days they
    /// give differ.
    /// </summary>
    private static bool AlikeAnchoringReport(Member member, Cluster cluster, int similarity)
    {
        foreach (var other in cluster.Members)
        {
            if (member.Signature.SharesAnchorWith(other.Signature) && !member.Signature.DatesAnotherDayThan(other.Signature)
                && member.Signature.Cosine(other.Signature) * 100 >= similarity)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Unknown people named in several articles of one story, mapped to one shared id per person
    /// (see <see cref="EntityLinker"/>). Linking stays inside stories: two "John Smith"s of
    /// unrelated stories are not taken for one man.
    /// </summary>
    public static ImmutableDictionary<ArticleEntity, string> LinkPeople(ImmutableArray<Story> stories, IReadOnlyList<ExtractedArticle> articles, EntityLinker linker)
    {
        var byId = articles.ToDictionary(a => a.Analysis.Article.Id, StringComparer.Ordinal);
        var links = ImmutableDictionary.CreateBuilder<ArticleEntity, string>();
        foreach (var story in stories.Where(s => s.ArticleIds.Length > 1))
        {
            var mentions = story.ArticleIds.SelectMany(id => byId[id].Analysis.Entities.Select(m => (id, m)));
            links.AddRange(linker.Link(mentions));
        }

        return links.ToImmutable();
    }

    public static ImmutableArray<Event> BuildEvents(ImmutableArray<Story> stories, IEnumerable<Claim> claims, Policies policies)
    {
        var storyOf = stories.SelectMany(s => s.ArticleIds.Select(a => (a, s))).ToDictionary(p => p.a, p => p.s, StringComparer.Ordinal);
        var keyed = claims.GroupBy(c =>
        {
            var policy = policies.EventPolicyFor(c.EventType);
            return policy.Scope switch
            {
                EventScope.Place => $"{c.EventType}@{c.Place ?? "unknown"}",
                EventScope.Subject => $"{c.EventType}@{c.Subject ?? "unknown"}",
                _ => $"{c.EventType}@{storyOf[c.ArticleId].Id}",
            };
        });
        var events = keyed
            .SelectMany(g => SplitByTime(g, policies.EventPolicyFor(g.First().EventType).MergeWindowDays))
            .Select(g =>
            {
                var first = g.First();
                var storyIds = g.Select(c => storyOf[c.ArticleId]).Distinct().OrderBy(s => s.From).ThenBy(s => s.Id, StringComparer.Ordinal).ToArray();
                var scope = policies.EventPolicyFor(first.EventType).Scope;
                var label = scope switch
                {
                    EventScope.Place => $"{first.EventType} in {first.Place ?? "an unknown place"}",
                    EventScope.Subject => $"{first.EventType}: {(first.Value as RoleClaimValue)?.PersonName ?? first.Subject ?? "unknown"}",
                    _ => $"{first.EventType} — {storyIds[0].Label}",
                };
                return (Type: first.EventType, Label: label, Stories: storyIds, Claims: g.Select(c => c.Id).Order(StringComparer.Ordinal).ToImmutableArray(), Across: scope != EventScope.Story);
            })
            .OrderBy(e => e.Stories[0].From)
            .ThenBy(e => e.Stories[0].Id, StringComparer.Ordinal)
            .ThenBy(e => e.Type, StringComparer.Ordinal)
            .ThenBy(e => e.Label, StringComparer.Ordinal)
            .ToArray();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. events.Select(e =>
        {
            numbers[e.Type] = numbers.GetValueOrDefault(e.Type) + 1;
            return new Event($"{e.Type}-{numbers[e.Type]}", e.Type, e.Label, [.. e.Stories.Select(s => s.Id)], e.Claims) { AcrossStories = e.Across };
        })];
    }

    /// <summary>
    /// Claims of one place-wide event whose dates lie more than <paramref name="gapDays"/> apart
    /// are about different events (Syria's 2011 war and an uprising that began in 2014): the
    /// claims, ordered by the start of their dates, split wherever the next one begins that long
    /// after all before it end. Claims without a date stay with the first group; 0 never splits.
    /// </summary>
    private static IEnumerable<IGrouping<string, Claim>> SplitByTime(IGrouping<string, Claim> claims, int gapDays)
    {
        var dated = claims.Where(c => c.Value is TimeClaimValue).OrderBy(c => ((TimeClaimValue)c.Value).Interval.Earliest).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        if (gapDays <= 0 || dated.Count < 2)
        {
            return [claims];
        }

        var parts = new List<List<Claim>> { claims.Where(c => c.Value is not TimeClaimValue).ToList() };
        var latestEnd = DateTime.MinValue;
        foreach (var claim in dated)
        {
            var interval = ((TimeClaimValue)claim.Value).Interval;
            if (parts[^1].Count > 0 && latestEnd != DateTime.MinValue && (interval.Earliest - latestEnd).TotalDays > gapDays)
            {
                parts.Add([]);
            }

            parts[^1].Add(claim);
            latestEnd = interval.Latest > latestEnd ? interval.Latest : latestEnd;
        }

        return parts.Where(p => p.Count > 0).Select(p => p.GroupBy(_ => claims.Key).Single());
    }

    private static string StoryLabel(ExtractedArticle[] group)
    {
        var titled = group.Select(a => a.Analysis.Article.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        var from = group.Min(a => a.Analysis.Article.Published);
        var top = group.SelectMany(a => a.Analysis.Entities.Where(e => e.Type is EntityType.Person or EntityType.City).Select(e => e.CanonicalName))
            .GroupBy(n => n)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(3)
            .Select(g => g.Key);
        var subject = titled ?? string.Join(", ", top);
        return $"{from:yyyy-MM-dd}: {(subject.Length > 0 ? subject : group[0].Analysis.Article.Id)}";
    }

    /// <summary>An article being grouped: its signature, and its terms as ids of this run.</summary>
    private sealed record Member(ExtractedArticle Article, TermVector Vector)
    {
        public StorySignature Signature => Article.Signature;

        public DateOnly Published => Article.Analysis.Article.Published;

        /// <summary>Whether a day the lead names lies two days or more before publication: the day of an event recalled, not the day the report was written.</summary>
        public bool GoesBackTo(int day) => day <= Published.DayNumber - 2;
    }

    /// <summary>The stories that name one anchor, or whose first reports' leads name one day, in the order they did: most are named by one story only, which needs no list.</summary>
    private struct StoryPosting
    {
        private Cluster? first;
        private List<Cluster>? more;

        public void Add(Cluster cluster)
        {
            if (first is null)
            {
                first = cluster;
            }
            else if ((more is null ? first : more[^1]) != cluster)
            {
                (more ??= []).Add(cluster);
            }
        }

        public readonly Enumerator GetEnumerator() => new(first, more);

        public struct Enumerator(Cluster? first, List<Cluster>? more)
        {
            private int index = -1;

            public readonly Cluster Current => index == 0 ? first! : more![index - 1];

            public bool MoveNext() => ++index == 0 ? first is not null : index - 1 < (more?.Count ?? 0);
        }
    }

    /// <summary>A story being built: its members, the sum of its core's unit vectors (the reports of its first days), and its first and latest dates.</summary>
    private sealed class Cluster(int number, DateOnly first)
    {
        /// <summary>The order in which the story began, which breaks ties.</summary>
        public int Number { get; } = number;

        public List<Member> Members { get; } = [];

        /// <summary>The sum of its first reports' unit vectors.</summary>
        public TermSum Core { get; } = new();

        /// <summary>The number of the article that last found this story among its candidates.</summary>
        public int FoundBy { get; set; } = -1;

        public DateOnly First { get; } = first;

        public DateOnly Last { get; private set; } = first;

        /// <summary>The story this one was merged into, if it was.</summary>
        public Cluster? MergedInto { get; private set; }

        /// <summary>This story, or the one it was merged into.</summary>
        public Cluster Current => MergedInto?.Current ?? this;

        /// <summary>Takes in a later story's members; the other story answers for this one from now on.</summary>
        public void Absorb(Cluster other, int coreDays)
        {
            foreach (var member in other.Members.OrderBy(m => m.Published).ThenBy(m => m.Article.Analysis.Article.Id, StringComparer.Ordinal))
            {
                Add(member, coreDays);
            }

            other.MergedInto = this;
        }

        private HashSet<int> LeadDays { get; } = [];

        /// <summary>
        /// Whether every day the article's lead names lies more than a day away from every day the
        /// leads of the story's first reports name: two shootings of one city on Sunday and on
        /// Wednesday are two stories, however alike their words.
        /// </summary>
        public bool HappenedOnOtherDay(Member member) =>
            member.Signature.LeadDays.Length > 0 && LeadDays.Count > 0 && !member.Signature.LeadDays.Any(day => LeadDays.Contains(day - 1) || LeadDays.Contains(day) || LeadDays.Contains(day + 1));

        /// <summary>
        /// Whether the article's lead names, as the day of its event, a day the leads of the story's
        /// first reports name, two days or more before the article was published: a report days later
        /// that goes back to the day of the shooting ("on Sunday, May 1") tells of that shooting,
        /// where the day it was written, named in every new incident's lead, tells nothing.
        /// </summary>
        public bool RecallsItsDay(Member member) =>
            member.Signature.LeadDays.Any(day => member.GoesBackTo(day) && LeadDays.Contains(day));

        private HashSet<long> LeadStreets { get; } = [];

        /// <summary>Whether the article's lead names a street the leads of the story's first reports name.</summary>
        public bool HappenedOnItsStreet(Member member) => member.Signature.LeadStreets.Any(LeadStreets.Contains);

        /// <summary>
        /// Whether the article's lead names streets and none of them is a street the leads of the
        /// story's first reports name, when they name any: local news places an incident on its
        /// street, and two shootings of one city a day apart happened on different streets.
        /// </summary>
        public bool HappenedOnOtherStreet(Member member) =>
            member.Signature.LeadStreets.Length > 0 && LeadStreets.Count > 0 && !HappenedOnItsStreet(member);

        /// <summary>Adds a member; true when it joins the core, published within <paramref name="coreDays"/> of the first report.</summary>
        public bool Add(Member member, int coreDays)
        {
            Members.Add(member);
            Last = member.Published > Last ? member.Published : Last;
            if (member.Published.DayNumber - First.DayNumber > coreDays)
            {
                return false;
            }

            LeadDays.UnionWith(member.Signature.LeadDays);
            LeadStreets.UnionWith(member.Signature.LeadStreets);
            Core.AddUnit(member.Vector);
            return true;
        }
    }
}
