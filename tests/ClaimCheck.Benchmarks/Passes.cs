using System.Diagnostics;

namespace ClaimCheck.Benchmarks;

/// <summary>Timing for the rule profilers: the best of several passes, which the noise of a shared machine only ever lengthens.</summary>
internal static class Passes
{
    public const int Default = 5;

    /// <summary>The shortest of <paramref name="count"/> runs of <paramref name="pass"/>, in milliseconds.</summary>
    public static double Best(Action pass, int count = Default)
    {
        var best = double.MaxValue;
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            pass();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }

        return best;
    }
}
