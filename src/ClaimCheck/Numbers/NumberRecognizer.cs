using System.Text.RegularExpressions;
using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Numbers;

/// <summary>
/// The number and quantity recognizer: lexicons and rules from rules/numbers. Every rule runs over
/// each sentence; where matches overlap, the one that starts first wins, then the longest, then
/// the rule listed first, so "more than 6 million Syrians" is one quantity and not three.
/// </summary>
public sealed class NumberRecognizer
{
    private const string RulePrefix = "numbers.";

    private static readonly ImmutableArray<string> RuleKeys = ["id", "description", "pattern", "category", "unit", "examples"];

    private readonly NumberLexicon lexicon;
    private readonly ImmutableArray<NumberRule> rules;

    private NumberRecognizer(NumberLexicon lexicon, ImmutableArray<NumberRule> rules, ImmutableArray<RuleExample> examples)
    {
        this.lexicon = lexicon;
        this.rules = rules;
        Examples = examples;
    }

    public ImmutableArray<RuleExample> Examples { get; }

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

            if (compiler.Compile(map, "pattern", PatternCompiler.DefaultOptions | RegexOptions.Compiled) is not { } regex)
            {
                continue;
            }

            if (!NumberRule.ValueGroups.Any(g => regex.GroupNumberFromName(g) >= 0))
            {
                map.Error(DiagnosticCodes.InvalidValue, "pattern", $"the pattern of '{id}' captures no value; name a group {string.Join(", ", NumberRule.ValueGroups)}");
                continue;
            }

            var (line, column) = map.PositionOf("pattern");
            rules.Add(new NumberRule(id, regex, map.File, line, column, map.String("category"), map.String("unit")));
            examples.AddRange(ruleExamples);
        }

        return new NumberRecognizer(lexicon, rules.ToImmutable(), examples.ToImmutable());
    }

    /// <summary>Every quantity in the document, in text order. A rule that times out on a sentence is reported and skipped there.</summary>
    public ImmutableArray<QuantityMention> Recognize(Document document, DiagnosticBag diagnostics)
    {
        var mentions = ImmutableArray.CreateBuilder<QuantityMention>();
        var candidates = new List<Candidate>();
        foreach (var sentence in document.Sentences)
        {
            var text = document.Slice(sentence.Span);
            candidates.Clear();
            for (var r = 0; r < rules.Length; r++)
            {
                Collect(rules[r], r, text, sentence, document, candidates, diagnostics);
            }

            candidates.Sort();
            var end = -1;
            foreach (var candidate in candidates)
            {
                if (candidate.Start < end)
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

    private void Collect(NumberRule rule, int index, string text, Sentence sentence, Document document, List<Candidate> candidates, DiagnosticBag diagnostics)
    {
        var found = candidates.Count;
        try
        {
            for (var match = rule.Pattern.Match(text); match.Success; match = match.NextMatch())
            {
                if (match.Length > 0 && rule.Interpret(match, lexicon) is { } value)
                {
                    candidates.Add(new Candidate(match.Index, match.Length, index, value));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            candidates.RemoveRange(found, candidates.Count - found);
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.RegexTimeout,
                rule.File,
                rule.Line,
                rule.Column,
                $"rule '{rule.Id}' took longer than {PatternCompiler.MatchTimeout.TotalMilliseconds:0} ms on sentence {sentence.Index} of article '{document.Article.Id}' and was skipped there"));
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
