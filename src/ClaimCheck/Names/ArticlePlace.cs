using System.Text.RegularExpressions;
using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Names;

/// <summary>How an article's place was read.</summary>
public enum PlaceEvidence
{
    /// <summary>The dateline that opens the story ("DAMASCUS, Syria (Reuters) -", "GENEVA —").</summary>
    Dateline,

    /// <summary>The place the lead names most, counted by its clock ("Aleppo" and "Syria" are one vote).</summary>
    Lead,
}

/// <summary>
/// Where an article's story happens: the place whose clock "local time" means, and which of the
/// zones an abbreviation shared by far-apart zones ("IST", "CST") names. Its span is the place's
/// words in the article: the dateline's, or the lead's first mention of it.
/// </summary>
public sealed record ArticlePlace : Mention
{
    public ArticlePlace(TextSpan span, int sentence, string text, GazetteerEntity place, PlaceEvidence evidence)
        : base(span, NameRuleIds.ArticlePlace, sentence, text)
    {
        Place = Preconditions.CheckNotNull(place, nameof(place));
        Evidence = evidence;
    }

    public GazetteerEntity Place { get; }

    public PlaceEvidence Evidence { get; }

    /// <summary>The tz database zone of the place's clocks; null for a country that spans zones.</summary>
    public string? TimeZoneId => Place.TimeZoneId;

    protected override ImmutableSortedDictionary<string, string> Fields()
    {
        var fields = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        fields["entity"] = Place.Id;
        fields["found"] = Evidence.ToString().ToLowerInvariant();
        if (TimeZoneId is { } zone)
        {
            fields["tz"] = zone;
        }

        return fields.ToImmutable();
    }
}

/// <summary>
/// Reads an article's place cheaply from what the name stage found: a dateline at the start of one
/// of the lead's sentences (after the page's date stamp, if any) whose place the gazetteer knows,
/// by the city or else the region after it ("SOMEWHERE, Syria —"); failing that, the place the lead
/// puts things in most often ("in Aleppo", "near Homs", "across the United States"), counted by
/// zone, so that a story set in Aleppo, Homs and Syria is on Syria's clock. A place named as a
/// subject ("Syria talks", "Russia said") tells what a story is about, not where it happens. A tie
/// leaves the article without a place, and its "local time" without an offset.
/// </summary>
internal static class ArticlePlaces
{
    // Capitalized words, up to four ("NEW YORK", "ST. PETERSBURG", "Geneva"), then a region, a date,
    // an agency, and the dash, colon or underscore that ends a dateline.
    private static readonly Regex Dateline = new(
        @"^(?:date\s+\d{4}-\d{2}-\d{2}\s+)?(?<place>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}?)(?:,\s+(?<region>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}?))?(?:,?\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?(?:\s+\([^()\n]{2,40}\))?\s*(?:[—–_:]|--?)\s",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, PatternCompiler.MatchTimeout);

    // The words that put a thing in a place, right before its name.
    private static readonly Regex Locative = new(
        @"\b(?:in|at|near|outside|inside|across|throughout)\s+(?:the\s+)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, PatternCompiler.MatchTimeout);

    /// <summary>No locative is longer: the words before a name that can hold one.</summary>
    private const int LocativeReach = 16;

    public static ArticlePlace? Find(NameModel model, Document document, ImmutableArray<EntityMention> entities) =>
        !model.EnabledRules.Contains(NameRuleIds.ArticlePlace) ? null
        : document.Sentences.Take(Document.LeadSentences).Select(s => FromDateline(model, document, s)).FirstOrDefault(p => p is not null) ?? MostNamed(model, document, entities);

    private static ArticlePlace? FromDateline(NameModel model, Document document, Sentence sentence)
    {
        var match = Dateline.Match(document.SentenceText(sentence));
        foreach (var group in new[] { match.Groups["place"], match.Groups["region"] })
        {
            if (group.Success && model.PlaceNames.TryGetValue(NameFolding.Fold(group.Value), out var place))
            {
                return new ArticlePlace(new TextSpan(sentence.Span.Start + group.Index, group.Length), sentence.Index, group.Value, place, PlaceEvidence.Dateline);
            }
        }

        return null;
    }

    private static ArticlePlace? MostNamed(NameModel model, Document document, ImmutableArray<EntityMention> entities)
    {
        // A place named by its name, not by a demonym or a capital standing for its government ("Damascus said").
        var votes = entities
            .Where(e => e.Sentence < Document.LeadSentences && e.Type is EntityType.Country or EntityType.City or EntityType.Place
                && e.Form is MentionForm.FullName or MentionForm.Alias && !e.IsGovernment && model.Entities.ContainsKey(e.EntityId)
                && Locative.IsMatch(document.Text.AsSpan(Math.Max(0, e.Span.Start - LocativeReach), Math.Min(e.Span.Start, LocativeReach))))
            .GroupBy(e => model.Entities[e.EntityId].TimeZoneId ?? e.EntityId, StringComparer.Ordinal)
            .Select(g => (First: g.First(), Count: g.Count()))
            .OrderByDescending(v => v.Count)
            .Take(2)
            .ToList();
        if (votes.Count == 0 || (votes.Count == 2 && votes[0].Count == votes[1].Count))
        {
            return null;
        }

        var first = votes[0].First;
        return new ArticlePlace(first.Span, first.Sentence, first.Text, model.Entities[first.EntityId], PlaceEvidence.Lead);
    }
}
