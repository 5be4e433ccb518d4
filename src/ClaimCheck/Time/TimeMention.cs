using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCheck.Rules;
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

    /// <summary>
    /// The day this mention dates what its sentence says to: a date or time of a day or finer,
    /// written out or placed from publication ("on Sunday"), not after <paramref name="published"/>;
    /// null for anything else (a week, a month, a duration, a later day).
    /// </summary>
    public DateOnly? DayNamed(DateOnly published) =>
        Value is { Type: TimeType.Date or TimeType.Time, Granularity: >= Granularity.Day and not Granularity.Week, Interval: { } interval } && char.IsDigit(Value.Timex[0])
            && DateOnly.FromDateTime(interval.Earliest) is var day && day <= published
            ? day
            : null;

    /// <summary>
    /// A page's own date stamp: the publication day written in figures ("2016-04-28", "28.04.2016",
    /// "04/28/2016"), which pages print above or beside every article. It dates the page, not what
    /// the story tells, so it is no figure of the story and no day its lead names.
    /// </summary>
    public bool IsPageStamp(DateOnly published) =>
        Value is { Interval: { } day } && DateOnly.FromDateTime(day.Earliest) == published && NumericDate.IsMatch(Text);

    private static readonly Regex NumericDate = new(@"^\d{1,4}[-./]\d{1,2}[-./]\d{2,4}\b", RegexOptions.CultureInvariant, PatternCompiler.MatchTimeout);

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

        if (Value.UtcOffset is { } offset)
        {
            fields["utc-offset"] = (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        }
        else if (Value.Zoned || Value.LocalTime)
        {
            fields["utc-offset"] = "unknown";
        }

        if (Value.OffsetPlace is { } place)
        {
            fields["offset-place"] = place;
        }

        fields["anchor"] = Value.Anchor;
        return fields.ToImmutable();
    }
}
