using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace ClaimCheck.Rules;

/// <summary>
/// Recognizer patterns compiled to code (<see cref="RegexOptions.Compiled"/>), once per process:
/// compiling and JIT-ing a pattern costs far more than running it over an article, and a process
/// that loads the rule pack several times (the test suite, a server reloading rules) would
/// otherwise pay it on every load. A regex is immutable and thread-safe, so one instance per
/// pattern text, options and timeout serves every recognizer that uses it.
/// </summary>
internal static class CompiledPatterns
{
    private static readonly ConcurrentDictionary<(string Pattern, RegexOptions Options, TimeSpan Timeout), Lazy<Regex>> Cache = new();

    /// <summary>The compiled equivalent of <paramref name="pattern"/>: same text, options and match timeout.</summary>
    public static Regex Of(Regex pattern) => Compiled(pattern.ToString(), pattern.Options, pattern.MatchTimeout).Value;

    /// <summary>
    /// <paramref name="pattern"/> interpreted at first, compiled once it has been used often enough
    /// (<see cref="TieredRegex"/>). Compiling is most of the CPU a fresh process spends on the rule
    /// pack (about 3 s for all rules), which a run over a few hundred articles never earns back.
    /// </summary>
    public static TieredRegex Deferred(Regex pattern) => new(pattern, Compiled(pattern.ToString(), pattern.Options, pattern.MatchTimeout));

    private static Lazy<Regex> Compiled(string pattern, RegexOptions options, TimeSpan timeout) =>
        Cache.GetOrAdd((pattern, options | RegexOptions.Compiled, timeout), key => new Lazy<Regex>(() => WarmedUp(key.Pattern, key.Options, key.Timeout)));

    /// <summary>
    /// Runs the new pattern once, so that JIT-compiling its code happens here and is not charged to
    /// the match timeout of the first article (which, on a busy machine, it can exceed).
    /// </summary>
    private static Regex WarmedUp(string pattern, RegexOptions options, TimeSpan timeout)
    {
        const string Sample = "On Monday, 3 March 2016, more than four hours ago, at 10:30 a.m. every 25 minutes, the two-month-old war killed 12 people.";
        var regex = new Regex(pattern, options, timeout);
        try
        {
            regex.Match(Sample);
        }
        catch (RegexMatchTimeoutException)
        {
            // Only the compile was slow; real matches are timed and reported when they run.
        }

        return regex;
    }
}

/// <summary>
/// A rule's regex, interpreted for its first <see cref="CompileAfter"/> uses and compiled to code
/// from then on: a rule run on a few sentences is not worth compiling (about 10 ms of CPU each),
/// one run on thousands is (compiled rules run about 1.7 times faster; measured on GVA: a
/// 300-article check took 3.7 s of CPU all compiled and 1.3 s all interpreted, while the stages
/// run 0.85 ms per article compiled and 1.5 ms interpreted). A pattern longer than
/// <see cref="MaxCompiledLength"/> stays interpreted. Thread-safe; the regexes are the same
/// pattern, so results do not depend on which one ran.
/// </summary>
public sealed class TieredRegex
{
    /// <summary>Uses after which the compiled form takes over.</summary>
    public const int CompileAfter = 2000;

    /// <summary>
    /// Characters of pattern text past which compiling does not pay. The JIT leaves a method past
    /// its size limits unoptimized (see <see cref="PatternChunks"/>), so such a pattern runs no
    /// faster compiled, and it costs 100 to 400 ms of CPU to build. Measured on the sentences of a
    /// 1 MB article, interpreted against compiled: frames.date (6,347 characters) 335 against
    /// 603 ms, frames.value (3,105) 262 against 369 ms, frames.end (2,063) 40 against 40 ms, but
    /// frames.duration-sentenced (1,642) 107 against 17 ms; on a 4 MB article the number stage,
    /// whose three longest patterns have 4,000 to 13,000 characters, took about 0.6 s instead of 1.2 s.
    /// </summary>
    public const int MaxCompiledLength = 2000;

    private readonly Regex interpreted;
    private readonly Lazy<Regex> compiled;
    private readonly bool compiles;
    private int uses;

    internal TieredRegex(Regex interpreted, Lazy<Regex> compiled)
    {
        this.interpreted = Preconditions.CheckNotNull(interpreted, nameof(interpreted));
        this.compiled = compiled;
        compiles = interpreted.ToString().Length <= MaxCompiledLength;
    }

    /// <summary>The regex to run now; each call counts as one use.</summary>
    public Regex Value =>
        compiles && (Volatile.Read(ref uses) >= CompileAfter || Interlocked.Increment(ref uses) > CompileAfter)
            ? compiled.Value
            : interpreted;
}
