using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Time;

/// <summary>The time recognizer: grammar and lexicons from rules/time. PLACEHOLDER until the Time stage lands.</summary>
public sealed class TimeRecognizer
{
    private TimeRecognizer(ImmutableArray<RuleExample> examples)
    {
        Examples = examples;
    }

    public ImmutableArray<RuleExample> Examples { get; }

    public static TimeRecognizer Load(ImmutableArray<RuleFile> files, DiagnosticBag diagnostics) => new([]);

    public ImmutableArray<TimeMention> Recognize(Document document, DiagnosticBag diagnostics) => [];
}
