using ClaimCheck.Corpus;
using ClaimCheck.Rules;

namespace ClaimCheck.Text;

/// <summary>
/// The clean stage: boilerplate patterns (rules/text) and the sentence and token splitter.
/// PLACEHOLDER until the Text stage lands: one sentence per non-blank line.
/// </summary>
public sealed class TextRules
{
    private TextRules(ImmutableArray<RuleExample> examples)
    {
        Examples = examples;
    }

    public ImmutableArray<RuleExample> Examples { get; }

    public static TextRules Load(ImmutableArray<RuleFile> files, DiagnosticBag diagnostics) => new([]);

    public Document Clean(Article article)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var start = 0;
        var text = article.Text;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (!string.IsNullOrWhiteSpace(text[start..end]))
            {
                sentences.Add(new Sentence(sentences.Count, TextSpan.FromBounds(start, end), [], 0));
            }

            start = end + 1;
        }

        return new Document(article, sentences.ToImmutable(), []);
    }

    /// <summary>Observations for rule examples: each removed span.</summary>
    public static IEnumerable<Observation> Observe(Document document) =>
        document.Removed.Select(r => new Observation(r.RuleId, ImmutableSortedDictionary<string, string>.Empty.Add("text", document.Slice(r.Span))));
}
