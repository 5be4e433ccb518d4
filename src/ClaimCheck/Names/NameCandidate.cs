using ClaimCheck.Text;

namespace ClaimCheck.Names;

/// <summary>What still has to be decided about a candidate once the whole document has been read.</summary>
internal enum Pending
{
    /// <summary>The entity is known.</summary>
    None,

    /// <summary>A surname or other single name word: resolved to a person named in the document, or a well-known one.</summary>
    Surname,

    /// <summary>A title without a name ("the UN mediator"): resolved to the latest fitting person, or the role's holder.</summary>
    RoleOnly,
}

/// <summary>A title as the text gives it: a role, or an office with the body it belongs to, perhaps "former".</summary>
internal sealed record TitleGrant(Role? Role, Office? Office, string? Of, bool Former)
{
    /// <summary>Whether a role fits what this title asks for ("the Secretary" fits "US Secretary of State").</summary>
    public bool Accepts(Role role) =>
        Role is { } wanted
            ? role.Id == wanted.Id
            : Office is { } office && role.Tags.Contains(office.Kind) && (Of is null || role.Of == Of);

    /// <summary>Whether a title given to a person in the text fits what this title asks for.</summary>
    public bool Accepts(TitleGrant given) =>
        given.Role is { } role
            ? Accepts(role)
            : Role is null && Office is { } office && given.Office is { } other && other.Tags.Contains(office.Kind) && (Of is null || given.Of == Of);
}

/// <summary>A name found in one sentence, before resolution across the document.</summary>
internal sealed class NameCandidate
{
    public required TextSpan Span { get; set; }

    public required int Sentence { get; init; }

    public required string RuleId { get; set; }

    public Pending Pending { get; set; }

    public string? EntityId { get; set; }

    public EntityType Type { get; set; }

    public string? CanonicalName { get; set; }

    public MentionForm Form { get; set; }

    public bool IsGovernment { get; init; }

    /// <summary>The title the text gives here, if any.</summary>
    public TitleGrant? Title { get; set; }

    /// <summary>The role's display name, once known.</summary>
    public string? Role { get; set; }

    /// <summary>The folded words of the name ("sergei", "grits"); a later single word may refer to it.</summary>
    public ImmutableArray<string> Words { get; init; } = [];

    /// <summary>For <see cref="Pending.Surname"/>: gazetteer people with this surname.</summary>
    public ImmutableArray<string> SurnameOf { get; init; } = [];

    /// <summary>For <see cref="Pending.Surname"/> with a strong person cue: becomes a new person if nobody in the document fits.</summary>
    public bool NewIfUnresolved { get; set; }

    public bool IsPerson => Type == EntityType.Person && EntityId is not null;

    public EntityMention ToMention(string text) =>
        new(Span, RuleId, Sentence, text, EntityId!, Type, CanonicalName!, Form)
        {
            Role = Role,
            IsGovernment = IsGovernment,
        };
}
