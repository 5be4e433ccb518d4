namespace ClaimCheck.Cli;

/// <summary>The exit codes of design.md §4.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Findings at or above <c>--fail-on</c>; for <c>rules lint|test</c>, a rule error or a failing example.</summary>
    public const int Findings = 1;

    /// <summary>Bad usage, or input that stopped the run.</summary>
    public const int Stopped = 2;
}
