namespace ClaimCheck.Names;

/// <summary>
/// A trie over folded tokens, built once at load: one walk per token position finds the longest
/// phrase (alias, title, office) starting there, whatever the size of the gazetteer.
/// </summary>
internal sealed class PhraseTrie<T>
{
    private readonly Node root = new();

    public int Count { get; private set; }

    /// <summary>Adds a phrase; false when it has no word (nothing could ever match it).</summary>
    public bool Add(string phrase, T payload)
    {
        var folded = NameFolding.Fold(phrase);
        var tokens = NameTokenizer.Tokenize(phrase);
        if (!tokens.Exists(t => t.IsWord))
        {
            return false;
        }

        var node = root;
        var shapes = new TokenShape[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var key = folded[tokens[i].Start..tokens[i].End];
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var next))
            {
                next = new Node();
                node.Children.Add(key, next);
            }

            shapes[i] = tokens[i].Shape;
            node = next;
        }

        node.Entries.Add(new Entry(shapes, payload));
        Count++;
        return true;
    }

    /// <summary>
    /// The longest phrase starting at token <paramref name="start"/> whose case fits the text, with
    /// every payload filed under it; <paramref name="end"/> is the token after the phrase.
    /// </summary>
    public bool LongestMatch(ReadOnlySpan<char> folded, List<NameToken> tokens, int start, List<T> payloads, out int end)
    {
        payloads.Clear();
        end = start;
        var node = root;
        for (var i = start; i < tokens.Count; i++)
        {
            if (node.Lookup is not { } lookup || !lookup.TryGetValue(folded[tokens[i].Start..tokens[i].End], out var next))
            {
                break;
            }

            node = next;
            if (node.Entries.Count == 0)
            {
                continue;
            }

            var found = false;
            foreach (var entry in node.Entries)
            {
                if (Fits(entry.Shapes, tokens, start))
                {
                    if (!found)
                    {
                        payloads.Clear();
                        found = true;
                    }

                    payloads.Add(entry.Payload);
                }
            }

            if (found)
            {
                end = i + 1;
            }
        }

        return end > start;
    }

    /// <summary>A capitalized alias token needs a capitalized text token; an all-capitals one (an acronym) needs capitals.</summary>
    private static bool Fits(TokenShape[] shapes, List<NameToken> tokens, int start)
    {
        for (var k = 0; k < shapes.Length; k++)
        {
            var actual = tokens[start + k].Shape;
            var ok = shapes[k] switch
            {
                TokenShape.Capitalized => actual is TokenShape.Capitalized or TokenShape.Upper,
                TokenShape.Upper => actual == TokenShape.Upper || (actual == TokenShape.Capitalized && tokens[start + k].Length == 1),
                _ => true,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Entry(TokenShape[] Shapes, T Payload);

    private sealed class Node
    {
        private Dictionary<string, Node>? children;

        public Dictionary<string, Node>? Children
        {
            get => children;
            set
            {
                children = value;
                Lookup = value?.GetAlternateLookup<ReadOnlySpan<char>>();
            }
        }

        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>>? Lookup { get; private set; }

        public List<Entry> Entries { get; } = [];
    }
}
