using System.Buffers;

namespace ClaimCheck.Rules;

/// <summary>
/// Many <see cref="LiteralPrefilter"/>s tested in one pass over a text: an Aho-Corasick automaton
/// over all their literals (ASCII, case-insensitive) that marks which prefilters have a literal in
/// the text. A recognizer with forty rules reads each sentence once instead of forty times.
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

    /// <summary>For each state, the prefilters one of whose literals ends there (bits, <see cref="words"/> longs per state).</summary>
    private readonly ulong[] outputs;

    private readonly int words;

    /// <summary>The states whose output is not empty, so the scan reads outputs only there.</summary>
    private readonly bool[] reports;

    public CombinedPrefilter(IReadOnlyList<LiteralPrefilter?> prefilters)
    {
        Count = prefilters.Count;
        words = Math.Max(1, (Count + 63) / 64);
        var literals = prefilters.SelectMany((p, i) => (p?.Literals ?? []).Select(l => (Literal: l, Filter: i))).ToList();
        foreach (var c in literals.SelectMany(l => l.Literal).Distinct().Order())
        {
            column[c] = (byte)++columns;
        }

        columns++;
        var trie = new List<int[]> { new int[columns] };
        var output = new List<ulong[]> { new ulong[words] };
        foreach (var (literal, filter) in literals)
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

            output[state][filter / 64] |= 1UL << (filter % 64);
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
            mayMatch[i] = NoPrefilter[i] || (found[i / 64] & (1UL << (i % 64))) != 0;
        }
    }
}
