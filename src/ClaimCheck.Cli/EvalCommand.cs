using System.CommandLine;

namespace ClaimCheck.Cli;

/// <summary><c>claimcheck eval</c>: score ClaimCheck against annotated data sets.</summary>
internal static class EvalCommand
{
    public static Command Build(CliConsole console) => new("eval", "Score ClaimCheck against annotated data sets.")
    {
        EvalTimeMlCommand.Build(console),
        EvalFakesCommand.Build(console),
        EvalGvaCommand.Build(console),
    };
}
