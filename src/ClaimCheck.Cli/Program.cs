namespace ClaimCheck.Cli;

internal static class Program
{
    private static int Main(string[] args) => ClaimCheckCommand.Build().Parse(args).Invoke();
}
