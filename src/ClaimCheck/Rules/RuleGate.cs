using System.Text.RegularExpressions;
using ClaimCheck.Corpus;

namespace ClaimCheck.Rules;

/// <summary>
/// One rule as the <see cref="RuleGate"/> sees it: where it is written (for CC0201), the literal
/// prefilter of its pattern (null: none known) and its optional <c>requires</c> regex, which must
/// match a sentence before the pattern is run there.
/// </summary>
internal sealed record GatedRule
{
    public GatedRule(string id, string file, int line, int column, LiteralPrefilter? prefilter, Regex? requires)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        File = Preconditions.CheckNotNull(file, nameof(file));
        Preconditions.CheckArgument(line >= 0 && column >= 0, nameof(line), "positions are 1-based or 0 when unknown");
        Line = line;
        Column = column;
        Prefilter = prefilter;
        Requires = requires;
    }

    public string Id { get; }

    public string File { get; }

    public int Line { get; }

    public int Column { get; }

    public LiteralPrefilter? Prefilter { get; }

    public Regex? Requires { get; }
}

/// <summary>
/// What every recognizer asks before it runs a rule's pattern on a sentence, answered for all its
/// rules at once: whether the pattern's literals are there (one <see cref="CombinedPrefilter"/>
/// pass over the sentence), and whether the rule's <c>requires</c> matches (each distinct
/// requirement run at most once per sentence, after its own literal prefilter). It also holds the
/// one timeout policy: a requirement or pattern that runs past its match timeout is reported as
/// CC0201 naming the rule and the sentence, and the rule is closed for that sentence; the run goes
/// on. Immutable and shared by threads; each document is read through its own <see cref="OpenRules"/>.
/// </summary>
internal sealed class RuleGate
{
    /// <summary>The literal sets of each rule's pattern (at the rule's index), then of each requirement (after the rules).</summary>
    private readonly CombinedPrefilter prefilters;

    /// <summary>The distinct requirements, each run only where a match of it can begin (<see cref="MatchStarts"/>).</summary>
    private readonly ImmutableArray<MatchStarts> requirements;

    /// <summary>For each rule, the index of its requirement in <see cref="requirements"/>, or -1.</summary>
    private readonly ImmutableArray<int> requirementOf;

    public RuleGate(ImmutableArray<GatedRule> rules)
    {
        Rules = rules;
        var distinct = new Dictionary<(string Pattern, RegexOptions Options, TimeSpan Timeout), int>();
        var found = new List<Regex>();
        var of = ImmutableArray.CreateBuilder<int>(rules.Length);
        foreach (var rule in rules)
        {
            if (rule.Requires is not { } requires)
            {
                of.Add(-1);
                continue;
            }

            var key = (requires.ToString(), requires.Options, requires.MatchTimeout);
            if (!distinct.TryGetValue(key, out var index))
            {
                index = distinct[key] = found.Count;
                found.Add(requires);
            }

            of.Add(index);
        }

        requirementOf = of.MoveToImmutable();
        requirements = [.. found.Select(r => new MatchStarts(r))];
        prefilters = new CombinedPrefilter([.. rules.Select(r => r.Prefilter), .. found.Select(LiteralPrefilter.Of)]);
    }

    public ImmutableArray<GatedRule> Rules { get; }

    /// <summary>How many distinct requirements the rules have.</summary>
    public int RequirementCount => requirements.Length;

    /// <summary>The gate for one document: not thread-safe, so each thread reading a document takes its own.</summary>
    public OpenRules For(Article article, DiagnosticBag diagnostics) => new(this, article, diagnostics);

    /// <summary>
    /// Which rules are open for the sentence last given to <see cref="Sentence"/>, for one document.
    /// Its buffers serve every sentence of the document.
    /// </summary>
    internal sealed class OpenRules
    {
        private readonly RuleGate gate;
        private readonly Article article;
        private readonly DiagnosticBag diagnostics;
        private readonly bool[] mayMatch;
        private readonly bool[] open;

        /// <summary>For each requirement in this sentence: 0 not run yet, 1 present, -1 absent or timed out.</summary>
        private readonly sbyte[] present;

        private int sentence;

        public OpenRules(RuleGate gate, Article article, DiagnosticBag diagnostics)
        {
            this.gate = gate;
            this.article = Preconditions.CheckNotNull(article, nameof(article));
            this.diagnostics = Preconditions.CheckNotNull(diagnostics, nameof(diagnostics));
            mayMatch = new bool[gate.prefilters.Count];
            open = new bool[gate.Rules.Length];
            present = new sbyte[gate.requirements.Length];
        }

        /// <summary>How many times a requirement regex has run for this document (each at most once per sentence).</summary>
        public int RequirementRuns { get; private set; }

        /// <summary>
        /// Decides which rules are open for a sentence: its pattern's literals are in
        /// <paramref name="text"/> and its requirement matches <paramref name="text"/>. A requirement
        /// that times out is reported once, naming the first rule whose literals let it be run, and
        /// closes every rule that shares it.
        /// </summary>
        public void Sentence(ReadOnlySpan<char> text, int sentenceIndex)
        {
            sentence = sentenceIndex;
            Array.Clear(present);
            gate.prefilters.Test(text, mayMatch);
            for (var r = 0; r < open.Length; r++)
            {
                open[r] = mayMatch[r] && Required(r, text);
            }
        }

        /// <summary>Whether rule <paramref name="rule"/> may be run on the current sentence.</summary>
        public bool IsOpen(int rule) => open[rule];

        /// <summary>
        /// Runs a step of an open rule's pattern on the current sentence. A timeout is reported
        /// (CC0201) and closes the rule for the sentence, so the caller drops what the rule found there.
        /// </summary>
        /// <returns>False when the rule was closed or timed out.</returns>
        public bool Run<TState>(int rule, TState state, Action<TState> step)
        {
            if (!open[rule])
            {
                return false;
            }

            try
            {
                step(state);
                return true;
            }
            catch (RegexMatchTimeoutException)
            {
                open[rule] = false;
                Report(rule, inRequirement: false);
                return false;
            }
        }

        private bool Required(int rule, ReadOnlySpan<char> text)
        {
            var requirement = gate.requirementOf[rule];
            if (requirement < 0)
            {
                return true;
            }

            if (present[requirement] == 0)
            {
                present[requirement] = mayMatch[gate.Rules.Length + requirement] && Matches(rule, requirement, text) ? (sbyte)1 : (sbyte)-1;
            }

            return present[requirement] > 0;
        }

        private bool Matches(int rule, int requirement, ReadOnlySpan<char> text)
        {
            RequirementRuns++;
            try
            {
                return gate.requirements[requirement].IsMatch(text);
            }
            catch (RegexMatchTimeoutException)
            {
                Report(rule, inRequirement: true);
                return false;
            }
        }

        private void Report(int rule, bool inRequirement)
        {
            var gated = gate.Rules[rule];
            diagnostics.Add(Diagnostic.RegexTimeout(gated.Id, gated.File, gated.Line, gated.Column, article, sentence, inRequirement));
        }
    }
}
