using System.Globalization;
using ClaimCheck.Text;

namespace ClaimCheck.Numbers;

/// <summary>A number or counted quantity found in a sentence.</summary>
public sealed record QuantityMention : Mention
{
    public QuantityMention(TextSpan span, string ruleId, int sentence, string text, Quantity value)
        : base(span, ruleId, sentence, text)
    {
        Value = Preconditions.CheckNotNull(value, nameof(value));
    }

    public Quantity Value { get; }

    protected override ImmutableSortedDictionary<string, string> Fields()
    {
        static string N(decimal d) => d.ToString("0.###", CultureInfo.InvariantCulture);
        var fields = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        fields["value"] = N(Value.Value);
        fields["low"] = Value.Low is { } low ? N(low) : "";
        fields["high"] = Value.High is { } high ? N(high) : "";
        fields["exact"] = Value.Exact ? "true" : "false";
        if (Value.Hedge is { } hedge)
        {
            fields["hedge"] = hedge;
        }

        if (Value.Noun is { } noun)
        {
            fields["noun"] = noun;
        }

        if (Value.Category is { } category)
        {
            fields["category"] = category;
        }

        if (Value.Unit is { } unit)
        {
            fields["unit"] = unit;
        }

        if (Value.Per is { } per)
        {
            fields["per"] = per.Iso;
        }

        return fields.ToImmutable();
    }
}
