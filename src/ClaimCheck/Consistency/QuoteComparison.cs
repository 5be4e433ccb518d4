using ClaimCheck.Claims;

namespace ClaimCheck.Consistency;

/// <summary>
/// Compares two outlets' versions of a quote, sentence by sentence in words (case, punctuation
/// and acronym dots folded). A sentence that appears word for word inside the other version is an
/// agreement; two whose aligned stretches share nearly all their words, in order, are variants
/// (a word added, dropped or changed).
/// </summary>
internal static class QuoteComparison
{
    public sealed record Match(bool Identical, int SharedWords, ImmutableArray<string> OnlyInA, ImmutableArray<string> OnlyInB);

    public static Match? Compare(string a, string b, QuotePolicy policy) => Compare(Split(a), Split(b), policy);

    /// <summary>Compares quotes already split with <see cref="Split"/>, so many pairs split each quote once.</summary>
    /// <remarks>
    /// A quote whose sentences are all shared word for word is an agreement; one sentence worded
    /// otherwise makes the whole quote a variant, however many others are identical.
    /// </remarks>
    public static Match? Compare(ImmutableArray<ImmutableArray<string>> a, ImmutableArray<ImmutableArray<string>> b, QuotePolicy policy)
    {
        Match? identical = null, variant = null;
        foreach (var sa in a)
        {
            foreach (var sb in b)
            {
                switch (CompareSentences(sa, sb, policy))
                {
                    case { Identical: true } same when identical is null || same.SharedWords > identical.SharedWords:
                        identical = same;
                        break;
                    case { Identical: false } near when variant is null || near.SharedWords > variant.SharedWords:
                        variant = near;
                        break;
                }
            }
        }

        return variant ?? identical;
    }

    private static Match? CompareSentences(ImmutableArray<string> a, ImmutableArray<string> b, QuotePolicy policy)
    {
        var shortLength = Math.Min(a.Length, b.Length);
        if (shortLength < policy.MinWords)
        {
            return null;
        }

        if (ContainsRun(a, b) || ContainsRun(b, a))
        {
            return new Match(true, shortLength, [], []);
        }

        // Quote marks cut the same words at different places, so coverage is measured over the
        // aligned stretch, not the whole of either version; half the shorter one must be in it.
        var (shared, aStart, aEnd, bStart, bEnd, onlyA, onlyB) = Align(a, b);
        var window = Math.Max(aEnd - aStart, bEnd - bStart);
        var threshold = shared >= policy.LongMatchWords ? policy.LongMatchThreshold : policy.MatchThreshold;
        // One word added, dropped or changed in a sentence otherwise shared whole is a variant
        // however short the sentence ("coming into the curve" / "coming into curve").
        var oneWordApart = window - shared <= 1 && shared >= shortLength - 1;
        if (shared < Math.Max(policy.MinWords, policy.VariantMinWords) || shared * 2 < shortLength || (shared * 100 / window < threshold && !oneWordApart))
        {
            return null;
        }

        if (onlyA.IsEmpty && onlyB.IsEmpty)
        {
            // Nothing differs inside the stretch: the same words cut at other places are the same
            // quote; words of the shorter sentence left outside it ("It is" / "It's an absolute
            // mess") are a difference at its edge.
            var (shorter, start, end) = a.Length <= b.Length ? (a, aStart, aEnd) : (b, bStart, bEnd);
            var edge = shorter.Take(start).Concat(shorter.Skip(end)).ToImmutableArray();
            return edge.IsEmpty ? new Match(true, shared, [], []) : a.Length <= b.Length ? new Match(false, shared, edge, []) : new Match(false, shared, [], edge);
        }

        return new Match(false, shared, onlyA, onlyB);
    }

    /// <summary>The quote split into sentences of words; an ellipsis or end mark ends a sentence.</summary>
    public static ImmutableArray<ImmutableArray<string>> Split(string quote) => [.. Sentences(quote)];

    private static IEnumerable<ImmutableArray<string>> Sentences(string quote)
    {
        var start = 0;
        for (var i = 0; i <= quote.Length; i++)
        {
            if (i == quote.Length || quote[i] is '?' or '!' or '\u2026' || (quote[i] == '.' && (i + 1 == quote.Length || char.IsWhiteSpace(quote[i + 1]))))
            {
                var words = QuoteText.Words(quote[start..i]);
                if (words.Length > 0)
                {
                    yield return words;
                }

                start = i + 1;
            }
        }
    }

    private static bool ContainsRun(ImmutableArray<string> haystack, ImmutableArray<string> needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            var j = 0;
            while (j < needle.Length && haystack[i + j] == needle[j])
            {
                j++;
            }

            if (j == needle.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Longest common subsequence of words, with the span it covers in each and the words left over inside that span.</summary>
    private static (int Shared, int AStart, int AEnd, int BStart, int BEnd, ImmutableArray<string> OnlyA, ImmutableArray<string> OnlyB) Align(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        var pairs = new List<(int I, int J)>();
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j])
            {
                pairs.Add((i++, j++));
            }
            else if (table[i + 1, j] >= table[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        if (pairs.Count == 0)
        {
            return (0, 0, 0, 0, 0, [], []);
        }

        pairs = DensestStretch(pairs);
        var (aStart, bStart) = pairs[0];
        var (aLast, bLast) = pairs[^1];
        var matchedA = pairs.Select(p => p.I).ToHashSet();
        var matchedB = pairs.Select(p => p.J).ToHashSet();
        var onlyA = Enumerable.Range(aStart, aLast - aStart + 1).Where(i => !matchedA.Contains(i)).Select(i => a[i]).ToImmutableArray();
        var onlyB = Enumerable.Range(bStart, bLast - bStart + 1).Where(j => !matchedB.Contains(j)).Select(j => b[j]).ToImmutableArray();
        return (pairs.Count, aStart, aLast + 1, bStart, bLast + 1, onlyA, onlyB);
    }

    /// <summary>
    /// The longest stretch of aligned words with no gap of more than <see cref="MaxGap"/> words in
    /// either version: a stray "in" or "I" matched far from the shared sentence would otherwise
    /// stretch the window and hide a reworded quote.
    /// </summary>
    private static List<(int I, int J)> DensestStretch(List<(int I, int J)> pairs)
    {
        var (bestStart, bestLength, start) = (0, 0, 0);
        for (var k = 1; k <= pairs.Count; k++)
        {
            if (k == pairs.Count || pairs[k].I - pairs[k - 1].I > MaxGap + 1 || pairs[k].J - pairs[k - 1].J > MaxGap + 1)
            {
                if (k - start > bestLength)
                {
                    (bestStart, bestLength) = (start, k - start);
                }

                start = k;
            }
        }

        return pairs.GetRange(bestStart, bestLength);
    }

    private const int MaxGap = 3;
}
