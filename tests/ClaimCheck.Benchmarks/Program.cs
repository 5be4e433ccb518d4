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

        if (args is ["profile-numbers"])
        {
            NumberRuleProfile.Run();
            return;
        }

        BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
