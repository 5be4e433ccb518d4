using System.Text;
using System.Text.RegularExpressions;

namespace ClaimCheck.Rules;

/// <summary>
/// Turns a rule's pattern into a Regex: expands <c>{fragment}</c> references (fragments may
/// reference each other), captures named groups only, and sets a match timeout on every regex.
/// Problems become diagnostics at the pattern's position in the rule file.
/// </summary>
public sealed partial class PatternCompiler
{
    /// <summary>The longest a single pattern may run over one sentence or line.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    public const RegexOptions DefaultOptions =
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private readonly ImmutableDictionary<string, string> fragments;

    public PatternCompiler(IEnumerable<KeyValuePair<string, string>> fragments)
    {
        this.fragments = fragments
            .GroupBy(f => f.Key, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
    }

    public PatternCompiler WithFragments(IEnumerable<KeyValuePair<string, string>> more) =>
        new(fragments.Concat(more));

    public IReadOnlyDictionary<string, string> Fragments => fragments;

    /// <summary>Compiles the pattern under <paramref name="key"/> of <paramref name="rule"/>; null (with a diagnostic) when it cannot.</summary>
    public Regex? Compile(YamlMap rule, string key, RegexOptions options = DefaultOptions)
    {
        var pattern = rule.String(key, required: true);
        if (pattern is null)
        {
            return null;
        }

        var expanded = Expand(pattern, [], out var unknown);
        if (unknown is not null)
        {
            rule.Error(DiagnosticCodes.UnknownFragment, key, $"unknown fragment '{{{unknown}}}'; known: {string.Join(", ", fragments.Keys.Order(StringComparer.Ordinal))}");
            return null;
        }

        if (HasUnnamedGroup(expanded))
        {
            rule.Warning(DiagnosticCodes.UnnamedGroup, key, "unnamed group '(…)': name it '(?<name>…)' or write '(?:…)'");
        }

        try
        {
            return new Regex(expanded, options, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            rule.Error(DiagnosticCodes.InvalidRegex, key, e.Message);
            return null;
        }
    }

    /// <summary>Expands fragment references; <paramref name="unknown"/> names the first one that does not exist.</summary>
    public string Expand(string pattern, ImmutableHashSet<string> expanding, out string? unknown)
    {
        string? missing = null;
        var result = FragmentReference().Replace(pattern, match =>
        {
            var name = match.Groups["name"].Value;
            if (missing is not null)
            {
                return match.Value;
            }

            if (!fragments.TryGetValue(name, out var body) || expanding.Contains(name))
            {
                missing = name;
                return match.Value;
            }

            var inner = Expand(body, expanding.Add(name), out var innerMissing);
            missing ??= innerMissing;
            return "(?:" + inner + ")";
        });
        unknown = missing;
        return result;
    }

    /// <summary>An opening parenthesis that is neither escaped, in a character class, nor followed by '?'.</summary>
    internal static bool HasUnnamedGroup(string pattern)
    {
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                continue;
            }

            if (c == '[')
            {
                inClass = true;
            }
            else if (c == '(' && (i + 1 >= pattern.Length || pattern[i + 1] != '?'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Builds an alternation from literal phrases. The phrases that can match at one place form a
    /// chain of prefixes (read forwards) or of suffixes (read backwards, in a lookbehind), and the
    /// longest of such a chain is always listed first, so the longest wins. Otherwise phrases are
    /// listed in reverse ordinal order, which puts phrases with a common beginning side by side:
    /// .NET factors the shared beginning out of adjacent branches, so a lexicon of hundreds of words
    /// is tried as a tree of a few dozen branches instead of one word after another (several times
    /// faster where no word matches, which is at nearly every place a rule is tried).
    /// </summary>
    public static string Alternation(IEnumerable<string> phrases)
    {
        var sb = new StringBuilder("(?:");
        var first = true;
        foreach (var phrase in LongestOfEachChainFirst(phrases.Distinct(StringComparer.OrdinalIgnoreCase).OrderDescending(StringComparer.OrdinalIgnoreCase)))
        {
            if (!first)
            {
                sb.Append('|');
            }

            sb.Append(Regex.Escape(phrase).Replace("\\ ", "\\s+", StringComparison.Ordinal));
            first = false;
        }

        return sb.Append(')').ToString();
    }

    /// <summary>
    /// The phrases in their given order, except that a phrase comes after every longer phrase that
    /// begins or ends with it (reverse ordinal order already puts a phrase after those beginning
    /// with it; "least" must also follow "at least"). Of the phrases free to come next, the
    /// earliest in the given order does.
    /// </summary>
    private static List<string> LongestOfEachChainFirst(IEnumerable<string> ordered)
    {
        var phrases = ordered.ToList();
        var waitingFor = new int[phrases.Count];
        var followers = phrases.Select(_ => new List<int>()).ToList();
        for (var shorter = 0; shorter < phrases.Count; shorter++)
        {
            for (var longer = 0; longer < phrases.Count; longer++)
            {
                var (part, whole) = (phrases[shorter], phrases[longer]);
                if (part.Length < whole.Length
                    && (whole.StartsWith(part, StringComparison.OrdinalIgnoreCase) || whole.EndsWith(part, StringComparison.OrdinalIgnoreCase)))
                {
                    waitingFor[shorter]++;
                    followers[longer].Add(shorter);
                }
            }
        }

        var ready = new SortedSet<int>(Enumerable.Range(0, phrases.Count).Where(i => waitingFor[i] == 0));
        var result = new List<string>(phrases.Count);
        while (ready.Count > 0)
        {
            var next = ready.Min;
            ready.Remove(next);
            result.Add(phrases[next]);
            foreach (var follower in followers[next])
            {
                if (--waitingFor[follower] == 0)
                {
                    ready.Add(follower);
                }
            }
        }

        return result;
    }

    /// <summary>A <c>{name}</c> reference, except the braces of a Unicode category (<c>\p{L}</c>, <c>\P{Lu}</c>), whose backslash is not itself escaped.</summary>
    [GeneratedRegex(@"(?<!(?<!\\)(?:\\\\)*\\[pP])\{(?<name>[A-Za-z][A-Za-z0-9_\-]*)\}", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex FragmentReference();
}
