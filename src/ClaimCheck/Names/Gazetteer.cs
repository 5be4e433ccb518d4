namespace ClaimCheck.Names;

/// <summary>A known entity: a person, organization, country, city, place or group, with where it is defined.</summary>
public sealed record GazetteerEntity
{
    public GazetteerEntity(string id, EntityType type, string name, string file, int line)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Type = type;
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        File = file;
        Line = line;
    }

    public string Id { get; }

    public EntityType Type { get; }

    public string Name { get; }

    /// <summary>Short form used when the entity qualifies a title ("US", "UN"); a country's first demonym otherwise.</summary>
    public string? Short { get; init; }

    /// <summary>For a city or place: the country it is in.</summary>
    public string? Country { get; init; }

    /// <summary>For a person: the given names and their variants ("Sergei", "Sergey").</summary>
    public ImmutableArray<string> GivenNames { get; init; } = [];

    /// <summary>For a person: the surname forms a text may use alone ("al-Assad", "Assad").</summary>
    public ImmutableArray<string> Surnames { get; init; } = [];

    /// <summary>A person news writes about by surname alone without introducing them ("Kerry", "Putin").</summary>
    public bool KnownBySurname { get; init; }

    /// <summary>For a country, city or place: the tz database zone of its clocks ("Asia/Damascus"); null for a country that spans zones.</summary>
    public string? TimeZoneId { get; init; }

    public string File { get; }

    public int Line { get; }
}

/// <summary>A kind of office ("Foreign Minister", "envoy"): phrases that name it and tags that say what it is.</summary>
public sealed record Office
{
    public Office(string id, string name, ImmutableArray<string> tags)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        Preconditions.CheckArgument(!tags.IsDefaultOrEmpty, nameof(tags), "an office needs at least one tag; the first is its kind");
        Tags = tags;
    }

    public string Id { get; }

    public string Name { get; }

    /// <summary>What the office is; the first tag is its kind, the one a title asks of a person ("secretary").</summary>
    public ImmutableArray<string> Tags { get; }

    public string Kind => Tags[0];

    /// <summary>The body an unqualified title means ("Secretary of State" → united-states).</summary>
    public string? DefaultOf { get; init; }
}

/// <summary>Who held a role from a date (inclusive) to a date (exclusive; open when null).</summary>
public sealed record RoleHolder
{
    public RoleHolder(string personId, DateOnly from, DateOnly? to)
    {
        PersonId = Preconditions.CheckNotBlank(personId, nameof(personId));
        Preconditions.CheckArgument(to is null || to > from, nameof(to), "a role period must end after it starts");
        From = from;
        To = to;
    }

    public string PersonId { get; }

    public DateOnly From { get; }

    public DateOnly? To { get; }

    public bool Covers(DateOnly date) => date >= From && (To is null || date < To);
}

/// <summary>A role with holders over time ("UN envoy for Syria": Annan, Brahimi, de Mistura, Pedersen).</summary>
public sealed record Role
{
    public Role(string id, string name, string? of, Office? office, ImmutableArray<string> tags, ImmutableArray<RoleHolder> holders)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        Of = of;
        Office = office;
        Tags = [.. (office?.Tags ?? []).Concat(tags).Distinct(StringComparer.Ordinal)];
        Holders = [.. holders.OrderBy(h => h.From)];
    }

    public string Id { get; }

    public string Name { get; }

    /// <summary>The country or body the role belongs to.</summary>
    public string? Of { get; }

    public Office? Office { get; }

    /// <summary>The office's tags and the role's own.</summary>
    public ImmutableArray<string> Tags { get; }

    public ImmutableArray<RoleHolder> Holders { get; }

    public RoleHolder? HolderAt(DateOnly date) => Holders.FirstOrDefault(h => h.Covers(date));
}
