namespace ClaimCheck.Alignment;

/// <summary>Articles about one news event (a meeting, an attack, a speech), grouped by the align stage.</summary>
public sealed record Story(string Id, string Label, ImmutableArray<string> ArticleIds, DateOnly From, DateOnly To);

/// <summary>
/// Claims about one real-world event (one truce, one meeting, one war), which may span stories.
/// Findings compare the claims of one event slot by slot.
/// </summary>
public sealed record Event(string Id, string Type, string Label, ImmutableArray<string> StoryIds, ImmutableArray<string> ClaimIds);
