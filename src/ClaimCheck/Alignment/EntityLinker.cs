using ClaimCheck.Names;

namespace ClaimCheck.Alignment;

/// <summary>An entity of one article: an unknown (<c>new:</c>) id means something only within its article.</summary>
public readonly record struct ArticleEntity(string ArticleId, string EntityId);

/// <summary>
/// Who is who across articles: maps the unknown people (<c>new:</c> ids) of several articles, such
/// as the articles of one story, to shared ids. Each distinct name is clustered as
/// <see cref="PersonClusters"/> describes (fullest name first, complete agreement with
/// <see cref="NameMatcher.ComparePeople"/>, an ambiguous name keeps its own id). People of the
/// gazetteer named in the articles anchor clusters under their gazetteer id, so a spelling the
/// gazetteer lacks joins the known person.
/// </summary>
public sealed class EntityLinker
{
    private readonly NameMatcher matcher;

    public EntityLinker(NameMatcher matcher)
    {
        this.matcher = Preconditions.CheckNotNull(matcher, nameof(matcher));
    }

    /// <summary>
    /// Maps every (article, <c>new:</c> person id) among the mentions to a canonical id: a gazetteer
    /// id, or the <c>new:</c> id of the cluster's fullest name. The result does not depend on the
    /// order of the mentions.
    /// </summary>
    public ImmutableDictionary<ArticleEntity, string> Link(IEnumerable<(string ArticleId, EntityMention Mention)> mentions)
    {
        Preconditions.CheckNotNull(mentions, nameof(mentions));
        var profiles = new Dictionary<string, Profile>(StringComparer.Ordinal);
        var keys = new HashSet<ArticleEntity>();
        foreach (var (articleId, mention) in mentions)
        {
            if (mention.Type != EntityType.Person)
            {
                continue;
            }

            var unknown = EntityIds.IsUnknown(mention.EntityId);
            if (unknown)
            {
                keys.Add(new ArticleEntity(articleId, mention.EntityId));
            }

            if (!profiles.TryGetValue(mention.EntityId, out var profile))
            {
                profiles[mention.EntityId] = profile = new Profile(mention.EntityId, mention.CanonicalName, unknown);
            }

            profile.Consider(mention.CanonicalName, articleId);
        }

        var canonical = Cluster(profiles.Values);
        return keys.ToImmutableDictionary(k => k, k => canonical[k.EntityId]);
    }

    private Dictionary<string, string> Cluster(IEnumerable<Profile> profiles) =>
        PersonClusters.Canonical(matcher, profiles.Select(p => new PersonName(p.Id, p.Name, p.Articles.Count, !p.Unknown)));

    /// <summary>One distinct person id: its fullest name and the articles that name it.</summary>
    private sealed class Profile(string id, string name, bool unknown)
    {
        public string Id { get; } = id;

        public bool Unknown { get; } = unknown;

        public string Name { get; private set; } = name;

        public HashSet<string> Articles { get; } = new(StringComparer.Ordinal);

        public void Consider(string name, string articleId)
        {
            Articles.Add(articleId);
            if (WordCount(name) > WordCount(Name) || (WordCount(name) == WordCount(Name) && string.CompareOrdinal(name, Name) < 0))
            {
                Name = name;
            }
        }

        private static int WordCount(string name) => NameMatcher.Preprocess(name).Count(' ') + 1;
    }
}
