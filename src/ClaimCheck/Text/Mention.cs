using ClaimCheck.Rules;

namespace ClaimCheck.Text;

/// <summary>
/// Something a recognizer found in a sentence: a time, a quantity, an entity or a quote. Every
/// mention carries the rule that produced it and its exact span, so evidence can be quoted.
/// </summary>
public abstract record Mention
{
    protected Mention(TextSpan span, string ruleId, int sentence, string text)
    {
        Preconditions.CheckArgument(text.Length == span.Length, nameof(text), "text must be the span's text");
        Span = span;
        RuleId = Preconditions.CheckNotBlank(ruleId, nameof(ruleId));
        Sentence = sentence;
        Text = text;
    }

    public TextSpan Span { get; }

    public string RuleId { get; }

    /// <summary>Index of the sentence the mention is in.</summary>
    public int Sentence { get; }

    /// <summary>The exact text of the span.</summary>
    public string Text { get; }

    /// <summary>The mention as observation fields; rule examples state expectations in these.</summary>
    public Observation Observe() =>
        new(RuleId, Fields().Add("text", Text));

    protected abstract ImmutableSortedDictionary<string, string> Fields();
}
