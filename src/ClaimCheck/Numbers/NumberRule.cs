using System.Text.RegularExpressions;
using ClaimCheck.Time;

namespace ClaimCheck.Numbers;

/// <summary>
/// One compiled rule of rules/numbers. A match is read by its named groups: <c>number</c>, or
/// <c>low</c> and <c>high</c>, or <c>vague</c> (with <c>scale</c>) give the value; <c>hedge</c>
/// bounds it; <c>noun</c> is the counted noun, <c>verb</c> a casualty verb; <c>unit</c> a percent
/// sign, currency or measure; <c>every</c> and <c>period</c> the period of a rate; any other
/// named group (<c>lead</c>) only widens the mention's span.
/// </summary>
internal sealed record NumberRule(string Id, Regex Pattern, string File, int Line, int Column, string? Category, string? Unit)
{
    /// <summary>Groups of which a rule's pattern must capture at least one, or it could never give a value.</summary>
    public static readonly ImmutableArray<string> ValueGroups = ["number", "low", "vague", "ordinal"];

    /// <summary>A pattern that must match somewhere in a sentence before the rule is tried there, or null.</summary>
    public Regex? Requires { get; init; }

    /// <summary>The quantity a match stands for, or null when its number is not well formed (e.g. "one two people").</summary>
    public Quantity? Interpret(Match match, NumberLexicon lexicon)
    {
        string? Group(string name) => match.Groups[name] is { Success: true } g ? g.Value : null;

        decimal value;
        decimal? low, high;
        string? vagueText = null;
        if (Group("number") is { } number)
        {
            if (lexicon.ParseNumber(number) is not { } parsed)
            {
                return null;
            }

            value = parsed;
            low = high = parsed;
        }
        else if (Group("low") is { } lowText && Group("high") is { } highText)
        {
            if (Range(lowText, highText, lexicon) is not { } range)
            {
                return null;
            }

            (value, low, high) = (range.Low, range.Low, range.High);
        }
        else if (Group("ordinal") is { } ordinal)
        {
            if (lexicon.ParseOrdinal(ordinal) is not { } nth)
            {
                return null;
            }

            value = nth;
            low = high = nth;
        }
        else if (Group("vague") is { } vague && lexicon.VagueOf(vague) is { } interval)
        {
            var scaleGroup = match.Groups["scale"];
            var scale = scaleGroup.Success ? lexicon.VagueScaleOf(scaleGroup.Value) ?? 1 : 1;
            (value, low, high) = (interval.Low * scale, interval.Low * scale, ((interval.High + 1) * scale) - 1);
            var vagueGroup = match.Groups["vague"];
            var end = scaleGroup.Success ? scaleGroup.Index + scaleGroup.Length : vagueGroup.Index + vagueGroup.Length;
            vagueText = NumberLexicon.Normalize(match.Value[(vagueGroup.Index - match.Index)..(end - match.Index)]);
        }
        else
        {
            return null;
        }

        var hedgeText = Group("hedge");
        if (hedgeText is not null && lexicon.HedgeOf(hedgeText) is { } hedge)
        {
            (low, high) = low == high
                ? lexicon.Bounds.Apply(hedge, value)
                : HedgeBounds.Apply(hedge, low!.Value, high!.Value);
        }

        var noun = Group("noun") is { } nounText ? NumberLexicon.Normalize(nounText) : null;
        var category = (noun is null ? null : lexicon.CategoryOf(noun))
            ?? (Group("verb") is { } verb ? lexicon.VerbCategoryOf(verb) : null)
            ?? Category;
        var unit = (Group("unit") is { } unitText ? lexicon.UnitOf(unitText) : null)
            ?? Unit
            ?? (value is > 0 and < 1 ? "proportion" : null);
        var hedgeWords = string.Join(' ', new[] { hedgeText is null ? null : NumberLexicon.Normalize(hedgeText), vagueText }.OfType<string>());
        return new Quantity(value, low, high)
        {
            Hedge = hedgeWords.Length > 0 ? hedgeWords : null,
            Vague = vagueText is not null,
            Noun = noun,
            Category = category,
            Unit = unit,
            Per = Period(Group("every"), Group("period"), lexicon),
        };
    }

    /// <summary>
    /// "between 5 and 6 million" is 5 to 6 million: a scale written only on the high end carries
    /// over to the low end when that keeps the range in order. A range whose ends are out of order is no range.
    /// </summary>
    private static (decimal Low, decimal High)? Range(string lowText, string highText, NumberLexicon lexicon)
    {
        if (lexicon.ParseNumber(lowText) is not { } low || lexicon.ParseNumber(highText) is not { } high)
        {
            return null;
        }

        if (lexicon.TrailingScaleOf(highText) is { } scale && lexicon.TrailingScaleOf(lowText) is null && low * scale <= high)
        {
            low *= scale;
        }

        return low < high ? (low, high) : null;
    }

    private static DurationValue? Period(string? every, string? period, NumberLexicon lexicon)
    {
        if (period is null || lexicon.TimeUnitOf(period) is not { } unit)
        {
            return null;
        }

        var amount = every is null ? 1 : lexicon.ParseNumber(every);
        return amount is > 0 ? DurationValue.Exact(amount.Value, unit) : null;
    }
}
