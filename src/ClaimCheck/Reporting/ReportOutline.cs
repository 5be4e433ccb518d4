using ClaimCheck.Alignment;
using ClaimCheck.Claims;
using ClaimCheck.Consistency;

namespace ClaimCheck.Reporting;

/// <summary>An event with its findings, most severe first.</summary>
public sealed record OutlineEvent(Event Event, ImmutableArray<string> OtherStoryIds, ImmutableArray<Finding> Findings);

/// <summary>An event of a story that is listed elsewhere: under another story, or across stories (<see cref="ListedUnder"/> null).</summary>
public sealed record EventReference(Event Event, string? ListedUnder);

/// <summary>A story with its articles, the events listed under it, and its events listed under an earlier story.</summary>
public sealed record OutlineStory(Story Story, ImmutableArray<ArticleSummary> Articles, ImmutableArray<OutlineEvent> Events, ImmutableArray<EventReference> EventsElsewhere);

/// <summary>
/// The reading order of a report, shared by the Markdown and HTML writers: per story its
/// articles and events, per event its findings ordered by severity (highest first), then kind,
/// then id. An event that spans stories is shown once, under the first of its stories in report
/// order, naming the others. Events across stories on purpose (a war, a person's roles) are
/// listed apart in <see cref="AcrossStories"/>, each of their stories naming them. Events that
/// belong to no listed story, and findings whose event is not listed, are kept in
/// <see cref="LooseEvents"/> and <see cref="LooseFindings"/> so that nothing the report holds is
/// left out. The figures and weekdays of a story are listed only when they have a finding.
/// </summary>
public sealed record ReportOutline(ImmutableArray<OutlineStory> Stories, ImmutableArray<OutlineEvent> AcrossStories, ImmutableArray<OutlineEvent> LooseEvents, ImmutableArray<Finding> LooseFindings)
{
    public static ReportOutline Of(Report report)
    {
        var storyOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var story in report.Stories)
        {
            storyOrder.TryAdd(story.Id, storyOrder.Count);
        }

        var findingsByEvent = report.Findings
            .GroupBy(f => f.EventId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Ordered(g), StringComparer.Ordinal);
        var articlesById = new Dictionary<string, ArticleSummary>(StringComparer.Ordinal);
        foreach (var article in report.Articles)
        {
            articlesById.TryAdd(article.Id, article);
        }

        var eventsByStory = new Dictionary<string, List<OutlineEvent>>(StringComparer.Ordinal);
        var referencesByStory = new Dictionary<string, List<EventReference>>(StringComparer.Ordinal);
        var looseEvents = ImmutableArray.CreateBuilder<OutlineEvent>();
        var acrossStories = ImmutableArray.CreateBuilder<OutlineEvent>();
        var listedEvents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ev in report.Events)
        {
            var findings = findingsByEvent.GetValueOrDefault(ev.Id, []);
            if (findings.IsEmpty && ev.Type is FigureClaims.EventType or CalendarClaims.EventType or NameClaims.EventType)
            {
                // Every number of a story is a figure: their event says nothing until outlets agree or differ on one.
                continue;
            }

            listedEvents.Add(ev.Id);
            var home = ev.StoryIds.Where(storyOrder.ContainsKey).OrderBy(id => storyOrder[id]).FirstOrDefault();
            var others = ev.StoryIds.Where(id => id != home).ToImmutableArray();
            var outlined = new OutlineEvent(ev, others, findings);
            if (ev.AcrossStories)
            {
                acrossStories.Add(outlined with { OtherStoryIds = ev.StoryIds });
                foreach (var story in ev.StoryIds.Where(storyOrder.ContainsKey))
                {
                    referencesByStory.TryAdd(story, []);
                    referencesByStory[story].Add(new EventReference(ev, null));
                }
            }
            else if (home is null)
            {
                looseEvents.Add(outlined);
            }
            else
            {
                eventsByStory.TryAdd(home, []);
                eventsByStory[home].Add(outlined);
                foreach (var other in others.Where(storyOrder.ContainsKey))
                {
                    referencesByStory.TryAdd(other, []);
                    referencesByStory[other].Add(new EventReference(ev, home));
                }
            }
        }

        var stories = report.Stories
            .Select(s => new OutlineStory(
                s,
                [.. s.ArticleIds.Where(articlesById.ContainsKey).Select(id => articlesById[id])],
                [.. eventsByStory.GetValueOrDefault(s.Id, [])],
                [.. referencesByStory.GetValueOrDefault(s.Id, [])]))
            .ToImmutableArray();
        var looseFindings = Ordered(report.Findings.Where(f => !listedEvents.Contains(f.EventId)));
        return new ReportOutline(stories, acrossStories.ToImmutable(), looseEvents.ToImmutable(), looseFindings);
    }

    /// <summary>Findings in reading order: highest severity first, then kind, then id.</summary>
    public static ImmutableArray<Finding> Ordered(IEnumerable<Finding> findings) =>
        [.. findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Kind)
            .ThenBy(f => f.Id, StringComparer.Ordinal)];
}
