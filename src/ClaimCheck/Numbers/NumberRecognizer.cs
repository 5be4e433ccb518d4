using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Numbers;

/// <summary>The number and quantity recognizer: grammar and lexicons from rules/numbers. PLACEHOLDER until the Numbers stage lands.</summary>
public sealed class NumberRecognizer
{
    private NumberRecognizer(ImmutableArray<RuleExample> examples)
    {
        Examples = examples;
    }

    public ImmutableArray<RuleExample> Examples { get; }

    public static NumberRecognizer Load(ImmutableArray<RuleFile> files, DiagnosticBag diagnostics) => new([]);

    public ImmutableArray<QuantityMention> Recognize(Document document, DiagnosticBag diagnostics) => [];
}
