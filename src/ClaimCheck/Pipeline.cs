using ClaimCheck.Corpus;
using ClaimCheck.Names;
using ClaimCheck.Numbers;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck;

/// <summary>One article after cleaning and recognition.</summary>
public sealed record AnalyzedArticle(
    Document Document,
    ImmutableArray<TimeMention> Times,
    ImmutableArray<QuantityMention> Quantities,
    ImmutableArray<EntityMention> Entities,
    ArticlePlace? Place)
{
    public Article Article => Document.Article;

    /// <summary>Every mention as an observation, for rule examples.</summary>
    public IEnumerable<Observation> Observations =>
        TextRules.Observe(Document)
            .Concat(Times.Select(m => m.Observe()))
            .Concat(Quantities.Select(m => m.Observe()))
            .Concat(Entities.Select(m => m.Observe()))
            .Concat(Place is null ? [] : [Place.Observe()]);
}

/// <summary>The pipeline of design.md §1, stage by stage, over one rule pack.</summary>
public sealed class Pipeline
{
    public Pipeline(RulePack rules)
    {
        Rules = Preconditions.CheckNotNull(rules, nameof(rules));
    }

    public RulePack Rules { get; }

    /// <summary>
    /// Cleans one article and runs the recognizers over it. Regex timeouts become diagnostics. The
    /// numbers read the document and nothing else, so they are found on another thread while the
    /// names and then the times are (the times need the article's place, which the names give): on a
    /// long article that takes the numbers off the others' path, and a check of many articles loses nothing.
    /// </summary>
    public AnalyzedArticle Analyze(Article article, DiagnosticBag diagnostics)
    {
        var document = Rules.Text.Clean(article, diagnostics);
        // Names come before times: the place they give the article is the clock of its "local time".
        var quantities = Task.Run(() => Rules.Numbers.Recognize(document, diagnostics));
        var entities = Rules.Names.Recognize(document, diagnostics);
        var place = Rules.Names.PlaceOf(document, entities);
        var times = Rules.Time.Recognize(document, diagnostics, place);
        // GetResult, not Result: a failure surfaces as itself, as it did when the stages ran in turn.
        return new AnalyzedArticle(document, times, quantities.GetAwaiter().GetResult(), entities, place);
    }
}
