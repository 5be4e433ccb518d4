using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimCheck.Rules;

/// <summary>
/// A quick, exact test that a text cannot hold a match of a pattern: the literal words one of
/// which every match must contain, found by reading the pattern itself (in the manner of RE2's
/// prefilters), and up to two further such sets where the pattern requires several things
/// ("-year" and, in a lookahead, "war": "the six-year war"). "(?:daily|{rate}a\s+day|per\s+day)" needs "daily" or "day"; a sentence with
/// neither is skipped without running the regex. The recognizers test all their rules' sets in one
/// pass (<see cref="CombinedPrefilter"/>, through <see cref="RuleGate"/>); <see cref="MayMatch"/>
/// tests one prefilter alone.
/// The test never rejects a text that the pattern matches: whatever the reader does not
/// understand (a back-reference, a conditional, a character class) it takes to match anything.
/// </summary>
internal sealed class LiteralPrefilter
{
    /// <summary>Literal sets larger than this are not tracked exactly (they still serve as requirements).</summary>
    private const int MaxExact = 64;

    /// <summary>A prefilter whose shortest literal is shorter than this would pass nearly every sentence.</summary>
    private const int MinUsefulLength = 2;

    /// <summary>The most literal sets a prefilter tests: a third set seldom turns away a text the first two let through.</summary>
    private const int MaxSets = 3;

    /// <summary>More texts than this that a match may begin with are not tracked (a frame's concept words are a few hundred).</summary>
    private const int MaxStarts = 512;

    /// <summary>
    /// Non-ASCII letters that a case-insensitive .NET regex takes as equal to ASCII ones (Kelvin
    /// sign and k, long s and s, dotted and dotless i), which an ordinal search does not: a text
    /// holding one is always let through.
    /// </summary>
    internal static readonly SearchValues<char> CaseFoldedToAscii = SearchValues.Create("\u0130\u0131\u017F\u212A");

    // Built on the first MayMatch: the recognizers read Sets into one CombinedPrefilter, so a
    // prefilter tested alone (the tests) should not cost every rule these tables at load.
    private ImmutableArray<SearchValues<string>> searches;

    private LiteralPrefilter(IEnumerable<HashSet<string>> sets)
    {
        Sets = [.. sets.Select(Minimal)];
    }

    /// <summary>
    /// Sets of literals (lower case, sorted), each with one literal in every match, the most
    /// selective first: a text may hold a match only if it holds a literal of every set.
    /// </summary>
    public ImmutableArray<ImmutableArray<string>> Sets { get; }

    /// <summary>The first, most selective set of <see cref="Sets"/>.</summary>
    public ImmutableArray<string> Literals => Sets[0];

    /// <summary>The prefilter of a pattern, or null when no useful literal is required by every match.</summary>
    public static LiteralPrefilter? Of(Regex pattern) => Read(pattern) is { } info ? Of(info) : null;

    /// <summary>
    /// <see cref="Of(Regex)"/> and <see cref="Start(Regex)"/> from one reading of the pattern: a
    /// recognizer needs both for each rule, and reading a pattern of large lexicon alternations costs.
    /// </summary>
    public static (LiteralPrefilter? Prefilter, (UInt128? First, ImmutableArray<string> Assertions)? Start) Analyze(Regex pattern) =>
        Read(pattern) is { } info ? (Of(info), StartOf(info)) : (null, null);

    private static LiteralPrefilter? Of(Info info)
    {
        var chosen = new List<HashSet<string>>();
        foreach (var set in info.Also.Prepend(info.Required()).OfType<HashSet<string>>()
                     .Where(set => set.Count > 0 && set.Min(w => w.Length) >= MinUsefulLength)
                     .OrderBy(set => set, Info.Selectivity))
        {
            if (chosen.Count < MaxSets && !chosen.Exists(kept => Implies(kept, set)))
            {
                chosen.Add(set);
            }
        }

        return chosen.Count == 0 ? null : new LiteralPrefilter(chosen);
    }

    /// <summary>A text with "days" has "day": only the literals that hold no other need be searched for.</summary>
    private static ImmutableArray<string> Minimal(HashSet<string> words) =>
        [.. words.Where(w => !words.Any(v => v.Length < w.Length && w.Contains(v, StringComparison.Ordinal))).Order(StringComparer.Ordinal)];

    /// <summary>Whether a text with a literal of <paramref name="kept"/> always has one of <paramref name="other"/> (so testing that adds nothing).</summary>
    private static bool Implies(HashSet<string> kept, HashSet<string> other) =>
        kept.All(k => other.Any(o => k.Contains(o, StringComparison.Ordinal)));

    /// <summary>
    /// What holds where every match of the pattern begins: the ASCII characters (a bit each) one of
    /// which it consumes first, or null when it may match the empty text or begin with anything
    /// (non-ASCII characters are not tracked: any of them may begin a match); and the cheap,
    /// capture-free lookarounds the pattern tests there before consuming anything. Null when the
    /// reader does not understand the pattern.
    /// </summary>
    public static (UInt128? First, ImmutableArray<string> Assertions)? Start(Regex pattern) =>
        Read(pattern) is { } info ? StartOf(info) : null;

    private static (UInt128? First, ImmutableArray<string> Assertions) StartOf(Info info) =>
        (info.CanBeEmpty ? null : info.First, info.Leading);

    /// <summary>
    /// Texts one of which every match of the pattern begins with (lower case; see
    /// <see cref="MatchStarts"/>), or null when not known or when a match may be empty. A text
    /// that begins with another of them is left out: where it is, so is the other.
    /// </summary>
    public static ImmutableArray<string>? BeginningsOf(Regex pattern) =>
        Read(pattern) is { Starts: { } starts } && !starts.Contains("")
            ? [.. starts.Where(s => !starts.Any(t => t.Length < s.Length && s.StartsWith(t, StringComparison.Ordinal))).Order(StringComparer.Ordinal)]
            : null;

    /// <summary>What the reader knows of the whole pattern, or null when it does not understand all of it.</summary>
    private static Info? Read(Regex pattern)
    {
        if ((pattern.Options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0)
        {
            return null;
        }

        var reader = new Reader(pattern.ToString());
        try
        {
            var info = reader.Alternation();
            return reader.Position < reader.Pattern.Length ? null : info;
        }
        catch (UnsupportedPatternException)
        {
            return null;
        }
    }

    /// <summary>False only when no match of the pattern can be in <paramref name="text"/>.</summary>
    public bool MayMatch(ReadOnlySpan<char> text)
    {
        if (text.ContainsAny(CaseFoldedToAscii))
        {
            return true;
        }

        if (searches.IsDefault)
        {
            // Racing threads build equal tables; either may win.
            searches = [.. Sets.Select(set => SearchValues.Create(set.AsSpan(), StringComparison.OrdinalIgnoreCase))];
        }

        foreach (var search in searches)
        {
            if (!text.ContainsAny(search))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// What is known of the texts a piece of pattern matches: all of them, when few and literal
    /// (<see cref="Exact"/>), or literals one of which each contains (<see cref="Must"/>); null is "unknown".
    /// Alongside: <see cref="First"/>, the ASCII characters the first character a match consumes may
    /// be (null when anything); <see cref="CanBeEmpty"/>, whether it may consume nothing;
    /// <see cref="AlwaysEmpty"/>, whether it never consumes anything (an assertion); and
    /// <see cref="Leading"/>, cheap assertions that hold where every match begins.
    /// </summary>
    private sealed record Info(HashSet<string>? Exact, HashSet<string>? Must)
    {
        public static readonly Info Anything = new(null, null) { First = null, CanBeEmpty = true };

        public static readonly Info Empty = new([""], null) { First = UInt128.Zero, CanBeEmpty = true, AlwaysEmpty = true, Starts = [""] };

        public UInt128? First { get; init; }

        public bool CanBeEmpty { get; init; }

        public bool AlwaysEmpty { get; init; }

        public ImmutableArray<string> Leading { get; init; } = [];

        /// <summary>
        /// Texts one of which every match begins with, "" among them when a match may be empty;
        /// null when unknown. ASCII is lower case (they are searched for without case); the only
        /// other characters are private-use ones (the claim patterns' mention markers), which no
        /// case-insensitive regex takes for another character.
        /// </summary>
        public HashSet<string>? Starts { get; init; }

        /// <summary>
        /// Further literal sets that every match's text holds besides <see cref="Required"/>: the
        /// requirements of a sequence's other items, and of a positive lookaround's content (which
        /// the text holds though the match does not consume it; the text a pattern runs on is the
        /// text tested, so a lookbehind sees no further back).
        /// </summary>
        public ImmutableArray<HashSet<string>> Also { get; init; } = [];

        /// <summary>Orders requirement sets best first, as <see cref="Better"/> chooses (then by their literals, for a stable order).</summary>
        public static readonly Comparer<HashSet<string>> Selectivity = Comparer<HashSet<string>>.Create((a, b) =>
        {
            var order = Strength(a, b);
            return order != 0 ? order : string.CompareOrdinal(string.Join('|', a.Order(StringComparer.Ordinal)), string.Join('|', b.Order(StringComparer.Ordinal)));
        });

        /// <summary>One character the atom text (a literal, a class, an escape) matches.</summary>
        public static Info OneOf(string atom, HashSet<string>? exact) =>
            new(exact, null) { First = LeadingCharacters.AsciiOf(atom), CanBeEmpty = false };

        public HashSet<string>? Required() => Exact is { } exact ? (exact.Contains("") ? null : exact) : Must;

        public static Info Literal(char c) => char.IsAscii(c)
            ? new Info([char.ToLowerInvariant(c).ToString()], null) { First = LeadingCharacters.AsciiOf(c), CanBeEmpty = false, Starts = [char.ToLowerInvariant(c).ToString()] }
            : OneOf(Regex.Escape(c.ToString()), exact: null) with { Starts = char.GetUnicodeCategory(c) == UnicodeCategory.PrivateUse ? [c.ToString()] : null };

        /// <summary>The union of two sets of <see cref="Starts"/>, or null when either is unknown or the union is too large.</summary>
        public static HashSet<string>? UnionOfStarts(HashSet<string>? a, HashSet<string>? b) =>
            a is null ? null : AddStarts(new HashSet<string>(a, StringComparer.Ordinal), b);

        /// <summary>Adds <paramref name="more"/> to <paramref name="starts"/> (which it changes) and gives it, or null when either is unknown or the union is too large.</summary>
        public static HashSet<string>? AddStarts(HashSet<string>? starts, HashSet<string>? more)
        {
            if (starts is null || more is null)
            {
                return null;
            }

            starts.UnionWith(more);
            return starts.Count > MaxStarts ? null : starts;
        }

        /// <summary>Each of <paramref name="before"/> followed by each non-empty one of <paramref name="after"/>, or null when too many.</summary>
        public static HashSet<string>? StartsAfter(HashSet<string> before, HashSet<string> after)
        {
            var nonEmpty = after.Where(a => a.Length > 0).ToList();
            return (long)before.Count * nonEmpty.Count > MaxStarts
                ? null
                : new HashSet<string>(before.SelectMany(b => nonEmpty.Select(a => b + a)), StringComparer.Ordinal);
        }

        /// <summary>The better requirement of two that both hold (the first when they are as good): see <see cref="Strength"/>.</summary>
        public static HashSet<string>? Better(HashSet<string>? a, HashSet<string>? b) =>
            a is null || b is null ? a ?? b : Strength(a, b) <= 0 ? a : b;

        /// <summary>Negative when <paramref name="a"/> is the more selective: its shortest literal is longer, then it has fewer literals.</summary>
        private static int Strength(HashSet<string> a, HashSet<string> b)
        {
            var order = b.Min(w => w.Length).CompareTo(a.Min(w => w.Length));
            return order != 0 ? order : a.Count.CompareTo(b.Count);
        }

        public static HashSet<string>? Concat(HashSet<string> left, HashSet<string> right)
        {
            if ((long)left.Count * right.Count > MaxExact)
            {
                return null;
            }

            var result = new HashSet<string>(StringComparer.Ordinal);
            foreach (var l in left)
            {
                foreach (var r in right)
                {
                    result.Add(l + r);
                }
            }

            return result;
        }
    }

    private sealed class UnsupportedPatternException : Exception;

    /// <summary>A recursive-descent reader of .NET regex syntax that keeps only what <see cref="Info"/> needs.</summary>
    private sealed class Reader(string pattern)
    {
        public string Pattern { get; } = pattern;

        public int Position { get; private set; }

        private bool AtEnd => Position >= Pattern.Length;

        private char Current => Pattern[Position];

        /// <summary>Alternatives separated by '|', up to ')' or the end.</summary>
        public Info Alternation()
        {
            var alternatives = new List<Info> { Sequence() };
            while (!AtEnd && Current == '|')
            {
                Position++;
                alternatives.Add(Sequence());
            }

            if (alternatives.Count == 1)
            {
                return alternatives[0];
            }

            HashSet<string>? exact = new(StringComparer.Ordinal);
            HashSet<string>? must = new(StringComparer.Ordinal);
            HashSet<string>? starts = new(StringComparer.Ordinal);
            UInt128? first = UInt128.Zero;
            foreach (var alternative in alternatives)
            {
                first = first | alternative.First;
                starts = Info.AddStarts(starts, alternative.Starts);
                if (exact is not null && alternative.Exact is { } e && exact.Count + e.Count <= MaxExact)
                {
                    exact.UnionWith(e);
                }
                else
                {
                    exact = null;
                }

                if (must is not null && alternative.Required() is { } m)
                {
                    must.UnionWith(m);
                }
                else
                {
                    must = null;
                }
            }

            return new Info(exact, must)
            {
                First = first,
                CanBeEmpty = alternatives.Exists(a => a.CanBeEmpty),
                AlwaysEmpty = alternatives.TrueForAll(a => a.AlwaysEmpty),
                Starts = starts,
            };
        }

        private Info Sequence()
        {
            HashSet<string>? exact = [""];
            HashSet<string>? run = [""];
            HashSet<string>? best = null;
            UInt128? first = UInt128.Zero;
            var canBeEmpty = true;
            var alwaysEmpty = true;
            var leading = ImmutableArray.CreateBuilder<string>();
            var also = new List<HashSet<string>>();
            var beginnings = new Beginnings();
            while (!AtEnd && Current is not ('|' or ')'))
            {
                var item = Quantified(Atom());
                beginnings.Add(item);
                if (canBeEmpty)
                {
                    // Until an item that must consume, a match may begin with any item's first character.
                    first = first | item.First;
                    canBeEmpty = item.CanBeEmpty;
                }

                if (alwaysEmpty)
                {
                    // Every item so far consumed nothing, so this one starts where the match starts.
                    leading.AddRange(item.Leading);
                    alwaysEmpty = item.AlwaysEmpty;
                }

                exact = exact is not null && item.Exact is { } e ? Info.Concat(exact, e) : null;
                if (item.Exact is { } literal && run is not null && Info.Concat(run, literal) is { } longer)
                {
                    run = longer;
                }
                else
                {
                    best = Info.Better(best, Useful(run));
                    AddRequirement(also, Useful(run));
                    run = item.Exact is { } restart ? new HashSet<string>(restart, StringComparer.Ordinal) : [""];
                }

                best = Info.Better(best, item.Exact is null ? item.Must : null);
                AddRequirement(also, item.Exact is null ? item.Must : null);
                also.AddRange(item.Also);
            }

            best = Info.Better(best, Useful(run));
            AddRequirement(also, Useful(run));
            also.RemoveAll(set => ReferenceEquals(set, best));
            return (exact is not null ? new Info(exact, null) : new Info(null, best)) with
            {
                First = first,
                CanBeEmpty = canBeEmpty,
                AlwaysEmpty = alwaysEmpty,
                Leading = leading.ToImmutable(),
                Also = [.. also],
                Starts = beginnings.Starts(),
            };
        }

        /// <summary>
        /// The <see cref="Info.Starts"/> of a sequence, read item by item: while every item so far
        /// is literal, what they consume is known exactly and goes in front of what the next item
        /// begins with; an item that may be empty lets the items after it begin the match too.
        /// </summary>
        private sealed class Beginnings
        {
            /// <summary>What the items so far consume, while all are literal and the sequence may still go on past them; null after that.</summary>
            private HashSet<string>? consumed = [""];

            /// <summary>Beginnings found so far (each non-empty); null when unknown.</summary>
            private HashSet<string>? found = new(StringComparer.Ordinal);

            public void Add(Info item)
            {
                if (consumed is null || found is null)
                {
                    return;
                }

                if (item.Exact is { } literal && Info.Concat(consumed, literal) is { } longer)
                {
                    consumed = longer;
                    return;
                }

                var after = item.Starts is { } starts ? Info.StartsAfter(consumed, starts) : null;
                if (after is null)
                {
                    // Nothing known past what is consumed: that is where every match begins, unless it may be nothing.
                    found = consumed.Contains("") ? null : Info.AddStarts(found, consumed);
                    consumed = null;
                    return;
                }

                found = Info.AddStarts(found, after);
                if (!item.Starts!.Contains(""))
                {
                    consumed = null;
                }
            }

            public HashSet<string>? Starts() => consumed is null ? found : Info.UnionOfStarts(found, consumed);
        }

        private static HashSet<string>? Useful(HashSet<string>? run) =>
            run is null || run.Contains("") ? null : run;

        private static void AddRequirement(List<HashSet<string>> requirements, HashSet<string>? set)
        {
            if (set is { Count: > 0 })
            {
                requirements.Add(set);
            }
        }

        private Info Quantified(Info atom)
        {
            if (AtEnd)
            {
                return atom;
            }

            int min, max;
            switch (Current)
            {
                case '*':
                    (min, max) = (0, int.MaxValue);
                    Position++;
                    break;
                case '+':
                    (min, max) = (1, int.MaxValue);
                    Position++;
                    break;
                case '?':
                    (min, max) = (0, 1);
                    Position++;
                    break;
                case '{' when TryBraces(out min, out max):
                    break;
                default:
                    return atom;
            }

            if (!AtEnd && Current == '?')
            {
                Position++;
            }

            if (min == 0)
            {
                return (max == 1 && atom.Exact is { Count: < MaxExact } exact ? new Info([.. exact, ""], null) : Info.Anything) with
                {
                    First = atom.First,
                    CanBeEmpty = true,
                    AlwaysEmpty = atom.AlwaysEmpty,
                    Starts = Info.UnionOfStarts(atom.Starts, [""]),
                };
            }

            return min == 1 && max == 1 ? atom : atom with { Exact = null, Must = atom.Required() };
        }

        private bool TryBraces(out int min, out int max)
        {
            var match = Braces.Match(Pattern, Position);
            if (!match.Success)
            {
                (min, max) = (0, 0);
                return false;
            }

            min = int.Parse(match.Groups["min"].ValueSpan, CultureInfo.InvariantCulture);
            max = !match.Groups["comma"].Success ? min
                : match.Groups["max"].Success ? int.Parse(match.Groups["max"].ValueSpan, CultureInfo.InvariantCulture)
                : int.MaxValue;
            Position += match.Length;
            return true;
        }

        private Info Atom()
        {
            var c = Current;
            Position++;
            switch (c)
            {
                case '\\':
                    return Escape();
                case '[':
                    var start = Position - 1;
                    SkipClass();
                    return Info.OneOf(Pattern[start..Position], exact: null);
                case '(':
                    return Group();
                case '.':
                    // Any character but a newline, or any at all under an inline (?s).
                    return Info.Anything with { CanBeEmpty = false };
                case '^' or '$':
                    return Info.Empty;
                default:
                    return Info.Literal(c);
            }
        }

        private Info Escape()
        {
            if (AtEnd)
            {
                throw new UnsupportedPatternException();
            }

            var start = Position - 1;
            var c = Current;
            Position++;
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return Info.Empty;
                case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                    return Info.OneOf(Pattern[start..Position], exact: null);
                case 'p' or 'P':
                    SkipPast('}');
                    return Info.OneOf(Pattern[start..Position], exact: null);
                case 'k':
                    SkipPast(!AtEnd && Current == '\'' ? '\'' : '>', skipFirst: true);
                    return Info.Anything;
                case 'x':
                    Position += 2;
                    return OneEscaped(start);
                case 'u':
                    Position += 4;
                    return OneEscaped(start);
                case 'c':
                    Position += 1;
                    return OneEscaped(start);
                case >= '0' and <= '9':
                    while (!AtEnd && char.IsAsciiDigit(Current))
                    {
                        Position++;
                    }

                    return Info.Anything;
                case 'n' or 't' or 'r' or 'f' or 'v' or 'e' or 'a':
                    return Info.OneOf(Pattern[start..Position], exact: null);
                default:
                    return char.IsAsciiLetter(c) ? throw new UnsupportedPatternException() : Info.Literal(c);
            }
        }

        private Info OneEscaped(int start) =>
            Position <= Pattern.Length ? Info.OneOf(Pattern[start..Position], exact: null) : throw new UnsupportedPatternException();

        private Info Group()
        {
            var start = Position - 1;
            var zeroWidth = false;
            var positive = false;
            var scopedOptions = false;
            if (!AtEnd && Current == '?')
            {
                Position++;
                if (AtEnd)
                {
                    throw new UnsupportedPatternException();
                }

                switch (Current)
                {
                    case ':' or '>':
                        Position++;
                        break;
                    case '=' or '!':
                        positive = Current == '=';
                        Position++;
                        zeroWidth = true;
                        break;
                    case '#':
                        SkipPast(')');
                        return Info.Empty;
                    case '<' when Position + 1 < Pattern.Length && Pattern[Position + 1] is '=' or '!':
                        positive = Pattern[Position + 1] == '=';
                        Position += 2;
                        zeroWidth = true;
                        break;
                    case '<':
                        SkipPast('>');
                        break;
                    case '\'':
                        SkipPast('\'', skipFirst: true);
                        break;
                    case '(':
                        throw new UnsupportedPatternException();
                    default:
                        // Inline options: "(?-i:...)" scopes them to a group, "(?i)" sets them for the rest.
                        var options = Position;
                        while (!AtEnd && Current is not (':' or ')'))
                        {
                            Position++;
                        }

                        if (AtEnd || Pattern.AsSpan(options, Position - options).ContainsAny('x', 'X'))
                        {
                            throw new UnsupportedPatternException();
                        }

                        if (Current == ')')
                        {
                            // Options set here hold for what follows: no assertion after them is copied in front.
                            Position++;
                            return Info.Empty with { AlwaysEmpty = false };
                        }

                        Position++;
                        scopedOptions = true;
                        break;
                }
            }

            var inner = Alternation();
            if (AtEnd || Current != ')')
            {
                throw new UnsupportedPatternException();
            }

            Position++;
            if (zeroWidth)
            {
                var assertion = Pattern[start..Position];
                var implied = positive ? inner.Also.Prepend(Useful(inner.Required())).OfType<HashSet<string>>().ToImmutableArray() : [];
                return (IsCheapAndCaptureFree(assertion) ? Info.Empty with { Leading = [assertion] } : Info.Empty) with { Also = implied };
            }

            return scopedOptions ? inner with { Leading = [] } : inner;
        }

        /// <summary>
        /// A lookaround that costs a few steps (no repetition) and holds no group (so captures none)
        /// and no back-reference, so that testing it a second time, earlier, changes no match.
        /// </summary>
        private static bool IsCheapAndCaptureFree(string assertion)
        {
            const int MaxCheapLength = 32;
            return assertion.Length <= MaxCheapLength
                && assertion.AsSpan(1).IndexOfAny("*+{(") < 0
                && !BackReference.IsMatch(assertion);
        }

        /// <summary>Moves past a character class, including nested subtractions ("[a-z-[aeiou]]").</summary>
        private void SkipClass()
        {
            if (!AtEnd && Current == '^')
            {
                Position++;
            }

            if (!AtEnd && Current == ']')
            {
                Position++;
            }

            var depth = 1;
            while (!AtEnd)
            {
                var c = Current;
                Position++;
                if (c == '\\')
                {
                    Position++;
                }
                else if (c == '[' && Position >= 2 && Pattern[Position - 2] == '-')
                {
                    depth++;
                }
                else if (c == ']' && --depth == 0)
                {
                    return;
                }
            }

            throw new UnsupportedPatternException();
        }

        private void SkipPast(char end, bool skipFirst = false)
        {
            if (skipFirst)
            {
                Position++;
            }

            var found = Pattern.IndexOf(end, Math.Min(Position, Pattern.Length));
            if (found < 0)
            {
                throw new UnsupportedPatternException();
            }

            Position = found + 1;
        }
    }

    private static readonly Regex BackReference = new(@"\\[kK1-9]", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>A counted quantifier: "{2}", "{0,5}", "{3,}".</summary>
    private static readonly Regex Braces = new(@"\G\{(?<min>\d+)(?<comma>,(?<max>\d+)?)?\}", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
