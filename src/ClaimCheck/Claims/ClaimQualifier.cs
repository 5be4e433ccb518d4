using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>What a qualifier does to the meaning of a claim's value (design.md §1a).</summary>
public enum QualifierKind
{
    /// <summary>The value is part of a larger whole ("one of the five killed", "two of the injured"): a part never contradicts its whole, so it is not compared.</summary>
    Part,

    /// <summary>The value covers another scope than the event's own (several incidents, a year, a city): it is not compared with the event's values.</summary>
    Scope,

    /// <summary>The value is feared, expected or possible, not stated as fact: it is not compared.</summary>
    Modal,

    /// <summary>The value counts something in or out that others may not (the attacker among the dead): values that differ by no more than <see cref="ClaimQualifier.Adds"/> are reconciled.</summary>
    Includes,

    /// <summary>The value is a running count that the text says has just risen ("the toll surged to 23"): a lower count of the same day is an earlier state of it, not a contradiction.</summary>
    Rising,

    /// <summary>The day the value is said to hold for ("on Saturday"), from a date in its sentence: values of days more than a day apart are about different incidents.</summary>
    Day,
}

/// <summary>
/// A qualifier of a claim: its kind, what it is about (<c>perpetrator</c>, a day), how many it can
/// add or take away, and the rule and span that found it (for an article-wide qualifier, the
/// sentence that states it).
/// </summary>
public sealed record ClaimQualifier
{
    public ClaimQualifier(QualifierKind kind, string? of, int adds, string ruleId, TextSpan span)
    {
        Preconditions.CheckArgument(adds >= 0, nameof(adds), "must not be negative");
        Kind = kind;
        Of = of;
        Adds = adds;
        RuleId = Preconditions.CheckNotBlank(ruleId, nameof(ruleId));
        Span = span;
    }

    public QualifierKind Kind { get; }

    /// <summary>What the qualifier is about: what is included ("perpetrator"), the scope ("incidents", "period"), the day (yyyy-MM-dd).</summary>
    public string? Of { get; }

    /// <summary>For <see cref="QualifierKind.Includes"/>: how much the value may differ from one that does not count the same.</summary>
    public int Adds { get; }

    public string RuleId { get; }

    /// <summary>Where the qualifier is written.</summary>
    public TextSpan Span { get; }

    /// <summary>As a rule author reads it: <c>part</c>, <c>scope:incidents</c>, <c>includes:perpetrator</c>, <c>day:2016-03-05</c>.</summary>
    public string Display => Of is null ? Kind.ToString().ToLowerInvariant() : $"{Kind.ToString().ToLowerInvariant()}:{Of}";
}
