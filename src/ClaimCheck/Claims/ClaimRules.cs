using System.Text.RegularExpressions;
using ClaimCheck.Consistency;
using ClaimCheck.Rules;

namespace ClaimCheck.Claims;

/// <summary>Which mention in a claim pattern's match gives the slot its value.</summary>
public enum ClaimValueKind
{
    /// <summary>The <c>{date}</c> mention's interval.</summary>
    Date,

    /// <summary>A start implied by an <c>{age}</c> or an elapsed <c>{duration}</c> before publication.</summary>
    Elapsed,

    /// <summary>The <c>{duration}</c> mention itself.</summary>
    Duration,

    /// <summary>The <c>{count}</c> mention.</summary>
    Count,

    /// <summary>A <c>{rate}</c> mention ("one killed every 25 minutes"), or a <c>{count}</c> per <c>{every}</c> period.</summary>
    Rate,

    /// <summary>Every person, country and organization inside the <c>members</c> group (or the match).</summary>
    Set,

    /// <summary>How old someone is, in years: a <c>{count}</c> ("Smith, 41,") or an <c>{age}</c> in years.</summary>
    Age,

    /// <summary>How long something has gone on: a <c>{count}</c> that is an ordinal ("the seventh"), with its unit in the <c>period</c> group ("day").</summary>
    Running,

    /// <summary>That the thing of the concept word matched was done ("a distress call was received"), or with <c>positive: false</c> was not ("no distress call was sent").</summary>
    Occurrence,

    /// <summary>The rule's own <c>label</c> ("life without parole"): a kind of thing the text states, which outlets give alike or not at all.</summary>
    Label,
}

/// <summary>One claim rule: a pattern over a masked sentence, the event type and slot it fills, and how it reads the value.</summary>
/// <remarks><see cref="Where"/>, when given, must also match the original (unmasked) text of the match: it lets a rule look inside a masked mention.
/// <see cref="Requires"/>, when given, is tried once on a sentence's original text before the pattern: a cheap test that lets most sentences skip the rule.
/// <see cref="Positive"/> is false for a rule that reads a denial ("did not attend"): its claims say the value does not hold.</remarks>
public sealed record ClaimRule(string Id, string EventType, string Slot, ClaimValueKind ValueKind, Regex Pattern, Regex? Where, Regex? Requires, bool Cumulative, string File, int Line)
{
    /// <summary>
    /// The markers of the mentions every match of the pattern holds (the rule's <c>needs</c>): a
    /// masked sentence without one of them is skipped before the pattern runs, which matters for
    /// frames whose concept words are in most sentences of a corpus.
    /// </summary>
    internal string NeededMarkers { get; init; } = "";

    /// <summary>Whether the pattern holds no mention ("no distress call was sent"), so that it may match a sentence in which none was recognized.</summary>
    internal bool ReadsBareSentences { get; init; }

    /// <summary>Literal words one of which a sentence must contain for the rule to match (read off its pattern); null when none can be read.</summary>
    internal LiteralPrefilter? Prefilter { get; init; }

    /// <summary>
    /// The pattern, run only where its matches can begin, interpreted at first and compiled once
    /// used often: compiling every rule at load is most of the time a fresh process spends
    /// loading, and a run that matches few rules need not pay it.
    /// </summary>
    internal MatchStarts? Search { get; init; }

    /// <summary>The matches of the pattern in a masked sentence, in order.</summary>
    internal IEnumerable<Match> MatchesIn(string masked) => Search is { } search ? search.Matches(masked) : Pattern.Matches(masked);

    /// <summary>The column of the rule in its file (with <see cref="Line"/>, where a diagnostic about it points); 0 when not known.</summary>
    public int Column { get; init; }

    public bool Positive { get; init; } = true;

    /// <summary>The value of a rule whose <see cref="ValueKind"/> is <see cref="ClaimValueKind.Label"/>.</summary>
    public string? Label { get; init; }

    /// <summary>Where the rule's claims go when the words after their evidence make them a running total (a war's toll "since 2011").</summary>
    public RunningTotal? RunningTotal { get; init; }

    /// <summary>
    /// A generic frame (<c>rules/concepts/</c>): its event and slot name <c>{concept}</c>, the
    /// concept of the word its pattern matched; its claims give way to those of specific rules.
    /// </summary>
    public bool IsFrame { get; init; }
}

/// <summary>
/// A count whose evidence is followed by words <see cref="After"/> finds ("since 2011", "in five
/// years of war") or preceded by words <see cref="Before"/> finds ("the conflict has killed") runs
/// over a whole conflict: its claim belongs to another event and slot (a running death toll), not
/// to the incident the sentence reports.
/// </summary>
public sealed record RunningTotal(Regex After, Regex? Before, string EventType, string Slot);

/// <summary>Whether a qualifier is read around each claim in its sentence, or once for every claim of its slots in the article.</summary>
public enum QualifierReach
{
    /// <summary>The words before the claim's evidence, the evidence and the words after it, in its sentence (<see cref="QualifierRule.Before"/>, <see cref="QualifierRule.Evidence"/>, <see cref="QualifierRule.After"/>).</summary>
    Clause,

    /// <summary>Any sentence of the article (<see cref="QualifierRule.Sentence"/>): "the gunman then killed himself" bears on every count of the dead the article gives.</summary>
    Article,
}

/// <summary>
/// A qualifier rule (a claim file's <c>qualifiers:</c> section): the claims of <see cref="Slots"/>
/// whose words match every pattern given get a <see cref="ClaimQualifier"/> of <see cref="Kind"/>.
/// Patterns run on the original text, and each must match somewhere in its part of the sentence.
/// </summary>
public sealed record QualifierRule(string Id, QualifierKind Kind, string? Of, int Adds, QualifierReach Reach, ImmutableHashSet<string> Slots, string File, int Line)
{
    public Regex? Before { get; init; }

    public Regex? Evidence { get; init; }

    public Regex? After { get; init; }

    public Regex? Sentence
    {
        get;
        init
        {
            field = value;
            SentenceGate = value is null ? null : (LiteralPrefilter.Of(value), CompiledPatterns.Deferred(value));
        }
    }

    /// <summary>
    /// For <see cref="Sentence"/>, which runs on every sentence of an article until it matches
    /// (mostly on all of them, since mostly it does not): the literal words a sentence must hold
    /// for it to match, and the pattern compiled once used often.
    /// </summary>
    internal (LiteralPrefilter? Prefilter, TieredRegex Pattern)? SentenceGate { get; private init; }

    public int Column { get; init; }
}

/// <summary>A pattern naming the source of a sentence's figures, in a group named <c>source</c>, and where it is written.</summary>
public sealed record AttributionRule(Regex Pattern, string File, int Line)
{
    /// <summary>The column of the pattern in its file; 0 when not known.</summary>
    public int Column { get; init; }

    public const string RuleId = "claims.attribution";
}

/// <summary>
/// Claim rules (rules/claims) and comparison policies (rules/policies). Claim patterns run over a
/// sentence whose mentions are masked; the reserved fragments <c>{date}</c>, <c>{age}</c>,
/// <c>{duration}</c>, <c>{every}</c>, <c>{count}</c>, <c>{rate}</c>, <c>{person}</c>, <c>{country}</c>,
/// <c>{organization}</c>, <c>{place}</c>, <c>{group}</c> and <c>{entity}</c> each match one mention.
/// </summary>
public sealed class ClaimRules
{
    private static readonly string[] RuleKeys = ["id", "event", "slot", "value", "label", "pattern", "where", "requires", "needs", "cumulative", "positive", "examples"];

    private ClaimRules(ImmutableArray<ClaimRule> rules, QuoteRecognizer quotes, Policies policies, ImmutableArray<RuleExample> examples, ConceptLexicon concepts)
    {
        Concepts = concepts;
        Rules = rules;
        Gate = new RuleGate([.. rules.Select(r => new GatedRule(r.Id, r.File, r.Line, r.Column, r.Prefilter, r.Requires))]);
        ReadsBareSentences = rules.Any(r => r.ReadsBareSentences);
        Quotes = quotes;
        Policies = policies;
        Examples = examples;
    }

    /// <summary>
    /// Patterns naming the source of a sentence's figures ("according to the ministry", "Tass
    /// reported"); each masks the source as a mention in a group named <c>source</c>.
    /// </summary>
    public ImmutableArray<AttributionRule> Attribution { get; private init; } = [];

    /// <summary>What changes the meaning of a claim's value: parts, scopes, possibilities, inclusions (design.md §1a).</summary>
    public ImmutableArray<QualifierRule> Qualifiers { get; private init; } = [];

    /// <summary>Quotes and their speakers, with the cues of the claim files' <c>quotes:</c> section.</summary>
    public QuoteRecognizer Quotes { get; }

    public ImmutableArray<ClaimRule> Rules { get; }

    /// <summary>Whether some rule's pattern holds no mention, and so may match a sentence in which none was recognized: only such rules are tried there.</summary>
    internal bool ReadsBareSentences { get; }

    /// <summary>
    /// Which rules may match a sentence, in rule order: the prefilters (read off the unmasked
    /// patterns) and requirements are tested on the sentence's original text.
    /// </summary>
    internal RuleGate Gate { get; }

    public Policies Policies { get; }

    /// <summary>The superlatives that state a place in a ranking (<c>rules/concepts/</c>), read as figures.</summary>
    public RankLexicon Ranks { get; private init; } = RankLexicon.Empty;

    /// <summary>The words that tell a score, a vote or a ruling from other pairs of numbers (<c>rules/concepts/</c>), read as figures.</summary>
    public TallyLexicon Tallies { get; private init; } = TallyLexicon.Empty;

    /// <summary>The concept lexicon the frames name their claims by.</summary>
    public ConceptLexicon Concepts { get; }

    public ImmutableArray<RuleExample> Examples { get; }

    /// <param name="conceptFiles">The concept lexicon and its generic frames (<c>rules/concepts/</c>): <c>concepts:</c> entries, and <c>rules:</c> whose event and slot may name <c>{concept}</c>.</param>
    public static ClaimRules Load(ImmutableArray<RuleFile> claimFiles, ImmutableArray<RuleFile> conceptFiles, ImmutableArray<RuleFile> policyFiles, DiagnosticBag diagnostics)
    {
        var rules = ImmutableArray.CreateBuilder<ClaimRule>();
        var examples = ImmutableArray.CreateBuilder<RuleExample>();
        var conceptExamples = new List<RuleExample>();
        var concepts = ConceptLexicon.Load(conceptFiles, diagnostics, conceptExamples);
        var ranks = RankLexicon.Load(conceptFiles, diagnostics, conceptExamples);
        var tallies = TallyLexicon.Load(conceptFiles, conceptExamples);
        examples.AddRange(conceptExamples);
        var conceptFragment = concepts.Fragments.ToArray();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var cues = QuoteCues.None;
        var attribution = ImmutableArray.CreateBuilder<AttributionRule>();
        var qualifiers = ImmutableArray.CreateBuilder<QualifierRule>();
        foreach (var (file, frames) in claimFiles.Select(f => (f, false)).Concat(conceptFiles.Select(f => (f, true))))
        {
            var root = file.Root;
            if (frames)
            {
                root.CheckKeys("fragments", "rules", "reference", "concepts", "superlatives", "ordinals", "tallies");
            }
            else
            {
                root.CheckKeys("fragments", "rules", "reference", "quotes", "attribution", "running-total", "qualifiers");
            }

            var reference = root.Date("reference") ?? RuleExample.DefaultReference;
            var compiler = new PatternCompiler(MentionMask.Fragments).WithFragments(conceptFragment).WithFragments(root.StringPairs("fragments"));
            var unmasked = new PatternCompiler(MentionMask.Fragments.Select(f => KeyValuePair.Create(f.Key, $"(?<{f.Key}>[^\n]+)"))).WithFragments(conceptFragment).WithFragments(root.StringPairs("fragments"));
            foreach (var item in root.Maps("attribution"))
            {
                item.CheckKeys("pattern");
                if (compiler.Compile(item, "pattern") is { } source)
                {
                    attribution.Add(new AttributionRule(source, file.Path, item.Line) { Column = item.Column });
                }
            }

            var (runningTotal, runningSlots) = ReadRunningTotal(root, compiler);
            if (root.Map("quotes") is { } quotes)
            {
                cues = QuoteCues.Load(quotes, compiler);
                examples.AddRange(RuleExample.ReadAll(quotes, QuoteRecognizer.RuleId, reference));
            }

            foreach (var item in root.Maps("qualifiers"))
            {
                if (ReadQualifier(item, compiler, file, seen) is { } qualifier)
                {
                    qualifiers.Add(qualifier);
                    examples.AddRange(RuleExample.ReadAll(item, qualifier.Id, reference));
                }
            }

            foreach (var item in root.Maps("rules", required: !frames && !root.Has("quotes") && !root.Has("qualifiers")))
            {
                item.CheckKeys(RuleKeys);
                var id = item.String("id", required: true);
                var eventType = item.String("event", required: true);
                var slot = item.String("slot", required: true);
                var valueText = item.String("value", required: true);
                var pattern = compiler.Compile(item, "pattern");
                var where = item.Has("where") ? compiler.Compile(item, "where") : null;
                var requires = item.Has("requires") ? compiler.Compile(item, "requires") : null;
                if ((item.Has("where") && where is null) || (item.Has("requires") && requires is null) || id is null || eventType is null || slot is null || valueText is null || pattern is null)
                {
                    continue;
                }

                if (eventType.Contains("{concept}", StringComparison.Ordinal) != slot.Contains("{concept}", StringComparison.Ordinal)
                    || (eventType.Contains("{concept}", StringComparison.Ordinal) && !(frames && (ConceptLexicon.NamedIn(item.String("pattern")!) || ConceptLexicon.NamedIn(item.String("where") ?? "")))))
                {
                    item.Error(DiagnosticCodes.InvalidValue, "event", "a frame of rules/concepts names {concept} in its event and slot, and in its pattern or where");
                    continue;
                }

                if (slot.Contains("{person}", StringComparison.Ordinal) && !(frames && item.String("pattern")!.Contains("{person}", StringComparison.Ordinal)))
                {
                    item.Error(DiagnosticCodes.InvalidValue, "slot", "a frame of rules/concepts names {person} in its slot only when its pattern has one");
                    continue;
                }

                var needs = item.Has("needs") ? item.Strings("needs") : [];
                if (needs.FirstOrDefault(n => MentionMask.MarkerOf(n) is null || !item.String("pattern")!.Contains($"{{{n}}}", StringComparison.Ordinal)) is { } unknown)
                {
                    item.Error(DiagnosticCodes.InvalidValue, "needs", $"'needs' names mentions the pattern holds ({{date}}, {{count}}...); '{unknown}' is not one of them");
                    continue;
                }

                if (!Enum.TryParse<ClaimValueKind>(valueText, ignoreCase: true, out var valueKind))
                {
                    item.Error(DiagnosticCodes.InvalidValue, "value", $"'value' must be one of: {string.Join(", ", Enum.GetNames<ClaimValueKind>().Select(n => n.ToLowerInvariant()))}");
                    continue;
                }

                var label = item.String("label");
                if ((valueKind == ClaimValueKind.Label) != (label is not null))
                {
                    item.Error(DiagnosticCodes.InvalidValue, "label", "a rule gives a 'label' exactly when its value is label");
                    continue;
                }

                if (seen.TryGetValue(id, out var first))
                {
                    item.Error(DiagnosticCodes.DuplicateRuleId, "id", $"rule id '{id}' is already used in {first}");
                    continue;
                }

                seen[id] = $"{file.Path}({item.Line},{item.Column})";
                var ruleExamples = RuleExample.ReadAll(item, id, reference);
                if (ruleExamples.IsEmpty)
                {
                    item.Warning(DiagnosticCodes.NoExamples, "id", $"rule '{id}' has no examples");
                }

                examples.AddRange(ruleExamples);
                // Mentions are masked in the text a pattern runs on, so the literals a sentence must
                // hold are read off the pattern with each mention standing for any text.
                var prefilter = unmasked.Compile(item, "pattern") is { } readable ? LiteralPrefilter.Of(readable) : null;
                rules.Add(new ClaimRule(id, eventType, slot, valueKind, pattern, where, requires, item.Bool("cumulative") ?? false, file.Path, item.Line)
                {
                    Positive = item.Bool("positive") ?? true,
                    Label = label,
                    Prefilter = prefilter,
                    NeededMarkers = string.Concat(needs.Select(n => MentionMask.MarkerOf(n)!.Value)),
                    ReadsBareSentences = !MentionMask.HoldsMention(pattern),
                    Search = new MatchStarts(pattern),
                    Column = item.Column,
                    RunningTotal = runningSlots.Contains(slot) ? runningTotal : null,
                    IsFrame = frames,
                });
            }
        }

        return new ClaimRules(rules.ToImmutable(), new QuoteRecognizer(cues), Policies.Load(policyFiles), examples.ToImmutable(), concepts) { Attribution = attribution.ToImmutable(), Qualifiers = qualifiers.ToImmutable(), Ranks = ranks, Tallies = tallies };
    }


    private static readonly string[] QualifierKeys = ["id", "kind", "of", "adds", "reach", "slots", "before", "evidence", "after", "sentence", "examples"];

    /// <summary>
    /// One entry of a <c>qualifiers:</c> section: <c>id</c>, <c>kind</c> (part, scope, modal,
    /// includes), <c>of</c>, <c>adds</c> (includes), <c>slots</c>, and either <c>sentence</c>
    /// (<c>reach: article</c>) or any of <c>before</c>, <c>evidence</c> and <c>after</c>.
    /// </summary>
    private static QualifierRule? ReadQualifier(YamlMap item, PatternCompiler compiler, RuleFile file, Dictionary<string, string> seen)
    {
        item.CheckKeys(QualifierKeys);
        var id = item.String("id", required: true);
        var kindText = item.String("kind", required: true);
        var slots = item.Strings("slots", required: true);
        var reach = item.String("reach") ?? "clause";
        if (id is null || kindText is null || slots.IsEmpty)
        {
            return null;
        }

        QualifierKind[] kinds = [QualifierKind.Part, QualifierKind.Scope, QualifierKind.Modal, QualifierKind.Includes, QualifierKind.Rising];
        if (!Enum.TryParse<QualifierKind>(kindText, ignoreCase: true, out var kind) || !kinds.Contains(kind))
        {
            item.Error(DiagnosticCodes.InvalidValue, "kind", $"'kind' must be one of: {string.Join(", ", kinds.Select(k => k.ToString().ToLowerInvariant()))}");
            return null;
        }

        if (reach is not ("clause" or "article"))
        {
            item.Error(DiagnosticCodes.InvalidValue, "reach", "'reach' must be clause or article");
            return null;
        }

        var adds = item.Int("adds") ?? 0;
        if (adds < 0 || (kind == QualifierKind.Includes) != (adds > 0))
        {
            item.Error(DiagnosticCodes.InvalidValue, kind == QualifierKind.Includes ? "kind" : "adds", "'adds' (a positive number) goes with kind includes, and only with it");
            return null;
        }

        string[] parts = reach == "article" ? ["sentence"] : ["before", "evidence", "after"];
        if (!parts.Any(item.Has) || (reach == "article" ? item.Has("before") || item.Has("evidence") || item.Has("after") : item.Has("sentence")))
        {
            item.Error(DiagnosticCodes.InvalidValue, "reach", reach == "article"
                ? "a qualifier of reach article reads a 'sentence' pattern, and only it"
                : "a qualifier of reach clause reads 'before', 'evidence' or 'after' patterns, not 'sentence'");
            return null;
        }

        var patterns = parts.ToDictionary(p => p, p => item.Has(p) ? compiler.Compile(item, p) : null);
        if (parts.Any(p => item.Has(p) && patterns[p] is null))
        {
            return null;
        }

        if (seen.TryGetValue(id, out var first))
        {
            item.Error(DiagnosticCodes.DuplicateRuleId, "id", $"rule id '{id}' is already used in {first}");
            return null;
        }

        seen[id] = $"{file.Path}({item.Line},{item.Column})";
        return new QualifierRule(id, kind, item.String("of"), adds, reach == "article" ? QualifierReach.Article : QualifierReach.Clause, [.. slots], file.Path, item.Line)
        {
            Before = patterns.GetValueOrDefault("before"),
            Evidence = patterns.GetValueOrDefault("evidence"),
            After = patterns.GetValueOrDefault("after"),
            Sentence = patterns.GetValueOrDefault("sentence"),
            Column = item.Column,
        };
    }

    /// <summary>A file's <c>running-total</c> section: <c>slots</c> it applies to, the <c>after</c> and <c>before</c> patterns, and the <c>event</c> and <c>slot</c> such claims go to.</summary>
    private static (RunningTotal? RunningTotal, ImmutableHashSet<string> Slots) ReadRunningTotal(YamlMap root, PatternCompiler compiler)
    {
        if (root.Map("running-total") is not { } section)
        {
            return (null, []);
        }

        section.CheckKeys("slots", "after", "before", "event", "slot");
        var after = compiler.Compile(section, "after");
        var before = section.Has("before") ? compiler.Compile(section, "before") : null;
        var eventType = section.String("event", required: true);
        var slot = section.String("slot", required: true);
        return after is null || (section.Has("before") && before is null) || eventType is null || slot is null
            ? (null, [])
            : (new RunningTotal(after, before, eventType, slot), [.. section.Strings("slots")]);
    }
}
