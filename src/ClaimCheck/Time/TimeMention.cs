using System.Globalization;
using ClaimCheck.Text;

namespace ClaimCheck.Time;

/// <summary>A time expression found in a sentence, with its normalized value.</summary>
public sealed record TimeMention : Mention
{
    public TimeMention(TextSpan span, string ruleId, int sentence, string text, TimeValue value)
        : base(span, ruleId, sentence, text)
    {
        Value = Preconditions.CheckNotNull(value, nameof(value));
    }

    public TimeValue Value { get; }

    protected override ImmutableSortedDictionary<string, string> Fields()
    {
        var fields = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        fields["value"] = Value.Timex;
        fields["type"] = Value.TimexType;
        fields["granularity"] = Value.Granularity.ToString().ToLowerInvariant();
        if (Value.TimexMod is { } mod)
        {
            fields["mod"] = mod;
        }

        if (Value.Interval is { } interval)
        {
            fields["earliest"] = interval.Earliest.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
            fields["latest"] = interval.Latest.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        }

        if (Value.Duration is { } duration)
        {
            fields["min"] = duration.Minimum.ToString("0.###", CultureInfo.InvariantCulture);
            fields["max"] = duration.Maximum?.ToString("0.###", CultureInfo.InvariantCulture) ?? "open";
        }

        if (Value.Approximate)
        {
            fields["approximate"] = "true";
        }

        if (Value.IsAge)
        {
            fields["age"] = "true";
        }

        fields["anchor"] = Value.Anchor;
        return fields.ToImmutable();
    }
}
