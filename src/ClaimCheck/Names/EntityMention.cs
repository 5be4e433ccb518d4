using ClaimCheck.Text;

namespace ClaimCheck.Names;

public enum EntityType
{
    Person,
    Organization,
    Country,
    City,
    Place,
    Group,
}

/// <summary>How an entity was named at this spot; claims weigh a full name above a bare title.</summary>
public enum MentionForm
{
    FullName,
    Surname,
    Alias,
    Title,
    Demonym,
    Metonym,
    Unknown,
}

/// <summary>
/// A name found in a sentence and the entity it resolves to. <see cref="EntityId"/> is a
/// gazetteer id ("john-kerry", "russia") or, for a name the gazetteer lacks, "new:" and its
/// normalized form, so unknown names still compare across articles.
/// </summary>
public sealed record EntityMention : Mention
{
    public EntityMention(TextSpan span, string ruleId, int sentence, string text, string entityId, EntityType type, string canonicalName, MentionForm form)
        : base(span, ruleId, sentence, text)
    {
        EntityId = Preconditions.CheckNotBlank(entityId, nameof(entityId));
        Type = type;
        CanonicalName = Preconditions.CheckNotBlank(canonicalName, nameof(canonicalName));
        Form = form;
    }

    public string EntityId { get; }

    public EntityType Type { get; }

    public string CanonicalName { get; }

    public MentionForm Form { get; }

    /// <summary>The role the text gives the entity here ("UN envoy for Syria"), when it gives one.</summary>
    public string? Role { get; init; }

    /// <summary>For demonyms and metonyms: the country or government meant ("Washington" → "united-states").</summary>
    public bool IsGovernment { get; init; }

    protected override ImmutableSortedDictionary<string, string> Fields()
    {
        var fields = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        fields["entity"] = EntityId;
        fields["type"] = Type.ToString().ToLowerInvariant();
        fields["name"] = CanonicalName;
        fields["form"] = Form.ToString().ToLowerInvariant();
        if (Role is { } role)
        {
            fields["role"] = role;
        }

        if (IsGovernment)
        {
            fields["government"] = "true";
        }

        return fields.ToImmutable();
    }
}
