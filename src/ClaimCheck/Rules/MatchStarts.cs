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

    /// <summary><c>\G(?:pattern)</c>: an attempt at the given position only.</summary>
    private readonly TieredRegex? anchored;

    public MatchStarts(Regex pattern)
    {
        this.pattern = CompiledPatterns.Deferred(pattern);
        // A pattern of its own \G would mean another place; a culture's case rules are not the search's.
        if (!pattern.ToString().Contains(@"\G", StringComparison.Ordinal)
            && ((pattern.Options & RegexOptions.CultureInvariant) != 0 || (pattern.Options & RegexOptions.IgnoreCase) == 0)
            && LiteralPrefilter.BeginningsOf(pattern) is { } texts)
        {
            beginnings = SearchValues.Create(texts.AsSpan(), StringComparison.OrdinalIgnoreCase);
            anchored = CompiledPatterns.Deferred(new Regex(@"\G(?:" + pattern + ")", pattern.Options, pattern.MatchTimeout));
        }
    }

    /// <summary>Every match in <paramref name="text"/>, in order: those of <c>Match(text)</c> and <c>NextMatch()</c> on the pattern.</summary>
    public IEnumerable<Match> Matches(string text)
    {
        // Letters a case-insensitive regex takes for ASCII ones (the Kelvin sign for k) are not
        // found by the search, so such a text is scanned as the engine does.
        if (beginnings is null || text.AsSpan().ContainsAny(LiteralPrefilter.CaseFoldedToAscii))
        {
            for (var match = pattern.Value.Match(text); match.Success; match = match.NextMatch())
            {
                yield return match;
            }

            yield break;
        }

        var from = 0;
        while (from < text.Length && text.AsSpan(from).IndexOfAny(beginnings) is var skipped and >= 0)
        {
            var match = anchored!.Value.Match(text, from + skipped);
            if (match.Success)
            {
                yield return match;
                from = match.Index + match.Length;
            }
            else
            {
                from += skipped + 1;
            }
        }
    }
}
