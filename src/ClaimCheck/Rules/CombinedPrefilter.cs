using System.Buffers;

namespace ClaimCheck.Rules;

/// <summary>
/// Many <see cref="LiteralPrefilter"/>s tested in one pass over a text: an Aho-Corasick automaton
/// over all their literals (ASCII, case-insensitive) that marks which literal sets of the
/// prefilters have a literal in the text; a prefilter may match where each of its sets does. A recognizer with forty rules reads each sentence once instead of forty times.
/// It says "may match" wherever each prefilter alone would (and, like them, for every prefilter
/// when the text holds a non-ASCII letter that a case-insensitive regex takes for an ASCII one).
/// </summary>
internal sealed class CombinedPrefilter
{
    /// <summary>For each ASCII character (lower-cased), its column in <see cref="transitions"/>; 0 for a character in no literal.</summary>
    private readonly byte[] column = new byte[128];

    private readonly int columns;

    /// <summary>The automaton, state by state: the next state for each column (failure links already followed).</summary>
    private readonly int[] transitions;

    /// <summary>For each state, the literal sets one of whose literals ends there (bits, <see cref="words"/> longs per state).</summary>
    private readonly ulong[] outputs;

    /// <summary>For each prefilter, the bit of its first literal set; its sets have the bits up to the next prefilter's first.</summary>
    private readonly int[] firstSet;

    private readonly int words;

    /// <summary>The states whose output is not empty, so the scan reads outputs only there.</summary>
    private readonly bool[] reports;

    public CombinedPrefilter(IReadOnlyList<LiteralPrefilter?> prefilters)
    {
        Count = prefilters.Count;
        firstSet = new int[Count + 1];
        for (var i = 0; i < Count; i++)
        {
            firstSet[i + 1] = firstSet[i] + (prefilters[i]?.Sets.Length ?? 0);
        }

        words = Math.Max(1, (firstSet[Count] + 63) / 64);
        var literals = prefilters
            .SelectMany((p, i) => (p?.Sets ?? []).SelectMany((set, j) => set.Select(l => (Literal: l, Set: firstSet[i] + j))))
            .ToList();
        foreach (var c in literals.SelectMany(l => l.Literal).Distinct().Order())
        {
            column[c] = (byte)++columns;
        }

        columns++;
        var trie = new List<int[]> { new int[columns] };
        var output = new List<ulong[]> { new ulong[words] };
        foreach (var (literal, set) in literals)
        {
            var state = 0;
            foreach (var c in literal)
            {
                var next = trie[state][column[c]];
                if (next == 0)
                {
                    next = trie.Count;
                    trie.Add(new int[columns]);
                    output.Add(new ulong[words]);
                    trie[state][column[c]] = next;
                }

                state = next;
            }

            output[state][set / 64] |= 1UL << (set % 64);
        }

        // Breadth first, so a state's failure state is complete before the state is.
        var failure = new int[trie.Count];
        var queue = new Queue<int>();
        for (var col = 1; col < columns; col++)
        {
            if (trie[0][col] is var child and not 0)
            {
                queue.Enqueue(child);
            }
        }

        while (queue.TryDequeue(out var state))
        {
            for (var w = 0; w < words; w++)
            {
                output[state][w] |= output[failure[state]][w];
            }

            for (var col = 1; col < columns; col++)
            {
                var child = trie[state][col];
                if (child == 0)
                {
                    trie[state][col] = trie[failure[state]][col];
                }
                else
                {
                    failure[child] = trie[failure[state]][col];
                    queue.Enqueue(child);
                }
            }
        }

        transitions = [.. trie.SelectMany(row => row)];
        outputs = [.. output.SelectMany(row => row)];
        reports = [.. output.Select(row => row.Any(w => w != 0))];
        NoPrefilter = [.. prefilters.Select(p => p is null)];
    }

    /// <summary>How many prefilters were combined; <see cref="Test"/> fills a span of this length.</summary>
    public int Count { get; }

    private ImmutableArray<bool> NoPrefilter { get; }

    /// <summary>Sets, for each prefilter, whether the text may hold a match of its pattern (always, for a missing prefilter).</summary>
    public void Test(ReadOnlySpan<char> text, Span<bool> mayMatch)
    {
        if (text.ContainsAny(LiteralPrefilter.CaseFoldedToAscii))
        {
            mayMatch[..Count].Fill(true);
            return;
        }

        Span<ulong> found = stackalloc ulong[words];
        found.Clear();
        var state = 0;
        foreach (var c in text)
        {
            var col = c < 128 ? column[char.IsAsciiLetterUpper(c) ? c | 0x20 : c] : 0;
            state = transitions[(state * columns) + col];
            if (reports[state])
            {
                for (var w = 0; w < words; w++)
                {
                    found[w] |= outputs[(state * words) + w];
                }
            }
        }

        for (var i = 0; i < Count; i++)
        {
            var all = true;
            for (var set = firstSet[i]; set < firstSet[i + 1] && all; set++)
            {
                all = (found[set / 64] & (1UL << (set % 64))) != 0;
            }

            mayMatch[i] = NoPrefilter[i] || all;
        }
    }
}
