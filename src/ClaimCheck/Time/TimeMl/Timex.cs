using ClaimCheck.Text;

namespace ClaimCheck.Time.TimeMl;

/// <summary>
/// One TIMEX3 annotation over a TimeML document's text: its span in the plain text of TEXT, and
/// its attributes. <see cref="RuleId"/> names the rule that produced a system annotation (null for gold).
/// </summary>
public sealed record Timex
{
    public Timex(TextSpan span, string tid, string type, string value, string? mod = null, string? ruleId = null)
    {
        Preconditions.CheckArgument(span.Length > 0, nameof(span), "a TIMEX3 covers some text");
        Span = span;
        Tid = Preconditions.CheckNotBlank(tid, nameof(tid));
        Type = Preconditions.CheckNotBlank(type, nameof(type));
        Value = value ?? "";
        Mod = string.IsNullOrEmpty(mod) ? null : mod;
        RuleId = ruleId;
    }

    public TextSpan Span { get; }

    public string Tid { get; }

    /// <summary>DATE, TIME, DURATION or SET.</summary>
    public string Type { get; }

    public string Value { get; }

    public string? Mod { get; }

    public string? RuleId { get; }

    /// <summary>The TIMEX3 for a recognized time expression.</summary>
    public static Timex Of(TimeMention mention, string tid) =>
        new(mention.Span, tid, mention.Value.TimexType, mention.Value.Timex, mention.Value.TimexMod, mention.RuleId);
}
