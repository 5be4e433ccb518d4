using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Names;

/// <summary>
/// The name recognizer: the gazetteer, titles, lexicons and rules of rules/names, compiled once
/// at load. Recognizing reads each sentence (gazetteer longest match, titles, unknown names with
/// cues), then resolves surnames and titles across the article.
/// </summary>
public sealed class NameRecognizer
{
    /// <summary>Files in rules/names that hold test specifications, not rules.</summary>
    public const string SpecSuffix = ".spec.yaml";

    private readonly NameModel model;

    private NameRecognizer(NameModel model)
    {
        this.model = model;
        Matcher = new NameMatcher(model.Matching);
    }

    public ImmutableArray<RuleExample> Examples => model.Examples;

    /// <summary>Compares names across articles (the alignment stage's entry point), with thresholds from rules/names/matching.yaml.</summary>
    public NameMatcher Matcher { get; }

    /// <summary>Whether a word is one news puts right before a person's name ("victim", "manager"): kept with a surname alone ("Manager Black"), it is no given name.</summary>
    public bool IsPersonCue(string word) => model.Lexicons.PersonBefore.ContainsFolded(NameMatcher.Preprocess(word));

    /// <summary>The gazetteer's entities by id.</summary>
    public IReadOnlyDictionary<string, GazetteerEntity> Entities => model.Entities;

    /// <summary>The roles with their holders, by id.</summary>
    public IReadOnlyDictionary<string, Role> Roles => model.Roles;

    internal NameModel Model => model;

    public static NameRecognizer Load(ImmutableArray<RuleFile> files, DiagnosticBag diagnostics) =>
        new(NameModelLoader.Load([.. files.Where(f => !f.Path.EndsWith(SpecSuffix, StringComparison.Ordinal))], diagnostics));

    /// <summary>All name mentions of a document, each resolved to an entity within the document, in text order.</summary>
    public ImmutableArray<EntityMention> Recognize(Document document, DiagnosticBag diagnostics)
    {
        var candidates = new List<NameCandidate>();
        foreach (var sentence in document.Sentences)
        {
            SentenceScanner.Scan(model, document.SentenceText(sentence), sentence.Span, sentence.Index, candidates);
        }

        return [.. DocumentResolver.Resolve(model, Matcher, document.Article.Published, candidates)
            .Select(c => c.ToMention(document.Slice(c.Span)))
            .OrderBy(m => m.Span.Start)
            .ThenBy(m => m.Span.End)];
    }

    /// <summary>Where the article's story happens (its dateline, else the place its lead names most), from the names recognized in it; null when the text does not tell.</summary>
    public ArticlePlace? PlaceOf(Document document, ImmutableArray<EntityMention> entities) =>
        ArticlePlaces.Find(model, document, entities);
}
