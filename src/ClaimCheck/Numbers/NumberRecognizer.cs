using System.Text.RegularExpressions;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Numbers;

/// <summary>
/// The number and quantity recognizer: lexicons and rules from rules/numbers. Each rule is tried at
/// the numbers of the sentences its prefilter and `requires` let through; where matches overlap, the
/// one that starts first wins, then the longest, then the rule listed first, so "more than 6 million
/// Syrians" is one quantity and not three.
/// </summary>
public sealed class NumberRecognizer
{
    private const string RulePrefix = "numbers.";

    private static readonly ImmutableArray<string> RuleKeys = ["id", "description", "pattern", "requires", "category", "unit", "examples"];

    private readonly NumberLexicon lexicon;
    private readonly ImmutableArray<NumberRule> rules;

    /// <summary>
    /// Which rules may match a sentence (their literals, their <c>requires</c>) and what a timeout
    /// does, asked once per sentence, so a rule that cannot match there is not tried at every number.
    /// </summary>
    internal RuleGate Gate { get; }

    /// <summary>For each rule, its pattern: interpreted at first, compiled to code once used often (<see cref="TieredRegex"/>).</summary>
    private readonly ImmutableArray<TieredRegex> compiled;

    /// <summary>
    /// For each rule, the ASCII characters one of which every match of its pattern begins with
    /// (null when unknown), so the rule is not run at an anchor it cannot match at ("3" for a rule
    /// of number words, "two" for a rule of digits).
    /// </summary>
    private readonly ImmutableArray<UInt128?> firstCharacters;

    private NumberRecognizer(NumberLexicon lexicon, ImmutableArray<NumberRule> rules, ImmutableArray<RuleExample> examples)
    {
        this.lexicon = lexicon;
        this.rules = rules;
        Examples = examples;
        compiled = [.. rules.Select(r => CompiledPatterns.Deferred(r.Pattern))];
        var read = rules.Select(r => LiteralPrefilter.Analyze(r.Pattern)).ToList();
        firstCharacters = [.. read.Select(r => r.Start?.First)];
        Gate = new RuleGate([.. rules.Select((r, i) => new GatedRule(r.Id, r.File, r.Line, r.Column, read[i].Prefilter, r.Requires))]);
    }

    public ImmutableArray<RuleExample> Examples { get; }

    /// <summary>The rules that loaded, in the order they win ties; each pattern is anchored where a number begins.</summary>
    internal ImmutableArray<NumberRule> Rules => rules;

    /// <summary>The words the rules read numbers with.</summary>
    internal NumberLexicon Lexicon => lexicon;

    /// <summary>The ids of the rules that loaded, in the order they win ties.</summary>
    public ImmutableArray<string> RuleIds => [.. rules.Select(r => r.Id)];

    /// <summary>Reads lexicons, fragments and rules from every file; a broken rule is reported and left out.</summary>
    public static NumberRecognizer Load(ImmutableArray<RuleFile> files, DiagnosticBag diagnostics)
    {
        foreach (var file in files)
        {
            file.Root.CheckKeys([.. NumberLexicon.Sections, "fragments", "rules"]);
        }

        var lexicon = NumberLexicon.Read(files);
        var compiler = new PatternCompiler(lexicon.Fragments)
            .WithFragments(files.SelectMany(f => f.Root.StringPairs("fragments")));
        var rules = ImmutableArray.CreateBuilder<NumberRule>();
        var examples = ImmutableArray.CreateBuilder<RuleExample>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var map in files.SelectMany(f => f.Root.Maps("rules")))
        {
            map.CheckKeys([.. RuleKeys]);
            var id = map.String("id", required: true);
            if (string.IsNullOrWhiteSpace(id))
            {
                continue;
            }

            if (!id.StartsWith(RulePrefix, StringComparison.Ordinal))
            {
                map.Error(DiagnosticCodes.InvalidValue, "id", $"rule id '{id}' must start with '{RulePrefix}'");
                continue;
            }

            if (!seen.Add(id))
            {
                map.Error(DiagnosticCodes.DuplicateRuleId, "id", $"rule id '{id}' is already used by another rule");
                continue;
            }

            var ruleExamples = RuleExample.ReadAll(map, id, RuleExample.DefaultReference);
            if (ruleExamples.IsEmpty)
            {
                map.Warning(DiagnosticCodes.NoExamples, "id", $"rule '{id}' has no examples");
            }

            if (compiler.Compile(map, "pattern") is not { } regex)
            {
                continue;
            }

            if (!NumberRule.ValueGroups.Any(g => regex.GroupNumberFromName(g) >= 0))
            {
                map.Error(DiagnosticCodes.InvalidValue, "pattern", $"the pattern of '{id}' captures no value; name a group {string.Join(", ", NumberRule.ValueGroups)}");
                continue;
            }

            var requires = map.Has("requires") ? compiler.Compile(map, "requires") : null;
            if (map.Has("requires") && requires is null)
            {
                continue;
            }

            // Rules are tried only where a number begins (see NumberLexicon.FindAnchors).
            // Interpreted here (cheap to build); the recognizer compiles it once it is used often (see TieredRegex).
            var anchored = new Regex(@"\G(?:" + regex + ")", regex.Options, regex.MatchTimeout);
            var (line, column) = map.PositionOf("pattern");
            rules.Add(new NumberRule(id, anchored, map.File, line, column, map.String("category"), map.String("unit")) { Requires = requires });
            examples.AddRange(ruleExamples);
        }

        return new NumberRecognizer(lexicon, rules.ToImmutable(), examples.ToImmutable());
    }

    /// <summary>Every quantity in the document, in text order. A rule that times out on a sentence is reported and skipped there.</summary>
    public ImmutableArray<QuantityMention> Recognize(Document document, DiagnosticBag diagnostics)
    {
        var mentions = ImmutableArray.CreateBuilder<QuantityMention>();
        var candidates = new List<Candidate>();
        var anchors = new List<int>();
        var open = Gate.For(document.Article, diagnostics);
        foreach (var sentence in document.Sentences)
        {
            var text = document.Slice(sentence.Span);
            candidates.Clear();
            anchors.Clear();
            lexicon.FindAnchors(text, anchors);
            if (anchors.Count == 0)
            {
                continue;
            }

            open.Sentence(text, sentence.Index);
            foreach (var anchor in anchors)
            {
                for (var r = 0; r < rules.Length; r++)
                {
                    if (open.IsOpen(r) && MayBeginWith(r, text[anchor]))
                    {
                        open.Run(r, (Recognizer: this, Rule: r, Text: text, Anchor: anchor, Candidates: candidates), static s => s.Recognizer.Try(s.Rule, s.Text, s.Anchor, s.Candidates));
                    }
                }
            }

            candidates.Sort();
            var end = -1;
            foreach (var candidate in candidates)
            {
                // A rule that timed out in the sentence leaves nothing there.
                if (candidate.Start < end || !open.IsOpen(candidate.Rule))
                {
                    continue;
                }

                end = candidate.Start + candidate.Length;
                var span = new TextSpan(sentence.Span.Start + candidate.Start, candidate.Length);
                mentions.Add(new QuantityMention(span, rules[candidate.Rule].Id, sentence.Index, document.Slice(span), candidate.Value));
            }
        }

        return mentions.ToImmutable();
    }

    private bool MayBeginWith(int index, char c) => MayBeginWith(firstCharacters[index], c);

    /// <summary>Whether a match can begin with <paramref name="c"/>, given the ASCII characters a match can begin with (null: any).</summary>
    internal static bool MayBeginWith(UInt128? first, char c) =>
        c >= 128 || first is not { } set || (set & (UInt128.One << c)) != UInt128.Zero;

    /// <summary>Tries one rule at one anchor, adding its match as a candidate.</summary>
    private void Try(int index, string text, int anchor, List<Candidate> candidates)
    {
        var rule = rules[index];
        var match = compiled[index].Value.Match(text, anchor);
        if (match.Success && rule.Interpret(match, lexicon) is { } value)
        {
            // What a rule reads before its number (a hedge, a verb, "between") is in lookbehinds;
            // the mention covers it too.
            int start = match.Index, end = match.Index + match.Length;
            foreach (Group group in match.Groups)
            {
                if (group.Success && group.Length > 0)
                {
                    start = Math.Min(start, group.Index);
                    end = Math.Max(end, group.Index + group.Length);
                }
            }

            candidates.Add(new Candidate(start, end - start, index, value));
        }
    }

    /// <summary>A match before overlaps are resolved; the sort order is the order in which candidates win.</summary>
    private readonly record struct Candidate(int Start, int Length, int Rule, Quantity Value) : IComparable<Candidate>
    {
        public int CompareTo(Candidate other) =>
            Start != other.Start ? Start.CompareTo(other.Start)
            : Length != other.Length ? other.Length.CompareTo(Length)
            : Rule.CompareTo(other.Rule);
    }
}
