using System.CommandLine;

namespace ClaimCheck.Cli;

/// <summary>The <c>claimcheck</c> command tree. PLACEHOLDER until the CLI lands.</summary>
internal static class ClaimCheckCommand
{
    public static RootCommand Build() => new("ClaimCheck: compare what news outlets claim about the same events.");
}
