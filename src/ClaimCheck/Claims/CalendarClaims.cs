using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Claims;

/// <summary>The day of the week an article gives a date it writes in full ("Tuesday, Feb. 6, 2018").</summary>
public sealed record WeekdayClaimValue(DateOnly Date, DayOfWeek Written) : ClaimValue
{
    public override string Display => $"{Written} {Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";

    /// <summary>Whether the weekday written is the date's own.</summary>
    public bool Right => Date.DayOfWeek == Written;
}

/// <summary>
/// Weekdays written with full dates. Two outlets that give one date different weekdays cannot both
/// be right, and the calendar says which is: a contradiction a fact-checker signs without a source.
/// </summary>
internal static class CalendarClaims
{
    public const string EventType = "calendar";

    public const string Slot = "calendar.weekday";

    public const string RuleId = "calendar.weekday-of-date";

    public static IEnumerable<Claim> Of(AnalyzedArticle analysis, Func<AnalyzedArticle, string, string, ClaimValue, TextSpan, int, string, Claim> make)
    {
        var text = analysis.Document.Text;
        foreach (var mention in analysis.Times)
        {
            if (mention.Value is not { Type: TimeType.Date, Granularity: Granularity.Day, Anchor: "absolute", Interval: { } interval })
            {
                continue;
            }

            var sentence = analysis.Document.Sentences[mention.Sentence].Span;
            var inside = WeekdayFirst.Match(mention.Text);
            var from = Math.Max(sentence.Start, mention.Span.Start - 16);
            var before = inside.Success ? Match.Empty : WeekdayBefore.Match(text[from..mention.Span.Start]);
            var found = inside.Success ? inside : before;
            if (!found.Success || !Enum.TryParse<DayOfWeek>(found.Groups["weekday"].Value, ignoreCase: false, out var written))
            {
                continue;
            }

            var start = inside.Success ? mention.Span.Start : from + found.Index;
            var value = new WeekdayClaimValue(DateOnly.FromDateTime(interval.Earliest), written);
            yield return make(analysis, EventType, Slot, value, TextSpan.FromBounds(start, mention.Span.End), mention.Sentence, RuleId);
        }
    }

    private const string Weekdays = "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private static readonly Regex WeekdayFirst = new($@"^{Weekdays}\b", RegexOptions.CultureInvariant, PatternCompiler.MatchTimeout);

    private static readonly Regex WeekdayBefore = new($@"\b{Weekdays},?\s+(?:the\s+)?$", RegexOptions.CultureInvariant, PatternCompiler.MatchTimeout);
}
