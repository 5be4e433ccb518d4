using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>Words in quotation marks and, when the text says, who spoke them.</summary>
public sealed record QuoteMention : Mention
{
    public QuoteMention(TextSpan span, string ruleId, int sentence, string text, string? speakerId, string? speakerName)
        : base(span, ruleId, sentence, text)
    {
        SpeakerId = speakerId;
        SpeakerName = speakerName;
    }

    /// <summary>The speaker's entity id, or null when the article does not say who spoke.</summary>
    public string? SpeakerId { get; }

    public string? SpeakerName { get; }

    protected override ImmutableSortedDictionary<string, string> Fields()
    {
        var fields = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        fields["speaker"] = SpeakerId ?? "";
        return fields.ToImmutable();
    }
}
