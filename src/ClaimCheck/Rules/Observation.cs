namespace ClaimCheck.Rules;

/// <summary>
/// What a stage saw in a text, as plain fields (e.g. <c>text</c>, <c>value</c>, <c>type</c>): the
/// common language in which rule examples state their expectations, whatever the stage.
/// </summary>
public sealed record Observation(string RuleId, ImmutableSortedDictionary<string, string> Fields)
{
    /// <summary>True when every expected field is present with the same value (case-sensitive).</summary>
    public bool Satisfies(IReadOnlyDictionary<string, string> expected) =>
        expected.All(e => Fields.TryGetValue(e.Key, out var actual) && actual == e.Value);

    public override string ToString() =>
        $"{RuleId} {{ {string.Join(", ", Fields.Select(f => $"{f.Key}: {f.Value}"))} }}";
}
