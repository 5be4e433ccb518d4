using ClaimCheck.Names;

namespace ClaimCheck.Alignment;

/// <summary>An entity of one article: an unknown (<c>new:</c>) id means something only within its article.</summary>
public readonly record struct ArticleEntity(string ArticleId, string EntityId);

/// <summary>
/// Who is who across articles: maps the unknown people (<c>new:</c> ids) of several articles, such
/// as the articles of one story, to shared ids. Each distinct name is a profile; profiles are taken
/// fullest name first and each joins the one cluster all of whose names it matches
/// (<see cref="NameMatcher.ComparePeople"/>: close surnames, matching given names or initials), so
/// "Ronald Lee Haskell", "Ronald Haskell" and "R. Haskell" become one person while "John Smith" and
/// "Jane Smith" stay two. A name that fits two clusters ("Smith" beside both) is ambiguous and
/// keeps its own id. People of the gazetteer named in the articles anchor clusters under their
/// gazetteer id, so a spelling the gazetteer lacks joins the known person.
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

            var unknown = IsUnknown(mention.EntityId);
            if (unknown)
            {
                keys.Add(new ArticleEntity(articleId, mention.EntityId));
            }

            if (!profiles.TryGetValue(mention.EntityId, out var profile))
            {
                profiles[mention.EntityId] = profile = new Profile(mention.EntityId, mention.CanonicalName, unknown);
                profile.Consider(mention.CanonicalName, articleId);
                profile.Block = matcher.Surname(profile.Name) is [var first, ..] ? first : ' ';
            }

            else
            {
                profile.Consider(mention.CanonicalName, articleId);
            }
        }

        var canonical = Cluster(profiles.Values);
        return keys.ToImmutableDictionary(k => k, k => canonical[k.EntityId]);
    }

    private static bool IsUnknown(string entityId) => entityId.StartsWith("new:", StringComparison.Ordinal);

    /// <summary>Each profile's cluster id. Clusters are blocked by the first letter of the surname, so a name is compared only with names that could match.</summary>
    private Dictionary<string, string> Cluster(IEnumerable<Profile> profiles)
    {
        var ordered = profiles
            .OrderBy(p => p.Unknown ? 1 : 0)
            .ThenByDescending(p => p.WordCount)
            .ThenByDescending(p => p.Articles.Count)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var blocks = new Dictionary<char, List<List<Profile>>>();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var profile in ordered)
        {
            if (!blocks.TryGetValue(profile.Block, out var clusters))
            {
                blocks[profile.Block] = clusters = [];
            }

            var fits = profile.Unknown ? clusters.Where(c => c.TrueForAll(member => Matches(member, profile))).Take(2).ToList() : [];
            if (fits.Count == 1)
            {
                fits[0].Add(profile);
                result[profile.Id] = fits[0][0].Id;
                continue;
            }

            result[profile.Id] = profile.Id;
            if (fits.Count == 0)
            {
                clusters.Add([profile]);
            }
        }

        return result;
    }

    private bool Matches(Profile member, Profile profile) => matcher.ComparePeople(member.Name, profile.Name).IsMatch;

    /// <summary>One distinct person id: its fullest name and the articles that name it.</summary>
    private sealed class Profile(string id, string name, bool unknown)
    {
        public string Id { get; } = id;

        public bool Unknown { get; } = unknown;

        public string Name { get; private set; } = name;

        public int WordCount { get; private set; } = Words(name).Length;

        public HashSet<string> Articles { get; } = new(StringComparer.Ordinal);

        /// <summary>The first letter of the surname: names are compared only within a block.</summary>
        public char Block { get; set; }

        public void Consider(string name, string articleId)
        {
            Articles.Add(articleId);
            var words = Words(name).Length;
            if (words > WordCount || (words == WordCount && string.CompareOrdinal(name, Name) < 0))
            {
                (Name, WordCount) = (name, words);
            }
        }

        private static string[] Words(string name) => NameMatcher.Preprocess(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
