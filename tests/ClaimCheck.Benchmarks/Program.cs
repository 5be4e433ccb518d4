namespace ClaimCheck.Benchmarks;

internal static class Program
{
    private static void Main(string[] args)
    {
        if (args is ["profile-time"] or ["profile-time", "timebank" or "gva"])
        {
            TimeRuleProfile.Run(args is [_, var corpus] ? corpus : "timebank");
            return;
        }

        if (args is ["time-stories"] or ["time-stories", _])
        {
            StoryTiming.Run(args is [_, var copies] ? int.Parse(copies, System.Globalization.CultureInfo.InvariantCulture) : 20);
            return;
        }

        if (args is ["profile-stories"])
        {
            StoryProfile.Run();
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
