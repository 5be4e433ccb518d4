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
    public static Regex Of(Regex pattern) => Deferred(pattern).Value;

    /// <summary>A compiled regex of the text; the first call for a text compiles it and runs it once, so its code is ready.</summary>
    public static Regex Of(string pattern, RegexOptions options, TimeSpan timeout) => Deferred(pattern, options, timeout).Value;

    /// <summary>
    /// The compiled equivalent of <paramref name="pattern"/>, compiled when first asked for. Compiling
    /// is most of the time a fresh process spends loading the rule pack (about 2 s of 2.5), and a
    /// run that never matches a rule (<c>rules lint</c>) or matches few (one article) need not pay it.
    /// </summary>
    public static Lazy<Regex> Deferred(Regex pattern) => Deferred(pattern.ToString(), pattern.Options, pattern.MatchTimeout);

    /// <inheritdoc cref="Deferred(Regex)"/>
    public static Lazy<Regex> Deferred(string pattern, RegexOptions options, TimeSpan timeout) =>
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
