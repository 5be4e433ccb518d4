using System.Text.RegularExpressions;
using ClaimCheck.Rules;

namespace ClaimCheck.Time;

/// <summary>
/// One time rule from rules/time: a pattern whose named groups (year, month, amount, unit, ...)
/// the resolver interprets, the kind of value it builds, and the options the rule declares.
/// </summary>
public sealed record TimeRule
{
    /// <summary>The named groups the resolver knows; a pattern using any other name is rejected at load.</summary>
    public static readonly ImmutableHashSet<string> KnownGroups = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "year", "decade", "century", "quarter", "month", "day", "weekday", "part", "mod", "direction",
        "amount", "half", "unit", "deictic", "partofday", "hour", "minute", "ampm", "season", "frame", "yeardirection", "weekend", "holiday", "week", "dayshift", "anaphor", "done", "zone", "localtime", "dayedge", "monthweek", "rangestart", "shortyear", "daytime", "topublication", "endmonth", "order");

    public TimeRule(string id, TimeType type, Regex pattern, string file, int line, int column)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Type = type;
        Pattern = Preconditions.CheckNotNull(pattern, nameof(pattern));
        IsAnaphoric = pattern.GroupNumberFromName("anaphor") >= 0;
        File = file;
        Line = line;
        Column = column;
    }

    public string Id { get; }

    public TimeType Type { get; }

    public Regex Pattern { get; }

    /// <summary>
    /// A quick test the whole sentence must pass before <see cref="Pattern"/> runs on it (e.g. "has a
    /// unit word"): it saves scanning long sentences with patterns that cannot match there.
    /// </summary>
    public Regex? Requires { get; init; }

    /// <summary>The duration is the age of what it describes ("two-month-old ceasefire").</summary>
    public bool IsAge { get; init; }

    /// <summary>A fixed TIMEX3 value for vague references ("PRESENT_REF", "FUTURE_REF", "PAST_REF").</summary>
    public string? FixedValue { get; init; }

    /// <summary>The unit when the pattern has no <c>unit</c> group ("daily" counts days).</summary>
    public UnitWord? Unit { get; init; }

    /// <summary>
    /// The pattern has an <c>anaphor</c> group ("that day"): its matches count from an earlier date of
    /// the story, so they are resolved after the sentence's other expressions.
    /// </summary>
    public bool IsAnaphoric { get; }

    /// <summary>Breaks ties between matches of the same span: the higher wins.</summary>
    public int Priority { get; init; }

    /// <summary>The literals a sentence must hold for the pattern to match, read off it at load (null: none known).</summary>
    internal LiteralPrefilter? Prefilter { get; init; }

    public string File { get; }

    public int Line { get; }

    public int Column { get; }
}
