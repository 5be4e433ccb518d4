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

    /// <summary>The texts every match begins with, searched for without case; null when not known.</summary>
    private readonly SearchValues<string>? beginnings;

    /// <summary>
    /// <c>\G(?:pattern)</c>: an attempt at the given position only. Never compiled: an attempt
    /// costs little interpreted, and compiling the claim rules' attempts would cost about 4 s of
    /// CPU to save 0.07 s per megabyte of text (measured on the 1 MB article's sentences).
    /// </summary>
    private readonly Regex? anchored;

    public MatchStarts(Regex pattern)
    {
        this.pattern = CompiledPatterns.Deferred(pattern);
        // A pattern of its own \G would mean another place; a culture's case rules are not the search's.
        if (!pattern.ToString().Contains(@"\G", StringComparison.Ordinal)
            && ((pattern.Options & RegexOptions.CultureInvariant) != 0 || (pattern.Options & RegexOptions.IgnoreCase) == 0)
            && LiteralPrefilter.BeginningsOf(pattern) is { } texts)
        {
            beginnings = SearchValues.Create(texts.AsSpan(), StringComparison.OrdinalIgnoreCase);
            anchored = new Regex(@"\G(?:" + pattern + ")", pattern.Options, pattern.MatchTimeout);
        }
    }

    /// <summary>Whether the pattern matches anywhere in <paramref name="text"/>, as <c>IsMatch(text)</c> says.</summary>
    public bool IsMatch(ReadOnlySpan<char> text)
    {
        if (!Searches(text))
        {
            return pattern.Value.IsMatch(text);
        }

        for (var start = NextStart(text, 0); start >= 0; start = NextStart(text, start + 1))
        {
            if (anchored!.IsMatch(text, start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every match in <paramref name="text"/>, in order: those of <c>Match(text)</c> and <c>NextMatch()</c> on the pattern.</summary>
    public IEnumerable<Match> Matches(string text)
    {
        if (!Searches(text))
        {
            for (var match = pattern.Value.Match(text); match.Success; match = match.NextMatch())
            {
                yield return match;
            }

            yield break;
        }

        var start = NextStart(text, 0);
        while (start >= 0)
        {
            var match = anchored!.Match(text, start);
            if (match.Success)
            {
                yield return match;
            }

            start = NextStart(text, match.Success ? match.Index + match.Length : start + 1);
        }
    }

    /// <summary>
    /// Whether the search stands in for the engine's scan of <paramref name="text"/>: the
    /// beginnings are known, and the text holds no letter that a case-insensitive regex takes for
    /// an ASCII one (the Kelvin sign for k), which the search would not find.
    /// </summary>
    private bool Searches(ReadOnlySpan<char> text) => beginnings is not null && !text.ContainsAny(LiteralPrefilter.CaseFoldedToAscii);

    /// <summary>The first place at or after <paramref name="from"/> where a match may begin; -1 when there is none.</summary>
    private int NextStart(ReadOnlySpan<char> text, int from) =>
        from < text.Length && text[from..].IndexOfAny(beginnings!) is var skipped and >= 0 ? from + skipped : -1;
}
