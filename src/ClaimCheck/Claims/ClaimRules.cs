using ClaimCheck.Rules;

namespace ClaimCheck.Claims;

/// <summary>Claim rules (rules/claims) and comparison policies (rules/policies). PLACEHOLDER until the Claims stage lands.</summary>
public sealed class ClaimRules
{
    private ClaimRules(ImmutableArray<RuleExample> examples)
    {
        Examples = examples;
    }

    public ImmutableArray<RuleExample> Examples { get; }

    public static ClaimRules Load(ImmutableArray<RuleFile> claimFiles, ImmutableArray<RuleFile> policyFiles, DiagnosticBag diagnostics) => new([]);
}
