using System.Buffers;
using System.Text.RegularExpressions;

namespace ClaimCheck.Rules;

/// <summary>
/// A pattern run only where a match of it can begin. When every match begins with one of a few
/// hundred texts (<see cref="LiteralPrefilter.BeginningsOf"/>: a frame's concept words and the
/// marker of its mention), one vectorized search finds those places and the pattern is tried
/// anchored (<c>\G</c>) at each, left to right. The regex engine itself would try the pattern at
/// every position whose first character fits, which for a frame is nearly every letter, running
/// its whole word list each time. The matches are the same: the engine also returns the first
/// position, from the left, at which an attempt succeeds, and no match can begin elsewhere; a
/// match never being empty, the next search starts where it ends, as the engine's would.
/// Immutable and shared by threads.
/// </summary>
internal sealed class MatchStarts
{
    private readonly TieredRegex pattern;

    /// <summary>
    /// The search, made on first use: reading a pattern's beginnings costs about 1 ms, and a run
    /// over a few articles leaves most rules closed by their prefilters. Null inside when the
    /// beginnings are not known.
    /// </summary>
    private readonly Lazy<Search?> search;

    public MatchStarts(Regex pattern)
    {
        this.pattern = CompiledPatterns.Deferred(pattern);
        search = new(() => Search.Of(pattern));
    }

    /// <summary>
    /// The texts every match begins with (searched for without case), and <c>\G(?:pattern)</c>:
    /// an attempt at one position only. The attempt is never compiled: it costs little
    /// interpreted, and compiling the claim rules' attempts would cost about 4 s of CPU to save
    /// 0.07 s per megabyte of text (measured on the 1 MB article's sentences).
    /// </summary>
    private sealed record Search(SearchValues<string> Beginnings, Regex Anchored)
    {
        public static Search? Of(Regex pattern) =>
            // A pattern of its own \G would mean another place; a culture's case rules are not the search's.
            !pattern.ToString().Contains(@"\G", StringComparison.Ordinal)
            && ((pattern.Options & RegexOptions.CultureInvariant) != 0 || (pattern.Options & RegexOptions.IgnoreCase) == 0)
            && LiteralPrefilter.BeginningsOf(pattern) is { } texts
                ? new Search(SearchValues.Create(texts.AsSpan(), StringComparison.OrdinalIgnoreCase), new Regex(@"\G(?:" + pattern + ")", pattern.Options, pattern.MatchTimeout))
                : null;

        /// <summary>The first place at or after <paramref name="from"/> where a match may begin; -1 when there is none.</summary>
        public int NextStart(ReadOnlySpan<char> text, int from) =>
            from < text.Length && text[from..].IndexOfAny(Beginnings) is var skipped and >= 0 ? from + skipped : -1;
    }

    /// <summary>Whether the pattern matches anywhere in <paramref name="text"/>, as <c>IsMatch(text)</c> says.</summary>
    public bool IsMatch(ReadOnlySpan<char> text)
    {
        if (SearchFor(text) is not { } found)
        {
            return pattern.Value.IsMatch(text);
        }

        for (var start = found.NextStart(text, 0); start >= 0; start = found.NextStart(text, start + 1))
        {
            if (found.Anchored.IsMatch(text, start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every match in <paramref name="text"/>, in order: those of <c>Match(text)</c> and <c>NextMatch()</c> on the pattern.</summary>
    public IEnumerable<Match> Matches(string text)
    {
        if (SearchFor(text) is not { } found)
        {
            for (var match = pattern.Value.Match(text); match.Success; match = match.NextMatch())
            {
                yield return match;
            }

            yield break;
        }

        var start = found.NextStart(text, 0);
        while (start >= 0)
        {
            var match = found.Anchored.Match(text, start);
            if (match.Success)
            {
                yield return match;
            }

            start = found.NextStart(text, match.Success ? match.Index + match.Length : start + 1);
        }
    }

    /// <summary>
    /// The search, when it stands in for the engine's scan of <paramref name="text"/>: the
    /// beginnings are known, and the text holds no letter that a case-insensitive regex takes for
    /// an ASCII one (the Kelvin sign for k), which the search would not find.
    /// </summary>
    private Search? SearchFor(ReadOnlySpan<char> text) =>
        search.Value is { } found && !text.ContainsAny(LiteralPrefilter.CaseFoldedToAscii) ? found : null;
}
