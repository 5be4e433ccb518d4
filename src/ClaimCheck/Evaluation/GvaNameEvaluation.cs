using System.Globalization;
using System.Text;
using ClaimCheck.Alignment;
using ClaimCheck.Corpus;
using ClaimCheck.Corpus.Import;
using ClaimCheck.Names;
using ClaimCheck.Rules;

namespace ClaimCheck.Evaluation;

/// <summary>One kind of error the evaluation counts, with the first few cases as examples.</summary>
public sealed record GvaNameErrorClass
{
    public GvaNameErrorClass(string id, string description, int count, ImmutableArray<string> examples)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Description = Preconditions.CheckNotBlank(description, nameof(description));
        Preconditions.CheckArgument(count >= 0, nameof(count), "a count is never negative");
        Preconditions.CheckArgument(!examples.IsDefault, nameof(examples), "examples must be initialized");
        Count = count;
        Examples = examples;
    }

    /// <summary>Stable id: the measure and the error ("recall.no-cue", "identity.split").</summary>
    public string Id { get; }

    public string Description { get; }

    public int Count { get; }

    /// <summary>"article-id: name → what was found", at most the number asked for.</summary>
    public ImmutableArray<string> Examples { get; }
}

/// <summary>
/// The figures of <see cref="GvaNameEvaluation"/>: person recall, surname resolution within an
/// article, and one entity per participant across the articles of an incident (with and without
/// the <see cref="EntityLinker"/>), and the error classes behind them.
/// </summary>
public sealed record GvaNameEvaluationResult
{
    public required int Articles { get; init; }

    public required int Incidents { get; init; }

    /// <summary>Occurrences of participants' full names in their incident's articles recognized as (part of) a person mention.</summary>
    public required Rate Recall { get; init; }

    /// <summary>Of the recognized occurrences, those whose person mention covers the whole name.</summary>
    public required Rate WholeName { get; init; }

    /// <summary>Surname-only mentions, in an article that names the participant in full, resolved to that participant's entity.</summary>
    public required Rate Surnames { get; init; }

    /// <summary>Participants named in two or more articles of one incident who are one entity across them, after linking.</summary>
    public required Rate Identity { get; init; }

    /// <summary>The same, with each article's own ids (no linking): what the linker adds.</summary>
    public required Rate IdentityUnlinked { get; init; }

    /// <summary>Pairs of different participants of one incident given one entity after linking (the linker's precision).</summary>
    public required int MergedPairs { get; init; }

    public required ImmutableArray<GvaNameErrorClass> Errors { get; init; }

    /// <summary>The figures in the form every evaluation command writes (stable keys for JSON, labels for people).</summary>
    public IEnumerable<EvaluationFigure> Figures =>
    [
        new("recall", "participant names recognized as persons", Recall),
        new("whole-name", "... with the whole name in the mention", WholeName),
        new("surnames", "surname-only mentions resolved to the person", Surnames),
        new("identity", "one entity across an incident's articles", Identity),
        new("identity-unlinked", "... without cross-article linking", IdentityUnlinked),
    ];

    /// <summary>What the figures do not show, for a rule author: merged participants and each class of error with its examples.</summary>
    public string RenderErrors()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"  different participants merged into one entity: {MergedPairs} pairs");
        foreach (var error in Errors)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {error.Id,-26} {error.Count,6}  {error.Description}");
            foreach (var example in error.Examples)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"      {example}");
            }
        }

        return text.ToString();
    }
}

/// <summary>
/// Scores the name recognizer on the Gun Violence Archive corpus: the archive lists each incident's
/// participants by name, and its articles name them. Only names of two words or more are scored,
/// and only where they occur verbatim (whole words) in an article of their incident.
/// </summary>
public static class GvaNameEvaluation
{
    public const int DefaultExamplesPerClass = 5;

    /// <param name="mentionsByArticle">The entity mentions of articles already analyzed, by article id; others are recognized here.</param>
    public static GvaNameEvaluationResult Evaluate(GvaArticleImport articles, GvaIncidentImport incidents, RulePack rules, int examplesPerClass = DefaultExamplesPerClass, IReadOnlyDictionary<string, ImmutableArray<EntityMention>>? mentionsByArticle = null)
    {
        Preconditions.CheckNotNull(articles, nameof(articles));
        Preconditions.CheckNotNull(incidents, nameof(incidents));
        Preconditions.CheckNotNull(rules, nameof(rules));
        var run = new Run(rules, examplesPerClass, mentionsByArticle);
        var byId = incidents.Incidents.ToDictionary(i => i.IncidentId, StringComparer.Ordinal);
        var scored = 0;
        foreach (var group in articles.Reports.GroupBy(r => r.IncidentId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (byId.TryGetValue(group.Key, out var incident))
            {
                run.Score(incident, [.. group.Select(r => r.Article).DistinctBy(a => a.Id)]);
                scored++;
            }
        }

        return run.Result(articles.Articles.Length, scored);
    }

    /// <summary>The counts of one evaluation run.</summary>
    private sealed class Run(RulePack rules, int examplesPerClass, IReadOnlyDictionary<string, ImmutableArray<EntityMention>>? mentionsByArticle)
    {
        private readonly Dictionary<string, ImmutableArray<EntityMention>> people = mentionsByArticle is null ? new(StringComparer.Ordinal) : new(mentionsByArticle, StringComparer.Ordinal);
        private readonly EntityLinker linker = new(rules.Names.Matcher);
        private readonly SortedDictionary<string, (string Description, int Count, List<string> Examples)> errors = new(StringComparer.Ordinal);
        private int found, recognized, whole, surnames, surnamesResolved, identities, identitiesLinked, identitiesUnlinked, merged;

        public GvaNameEvaluationResult Result(int articles, int incidents) => new()
        {
            Articles = articles,
            Incidents = incidents,
            Recall = new(recognized, found),
            WholeName = new(whole, recognized),
            Surnames = new(surnamesResolved, surnames),
            Identity = new(identitiesLinked, identities),
            IdentityUnlinked = new(identitiesUnlinked, identities),
            MergedPairs = merged,
            Errors = [.. errors.Select(e => new GvaNameErrorClass(e.Key, e.Value.Description, e.Value.Count, [.. e.Value.Examples]))],
        };

        public void Score(GvaIncident incident, ImmutableArray<Article> articles)
        {
            var participants = incident.Participants
                .Select(p => p.Name?.Trim())
                .OfType<string>()
                .Where(n => n.Contains(' ', StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (participants.Count == 0)
            {
                return;
            }

            var surnameCounts = participants.GroupBy(rules.Names.Matcher.Surname, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var idsByParticipant = participants.ToDictionary(p => p, _ => new List<ArticleEntity>(), StringComparer.Ordinal);
            foreach (var article in articles)
            {
                var mentions = MentionsOf(article);
                List<(int Start, int End)>? fullNames = null;
                foreach (var name in participants)
                {
                    var id = ScoreFullName(article, mentions, name);
                    if (id is null)
                    {
                        if (ShortForm(name) is { } shortForm && EntityOf(article.Text, mentions, shortForm) is { } shortId)
                        {
                            idsByParticipant[name].Add(new ArticleEntity(article.Id, shortId));
                        }

                        continue;
                    }

                    idsByParticipant[name].Add(new ArticleEntity(article.Id, id));
                    if (surnameCounts[rules.Names.Matcher.Surname(name)] == 1)
                    {
                        // Where any participant is named in full: found once per article, for every surname.
                        fullNames ??= [.. participants.SelectMany(p => WholeWordOccurrences(article.Text, p).Select(at => (at, at + p.Length)))];
                        ScoreSurname(article, mentions, name, id, fullNames);
                    }
                }
            }

            ScoreIdentity(articles, idsByParticipant);
        }

        /// <summary>Recall over the verbatim occurrences of one name; returns the entity of its first recognized occurrence.</summary>
        private string? ScoreFullName(Article article, ImmutableArray<EntityMention> mentions, string name)
        {
            string? entity = null;
            foreach (var at in WholeWordOccurrences(article.Text, name))
            {
                found++;
                var mention = Overlapping(mentions, at, name.Length);
                if (mention is not null)
                {
                    recognized++;
                    entity ??= mention.EntityId;
                    if (mention.Span.Start <= at && at + name.Length <= mention.Span.End)
                    {
                        whole++;
                    }
                    else
                    {
                        Count("recall.part-of-name", "recognized, but the person mention holds only part of the name", article, name, $"\"{mention.Text}\"");
                    }

                    continue;
                }

                var other = OverlappingAny(article, at, name.Length);
                if (other is not null)
                {
                    Count("recall.other-type", "read as another kind of entity (a place, an organization)", article, name, $"{other.Type.ToString().ToLowerInvariant()} \"{other.Text}\"");
                }
                else if (article.Title is { } title && at < title.Length)
                {
                    Count("recall.title-case-line", "in the headline (title-case lines yield only gazetteer names)", article, name, "headline");
                }
                else
                {
                    Count("recall.no-cue", "no mention: a capitalized run without a cue the recognizer accepts", article, name, Context(article.Text, at, name.Length));
                }
            }

            return entity;
        }

        /// <summary>A name of three words or more without its middle names ("Marcus Lee Tolliver" → "Marcus Tolliver"), which articles often use.</summary>
        private string? ShortForm(string name)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var surname = rules.Names.Matcher.Surname(name);
            var last = Array.FindLastIndex(words, w => rules.Names.Matcher.Surname(w) == surname);
            return last >= 2 ? $"{words[0]} {string.Join(' ', words[last..])}" : null;
        }

        private static string? EntityOf(string text, ImmutableArray<EntityMention> mentions, string name) =>
            WholeWordOccurrences(text, name).Select(at => Overlapping(mentions, at, name.Length)?.EntityId).FirstOrDefault(id => id is not null);

        /// <summary>Surname-only mentions: the surname as a word of its own, not part of a longer capitalized name.</summary>
        private void ScoreSurname(Article article, ImmutableArray<EntityMention> mentions, string name, string entity, List<(int Start, int End)> fullNames)
        {
            var folded = rules.Names.Matcher.Surname(name);
            var surname = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .LastOrDefault(w => rules.Names.Matcher.Surname(w) is { Length: > 0 } word && word == folded);
            if (surname is not { Length: >= 2 })
            {
                return;
            }

            foreach (var at in WholeWordOccurrences(article.Text, surname))
            {
                if (fullNames.Exists(f => f.Start <= at && at < f.End) || !StandsAlone(article.Text, at, surname.Length, rules.Names.Model.Lexicons))
                {
                    continue;
                }

                surnames++;
                var mention = Overlapping(mentions, at, surname.Length);
                if (mention?.EntityId == entity)
                {
                    surnamesResolved++;
                }
                else if (mention is not null)
                {
                    Count("surname.other-person", "resolved to another person", article, name, $"\"{mention.Text}\" → {mention.EntityId}");
                }
                else if (OverlappingAny(article, at, surname.Length) is { } other)
                {
                    Count("surname.other-type", "read as another kind of entity", article, name, $"{other.Type.ToString().ToLowerInvariant()} \"{other.Text}\"");
                }
                else
                {
                    Count("surname.unrecognized", "not recognized as a name", article, name, Context(article.Text, at, surname.Length));
                }
            }
        }

        private void ScoreIdentity(ImmutableArray<Article> articles, Dictionary<string, List<ArticleEntity>> idsByParticipant)
        {
            var links = linker.Link(articles.SelectMany(a => MentionsOf(a).Select(m => (a.Id, m))));
            string Linked(ArticleEntity e) => links.TryGetValue(e, out var canonical) ? canonical : e.EntityId;

            var linkedIds = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, ids) in idsByParticipant.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (ids.Select(i => i.ArticleId).Distinct(StringComparer.Ordinal).Count() < 2)
                {
                    continue;
                }

                identities++;
                if (ids.Select(i => i.EntityId).Distinct(StringComparer.Ordinal).Count() == 1)
                {
                    identitiesUnlinked++;
                }

                var canonical = ids.Select(Linked).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                if (canonical.Count == 1)
                {
                    identitiesLinked++;
                    linkedIds[name] = canonical[0];
                }
                else
                {
                    Count("identity.split", "one participant, several entities across the incident's articles", ids[0].ArticleId, name, string.Join(" | ", canonical));
                }
            }

            foreach (var pair in linkedIds.GroupBy(p => p.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                var names = pair.Select(p => p.Key).ToList();
                merged += names.Count * (names.Count - 1) / 2;
                Count("identity.merged", "different participants given one entity", articles[0].Id, string.Join(" + ", names), pair.Key);
            }
        }

        private ImmutableArray<EntityMention> MentionsOf(Article article)
        {
            if (!people.TryGetValue(article.Id, out var mentions))
            {
                var document = rules.Text.Clean(article);
                people[article.Id] = mentions = rules.Names.Recognize(document, new DiagnosticBag());
            }

            return mentions;
        }

        private static EntityMention? Overlapping(ImmutableArray<EntityMention> mentions, int at, int length) =>
            mentions.FirstOrDefault(m => m.Type == EntityType.Person && m.Span.Start < at + length && at < m.Span.End);

        private EntityMention? OverlappingAny(Article article, int at, int length) =>
            MentionsOf(article).FirstOrDefault(m => m.Type != EntityType.Person && m.Span.Start < at + length && at < m.Span.End);

        private void Count(string id, string description, Article article, string name, string what) =>
            Count(id, description, article.Id, name, what);

        private void Count(string id, string description, string articleId, string name, string what)
        {
            if (!errors.TryGetValue(id, out var entry))
            {
                entry = (description, 0, []);
            }

            if (entry.Examples.Count < examplesPerClass)
            {
                entry.Examples.Add($"{articleId}: {name} → {what}");
            }

            errors[id] = entry with { Count = entry.Count + 1 };
        }
    }

    /// <summary>Where a name occurs in the text as whole words (not inside a longer word), case-sensitively.</summary>
    internal static IEnumerable<int> WholeWordOccurrences(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                yield return at;
            }
        }
    }

    /// <summary>
    /// A surname stands alone when no capitalized word is right before it (bar an honorific or a
    /// word that is never a name: "Officer Smith", "When Smith"), none right after it ("Smith County"),
    /// and it is not part of a hyphenated surname ("Harris" of "Williams-Harris" is another name).
    /// </summary>
    private static bool StandsAlone(string text, int at, int length, NameLexicons lexicons)
    {
        if (HyphenJoined(text, at - 1, at - 2) || HyphenJoined(text, at + length, at + length + 1))
        {
            return false;
        }

        var wordBefore = false;
        if (at >= 2 && text[at - 1] == ' ' && char.IsUpper(text[WordStart(text, at - 2)]) && char.IsLetter(text[at - 2]))
        {
            var word = NameFolding.Fold(text[WordStart(text, at - 2)..(at - 1)]);
            wordBefore = !lexicons.Honorifics.ContainsFolded(word) && !lexicons.NotNames.ContainsFolded(word);
        }

        var after = at + length;
        var wordAfter = after + 1 < text.Length && text[after] == ' ' && char.IsUpper(text[after + 1]);
        return !wordBefore && !wordAfter;
    }

    private static bool HyphenJoined(string text, int hyphen, int letter) =>
        letter >= 0 && letter < text.Length && text[hyphen] == '-' && char.IsLetter(text[letter]);

    private static int WordStart(string text, int last)
    {
        var i = last;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    /// <summary>The name with a few words either side, on one line, for an example.</summary>
    private static string Context(string text, int at, int length)
    {
        const int Around = 40;
        var start = Math.Max(0, at - Around);
        var end = Math.Min(text.Length, at + length + Around);
        return "…" + text[start..end].ReplaceLineEndings(" ") + "…";
    }
}
