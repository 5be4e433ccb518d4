namespace ClaimCheck.Alignment;

/// <summary>Articles about one news event (a meeting, an attack, a speech), grouped by the align stage.</summary>
public sealed record Story(string Id, string Label, ImmutableArray<string> ArticleIds, DateOnly From, DateOnly To);

/// <summary>
/// Claims about one real-world event (one truce, one meeting, one war). Findings compare the claims
/// of one event slot by slot. An event of a story holds that story's claims only; an event across
/// stories (<see cref="AcrossStories"/>: a war of one place, a person's roles) gathers its type's
/// claims from every story, on purpose, and reports stand it apart.
/// </summary>
public sealed record Event(string Id, string Type, string Label, ImmutableArray<string> StoryIds, ImmutableArray<string> ClaimIds)
{
    public bool AcrossStories { get; init; }
}
