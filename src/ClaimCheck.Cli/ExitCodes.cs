namespace ClaimCheck.Cli;

/// <summary>The exit codes of design.md §4.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Findings at or above <c>--fail-on</c>; for <c>rules lint|test</c>, a rule error or a failing example.</summary>
    public const int Findings = 1;

    /// <summary>Bad usage, or input that stopped the run.</summary>
    public const int Stopped = 2;

    /// <summary>ClaimCheck itself failed (an exception no input should cause): a bug, never a verdict on the articles.</summary>
    public const int Failure = 3;

    /// <summary>The exit codes as <c>--help</c> lists them.</summary>
    public const string Help =
        "Exit codes: 0 the run finished (bad inputs, if any, reported and skipped); 1 findings at or above --fail-on, " +
        "a failed 'must' of --expect, or rule errors and failing examples for 'rules lint|test'; 2 bad usage or input that " +
        "stopped the run; 3 ClaimCheck itself failed (a bug: --verbose prints the stack trace).";
}
