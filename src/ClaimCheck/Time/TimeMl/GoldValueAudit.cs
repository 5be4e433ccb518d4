using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimCheck.Time.TimeMl;

/// <summary>What is wrong with a gold value on its own, as far as it can be told without knowing the right one.</summary>
public enum GoldValueIssue
{
    None,

    /// <summary>
    /// The value names its period in a spelling other than TIMEX3's: an unpadded ISO week
    /// ("2000-W7"), a TIMEX2 decade or century ("198X", "19XX"), or a year written with unknown
    /// months or days ("1968-XX", "1998-XX-XX").
    /// </summary>
    Spelling,

    /// <summary>The text names a weekday and the value is a date on another one ("Tuesday" = 2000-04-05, a Wednesday).</summary>
    WrongWeekday,
}

/// <summary>
/// Checks a gold TIMEX3 value against the TIMEX3 spelling and against its own text, so that the
/// errors the scorer reports can tell annotation slips from system mistakes. The scorer's figures
/// stay TempEval-3's exact string comparison; this only explains and, separately, re-counts them.
/// </summary>
public static partial class GoldValueAudit
{
    /// <summary>
    /// Why a gold value differs from the system's for reasons of its own: it is the system's value
    /// in another spelling, or a date on another weekday than its text names.
    /// </summary>
    public static GoldValueIssue Explain(string goldText, string goldValue, string systemValue)
    {
        var value = goldValue.Trim();
        if (Canonical(value) != value && string.Equals(Canonical(value), systemValue.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return GoldValueIssue.Spelling;
        }

        var named = BareWeekday().Match(goldText.Trim());
        var date = LeadingDate().Match(value);
        return named.Success && date.Success
            && DateOnly.TryParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && !named.Groups["weekday"].Value.Equals(day.DayOfWeek.ToString(), StringComparison.OrdinalIgnoreCase)
            ? GoldValueIssue.WrongWeekday
            : GoldValueIssue.None;
    }

    /// <summary>The TIMEX3 spelling of a value: "2000-W7" → "2000-W07", "198X" → "198", "1968-XX" → "1968"; others unchanged.</summary>
    public static string Canonical(string value)
    {
        var week = UnpaddedWeek().Match(value);
        if (week.Success)
        {
            return $"{week.Groups["year"].Value}-W0{week.Groups["week"].Value}{week.Groups["rest"].Value}";
        }

        var padded = XPadded().Match(value);
        return padded.Success ? padded.Groups["period"].Value : value;
    }

    [GeneratedRegex(@"^(?<year>\d{4})-W(?<week>\d)(?<rest>(?:-.*)?)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnpaddedWeek();

    [GeneratedRegex(@"^(?:(?<period>\d{3})X|(?<period>\d{2})XX|(?<period>\d{4}))(?:-XX){0,2}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex XPadded();

    /// <summary>A weekday, perhaps with a clock time before it or a part of the day after it, and nothing else.</summary>
    [GeneratedRegex(@"^(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+(?:[A-Z]{3}\s+)?)?(?<weekday>sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:'s|’s)?(?:\s+(?:morning|afternoon|evening|night))?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BareWeekday();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LeadingDate();
}
