using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Names;

/// <summary>The name recognizer: gazetteer and patterns from rules/names. PLACEHOLDER until the Names stage lands.</summary>
public sealed class NameRecognizer
{
    private NameRecognizer(ImmutableArray<RuleExample> examples)
    {
        Examples = examples;
    }

    public ImmutableArray<RuleExample> Examples { get; }

    public static NameRecognizer Load(ImmutableArray<RuleFile> files, DiagnosticBag diagnostics) => new([]);

    /// <summary>All name mentions of a document, each resolved to an entity within the document.</summary>
    public ImmutableArray<EntityMention> Recognize(Document document, DiagnosticBag diagnostics) => [];
}
