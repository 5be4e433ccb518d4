namespace ClaimCheck.Cli;

internal static class Program
{
    private static int Main(string[] args) => ClaimCheckCommand.Run(args, CliConsole.FromProcess());
}
