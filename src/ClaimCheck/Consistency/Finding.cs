using ClaimCheck.Claims;

namespace ClaimCheck.Consistency;

public enum FindingKind
{
    Contradiction,
    Agreement,
    Omission,
    Update,
    QuoteVariant,
    Unresolved,
}

public enum Severity
{
    Info,
    Low,
    Medium,
    High,
}

/// <summary>
/// What comparing one slot of one event found, with every claim involved (each with its evidence
/// and rule) and the policy that decided.
/// </summary>
public sealed record Finding
{
    public Finding(string id, FindingKind kind, string eventId, string slot, Severity severity, string summary, ImmutableArray<Claim> claims, string policy)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Kind = kind;
        EventId = Preconditions.CheckNotBlank(eventId, nameof(eventId));
        Slot = Preconditions.CheckNotBlank(slot, nameof(slot));
        Severity = severity;
        Summary = Preconditions.CheckNotBlank(summary, nameof(summary));
        Preconditions.CheckArgument(!claims.IsDefaultOrEmpty, nameof(claims), "a finding needs at least one claim");
        Claims = claims;
        Policy = Preconditions.CheckNotBlank(policy, nameof(policy));
    }

    public string Id { get; }

    public FindingKind Kind { get; }

    public string EventId { get; }

    public string Slot { get; }

    public Severity Severity { get; }

    /// <summary>One sentence a fact-checker reads first.</summary>
    public string Summary { get; }

    public ImmutableArray<Claim> Claims { get; }

    /// <summary>The policy id from rules/policies that decided this finding.</summary>
    public string Policy { get; }

    /// <summary>The kind as written in reports: contradiction, agreement, omission, update, quote-variant, unresolved.</summary>
    public string KindName => Kind == FindingKind.QuoteVariant ? "quote-variant" : Kind.ToString().ToLowerInvariant();
}
