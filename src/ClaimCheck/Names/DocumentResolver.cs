using ClaimCheck.Text;

namespace ClaimCheck.Names;

/// <summary>
/// Resolves an article's name candidates against each other: a surname to the person the article
/// names in full ("Kerry" → john-kerry, "Grits" → new:sergei-grits), a title without a name to the
/// latest person who fits it or to the role's holder on the publication date ("the UN mediator"),
/// and gives every titled person the role the title stands for. No pronouns are resolved.
/// </summary>
internal sealed class DocumentResolver
{
    private readonly NameModel model;
    private readonly NameMatcher matcher;
    private readonly DateOnly published;
    private readonly List<NameCandidate> candidates;
    private readonly Dictionary<string, List<TitleGrant>> grants = new(StringComparer.Ordinal);

    private DocumentResolver(NameModel model, NameMatcher matcher, DateOnly published, List<NameCandidate> candidates)
    {
        this.model = model;
        this.matcher = matcher;
        this.published = published;
        this.candidates = candidates;
    }

    public static IEnumerable<NameCandidate> Resolve(NameModel model, NameMatcher matcher, DateOnly published, List<NameCandidate> candidates)
    {
        var resolver = new DocumentResolver(model, matcher, published, candidates);
        resolver.MergeUnknownPeople();
        resolver.ResolveSurnames();
        resolver.AssignRoles();
        resolver.ResolveRoleMentions();
        return candidates.Where(c => c.EntityId is not null);
    }

    /// <summary>
    /// One article may name a person in several ways ("Ronald Lee Haskell", "Ron Haskell", "Sara"
    /// and "Sarah"): unknown people whose names match become the person of the fullest name.
    /// </summary>
    private void MergeUnknownPeople()
    {
        var unknown = candidates.Where(c => c.IsPerson && c.Pending == Pending.None && EntityIds.IsUnknown(c.EntityId!)).ToList();
        if (unknown.Count < 2)
        {
            return;
        }

        var names = unknown.GroupBy(c => c.EntityId!, StringComparer.Ordinal)
            .Select(g => new PersonName(g.Key, g.First().CanonicalName!, g.Count(), Known: false));
        var canonical = PersonClusters.Canonical(matcher, names);
        var nameOf = unknown.GroupBy(c => c.EntityId!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().CanonicalName!, StringComparer.Ordinal);
        foreach (var c in unknown)
        {
            var id = canonical[c.EntityId!];
            c.EntityId = id;
            c.CanonicalName = nameOf[id];
        }
    }

    /// <summary>
    /// News names a person in full, then by surname alone; a relative named later ("his father,
    /// George Rodger") is called by first name or in full, so a bare word keeps the person it was
    /// first used for. Its first use goes to the nearest person named before it who carries it (the
    /// first one named after it when none is before). Longer names without a cue ("Elliot Rodger" in
    /// a headline) resolve first, to the person of exactly those words, and then count as named.
    /// </summary>
    private void ResolveSurnames()
    {
        var named = new NamedPeople(model, candidates.Where(c => c.Pending == Pending.None && c.IsPerson));
        var pending = candidates.Where(c => c.Pending == Pending.Surname).OrderBy(c => c.Span.Start).ToList();
        foreach (var c in pending.Where(c => c.Words.Length > 1))
        {
            if (named.Nearest(c) is { } person)
            {
                Resolve(c, person);
                named.Add(c);
            }
        }

        var referents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in pending.Where(c => c.Pending == Pending.Surname))
        {
            if ((Referent(named, c, referents) ?? named.Misspelt(c)) is { } person)
            {
                Resolve(c, person);
            }
            else if (WellKnownEntity(c) is { } entity)
            {
                c.EntityId = entity.Id;
                c.CanonicalName = entity.Name;
                c.Pending = Pending.None;
            }
            else if (c.NewIfUnresolved)
            {
                c.EntityId = EntityIds.Unknown(c.CanonicalName!);
                c.Form = MentionForm.Unknown;
                c.RuleId = c.RuleId == NameRuleIds.Surname ? NameRuleIds.UnknownPerson : c.RuleId;
                c.Pending = Pending.None;
            }
        }
    }

    private static void Resolve(NameCandidate c, NameCandidate person)
    {
        c.EntityId = person.EntityId;
        c.CanonicalName = person.CanonicalName;
        c.Pending = Pending.None;
    }

    /// <summary>
    /// The named person a surname candidate stands for: the one its word already stands for
    /// (<paramref name="referents"/>, updated), else the nearest fitting one.
    /// </summary>
    private static NameCandidate? Referent(NamedPeople named, NameCandidate c, Dictionary<string, string> referents)
    {
        if (c.Words.Length != 1)
        {
            return named.Nearest(c);
        }

        var fitting = named.CarryingWord(c);
        if (fitting.IsEmpty)
        {
            return null;
        }

        var word = c.Words[0];
        if (referents.TryGetValue(word, out var id) && fitting.FirstOf(id) is { } established)
        {
            return established;
        }

        var nearest = fitting.Nearest(c)!;
        referents[word] = nearest.EntityId!;
        return nearest;
    }

    /// <summary>
    /// A surname the article never gives in full: with a title ("Foreign Minister Lavrov"), the
    /// person of that surname who holds the role; otherwise the one person known by that surname alone.
    /// </summary>
    private GazetteerEntity? WellKnownEntity(NameCandidate c)
    {
        if (c.SurnameOf.IsEmpty)
        {
            return null;
        }

        if (c.Title is { } title)
        {
            var holder = c.SurnameOf.FirstOrDefault(id => RolesOf(id, title.Former).Any(title.Accepts));
            if (holder is not null)
            {
                return model.Entities[holder];
            }
        }

        var known = c.SurnameOf.Where(id => model.Entities[id].KnownBySurname).ToList();
        return known.Count == 1 ? model.Entities[known[0]] : null;
    }

    private IEnumerable<Role> RolesOf(string personId, bool former) =>
        former
            ? model.RolesByPerson.TryGetValue(personId, out var all) ? all : []
            : model.RolesAt(personId, published);

    private void AssignRoles()
    {
        foreach (var c in candidates)
        {
            if (c.Title is not { } title || !c.IsPerson || c.Pending != Pending.None)
            {
                continue;
            }

            var role = title.Role ?? RolesOf(c.EntityId!, title.Former)
                .Where(title.Accepts)
                .OrderBy(r => r.Office == title.Office ? 0 : 1)
                .FirstOrDefault();
            c.Role = Display(title, role);
            Grant(c.EntityId!, role is null ? title : title with { Role = role });
        }
    }

    private void ResolveRoleMentions()
    {
        var people = new List<NameCandidate>();
        foreach (var c in candidates)
        {
            if (c.Pending == Pending.RoleOnly && c.Title is { } title)
            {
                var person = Latest(people, title);
                var role = title.Role ?? (person is null ? null : RolesOf(person.EntityId!, title.Former).FirstOrDefault(title.Accepts));
                if (person is not null)
                {
                    Resolve(c, person.EntityId!, person.CanonicalName!, role);
                }
                else if (HolderOf(title) is { } holder)
                {
                    Resolve(c, holder.Person.Id, holder.Person.Name, holder.Role);
                }
            }

            if (c.IsPerson && c.Pending == Pending.None)
            {
                people.Add(c);
            }
        }
    }

    private void Resolve(NameCandidate c, string entityId, string name, Role? role)
    {
        c.EntityId = entityId;
        c.CanonicalName = name;
        c.Role = Display(c.Title!, role);
        c.Pending = Pending.None;
    }

    /// <summary>The latest person before a title-only mention who holds, or was given, a fitting role.</summary>
    private NameCandidate? Latest(List<NameCandidate> people, TitleGrant title)
    {
        for (var i = people.Count - 1; i >= 0; i--)
        {
            var id = people[i].EntityId!;
            if (RolesOf(id, title.Former).Any(title.Accepts)
                || (grants.TryGetValue(id, out var given) && given.Exists(title.Accepts)))
            {
                return people[i];
            }
        }

        return null;
    }

    /// <summary>Who held the role the title names on the publication date.</summary>
    private (GazetteerEntity Person, Role Role)? HolderOf(TitleGrant title)
    {
        if (title.Former)
        {
            return null;
        }

        var roles = title.Role is { } named
            ? [named]
            : model.Roles.Values.Where(r => r.Office == title.Office && r.Of == title.Of).ToList();
        if (roles.Count != 1 || roles[0].HolderAt(published) is not { } holder)
        {
            return null;
        }

        return (model.Entities[holder.PersonId], roles[0]);
    }

    private string Display(TitleGrant title, Role? role)
    {
        var name = role?.Name ?? FallbackName(title);
        return title.Former ? "former " + name : name;
    }

    private string FallbackName(TitleGrant title)
    {
        var office = title.Role?.Name ?? title.Office!.Name;
        return title.Of is { } of && model.Entities.TryGetValue(of, out var owner)
            ? $"{owner.Short ?? owner.Name} {office}"
            : office;
    }

    private void Grant(string personId, TitleGrant grant)
    {
        if (!grants.TryGetValue(personId, out var list))
        {
            grants[personId] = list = [];
        }

        list.Add(grant);
    }
}
