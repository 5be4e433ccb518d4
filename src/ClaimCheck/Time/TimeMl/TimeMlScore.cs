namespace ClaimCheck.Time.TimeMl;

/// <summary>Why a system annotation disagrees with the gold one.</summary>
public enum TimeMlErrorKind
{
    /// <summary>A gold TIMEX3 that no system annotation overlaps.</summary>
    Missed,

    /// <summary>A system annotation that overlaps no gold TIMEX3.</summary>
    Spurious,

    /// <summary>Overlapping, but the spans differ.</summary>
    WrongExtent,

    /// <summary>Matched, but the TIMEX3 type differs.</summary>
    WrongType,

    /// <summary>Matched, but the TIMEX3 value differs.</summary>
    WrongValue,
}

/// <summary>One disagreement, with the texts and values on each side (a side is null when absent).</summary>
public sealed record TimeMlError(TimeMlErrorKind Kind, string Document, Timex? Gold, Timex? System, string? GoldText, string? SystemText)
{
    /// <summary>For a wrong value, what the gold value itself gets wrong, if anything.</summary>
    public GoldValueIssue GoldIssue { get; init; }

    /// <summary>
    /// What errors are grouped by: the kind, and the system rule or (for misses) the gold type; a
    /// wrong value whose gold is misspelled or names another weekday is grouped apart.
    /// </summary>
    public string Cause => Kind switch
    {
        TimeMlErrorKind.WrongValue when GoldIssue == GoldValueIssue.Spelling => $"wrong value, gold spelled otherwise {System!.RuleId}",
        TimeMlErrorKind.WrongValue when GoldIssue == GoldValueIssue.WrongWeekday => $"wrong value, gold date not its weekday {System!.RuleId}",
        TimeMlErrorKind.Missed => $"missed {Gold!.Type}",
        TimeMlErrorKind.Spurious => $"spurious {System!.RuleId}",
        TimeMlErrorKind.WrongExtent => $"wrong extent {System!.RuleId}",
        TimeMlErrorKind.WrongType => $"wrong type {System!.RuleId}",
        _ => $"wrong value {System!.RuleId}",
    };
}

/// <summary>
/// TempEval-3 style figures over a set of documents. Strict extent counts identical spans, relaxed
/// extent overlapping ones; type and value accuracy are over the relaxed one-to-one matches, and
/// value F1 is relaxed F1 times value accuracy.
/// </summary>
public sealed record TimeMlScore
{
    public int Documents { get; init; }

    public int Gold { get; init; }

    public int System { get; init; }

    /// <summary>System annotations whose span equals a gold span (and gold ones equal to a system span).</summary>
    public int StrictSystem { get; init; }

    public int StrictGold { get; init; }

    /// <summary>System annotations that overlap a gold one (and gold ones that overlap a system one).</summary>
    public int RelaxedSystem { get; init; }

    public int RelaxedGold { get; init; }

    /// <summary>One-to-one pairs of overlapping gold and system annotations, over which attributes are compared.</summary>
    public int Matched { get; init; }

    public int TypeCorrect { get; init; }

    public int ValueCorrect { get; init; }

    /// <summary>Values equal once the gold spelling is TIMEX3's ("2000-W7" = "2000-W07"); not a TempEval-3 figure.</summary>
    public int ValueCorrectAnySpelling { get; init; }

    /// <summary>Matched gold dates, differing from the system's, that fall on another weekday than their text names.</summary>
    public int GoldWrongWeekday { get; init; }

    public ImmutableArray<TimeMlError> Errors { get; init; } = [];

    public double StrictPrecision => Ratio(StrictSystem, System);

    public double StrictRecall => Ratio(StrictGold, Gold);

    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    public double RelaxedPrecision => Ratio(RelaxedSystem, System);

    public double RelaxedRecall => Ratio(RelaxedGold, Gold);

    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    public double TypeAccuracy => Ratio(TypeCorrect, Matched);

    public double ValueAccuracy => Ratio(ValueCorrect, Matched);

    public double ValueF1 => RelaxedF1 * ValueAccuracy;

    public double ValueF1AnySpelling => RelaxedF1 * Ratio(ValueCorrectAnySpelling, Matched);

    /// <summary>The errors grouped by cause, the largest group first, then by name, so the listing is stable.</summary>
    public IEnumerable<IGrouping<string, TimeMlError>> ErrorsByCause() =>
        Errors.GroupBy(e => e.Cause).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
