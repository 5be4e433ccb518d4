namespace ClaimCheck.Benchmarks;

internal static class Program
{
    private static void Main(string[] args)
    {
        if (args is ["profile-time"])
        {
            TimeRuleProfile.Run();
            return;
        }

        BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
