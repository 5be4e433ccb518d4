using System.Text.RegularExpressions;
using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Time;

/// <summary>
/// The time recognizer: a rule-based temporal tagger whose grammar and lexicon are the YAML files
/// of rules/time. Each rule runs over the sentences its prefilter and `requires` let through;
/// where matches overlap the longest wins (then the earliest, then the higher priority, then the
/// rule loaded first), except that anaphoric matches ("that day", "two days later") come after all
/// others, so the dates they count from are known, and take over the matches they contain; each
/// kept match is resolved against the article's publication date or, if anaphoric, an earlier date.
/// Files ending in <c>.spec.yaml</c> are test specifications, not rules, and are left to the tests.
/// </summary>
public sealed class TimeRecognizer
{
    public const string SpecSuffix = ".spec.yaml";

    /// <summary>No time expression has a word longer than this; longer runs without spaces are not scanned.</summary>
    public const int LongestWord = 64;

    private static readonly string[] RuleKeys = ["id", "type", "pattern", "requires", "age", "value", "unit", "priority", "examples"];

    private readonly TimeResolver resolver;

    /// <summary>Which rules may match a sentence (their literals, their <c>requires</c>) and what a timeout does.</summary>
    internal RuleGate Gate { get; }

    /// <summary>For each rule, its pattern, run only where a match of it can begin (<see cref="MatchStarts"/>).</summary>
    private readonly ImmutableArray<MatchStarts> searches;

    private TimeRecognizer(TimeLexicon lexicon, ImmutableArray<TimeRule> rules, ImmutableArray<RuleExample> examples)
    {
        Lexicon = lexicon;
        Rules = rules;
        Examples = examples;
        resolver = new TimeResolver(lexicon);
        searches = [.. rules.Select(r => new MatchStarts(r.Pattern))];
        Gate = new RuleGate([.. rules.Select(r => new GatedRule(r.Id, r.File, r.Line, r.Column, r.Prefilter, r.Requires))]);
    }

    public TimeLexicon Lexicon { get; }

    public ImmutableArray<TimeRule> Rules { get; }

    public ImmutableArray<RuleExample> Examples { get; }

    /// <summary>Loads the lexicon, fragments and rules of rules/time. Bad rules are reported and skipped.</summary>
    public static TimeRecognizer Load(ImmutableArray<RuleFile> files, DiagnosticBag diagnostics)
    {
        var ruleFiles = files.Where(f => !f.Path.EndsWith(SpecSuffix, StringComparison.OrdinalIgnoreCase)).ToImmutableArray();
        foreach (var file in ruleFiles)
        {
            file.Root.CheckKeys("lexicon", "fragments", "rules");
        }

        var compiler = new PatternCompiler(ruleFiles.SelectMany(f => f.Root.StringPairs("fragments")));
        var builder = new TimeLexicon.Builder();
        foreach (var file in ruleFiles)
        {
            if (file.Root.Map("lexicon") is { } section)
            {
                builder.Read(section);
            }
        }

        var lexicon = builder.Build(compiler);
        compiler = compiler.WithFragments(lexicon.Fragments);

        var rules = ImmutableArray.CreateBuilder<TimeRule>();
        var examples = ImmutableArray.CreateBuilder<RuleExample>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var map in ruleFiles.SelectMany(f => f.Root.Maps("rules")))
        {
            if (ReadRule(map, compiler, lexicon, ids) is { } rule)
            {
                rules.Add(rule);
                examples.AddRange(RuleExample.ReadAll(map, rule.Id, RuleExample.DefaultReference));
                if (!map.Has("examples"))
                {
                    map.Warning(DiagnosticCodes.NoExamples, "id", $"rule '{rule.Id}' has no examples");
                }
            }
        }

        return new TimeRecognizer(lexicon, rules.ToImmutable(), examples.ToImmutable());
    }

    /// <summary>
    /// The time expressions of every sentence, in text order. A rule that times out is reported and
    /// skipped for that sentence. <paramref name="place"/>, where the story happens, gives "local time" its offset.
    /// </summary>
    public ImmutableArray<TimeMention> Recognize(Document document, DiagnosticBag diagnostics, Names.ArticlePlace? place = null)
    {
        var result = ImmutableArray.CreateBuilder<TimeMention>();
        var anchors = new LatestAnchors();
        var kept = new SentenceMentions();
        var candidates = new List<Candidate>();
        var open = Gate.For(document.Article, diagnostics);
        foreach (var sentence in document.Sentences)
        {
            candidates.Clear();
            var scan = ScanText.Of(document.Text, sentence.Span);
            Collect(sentence, scan, open, candidates);
            if (candidates.Count > 0)
            {
                Choose(document, place, sentence, scan, candidates, result, anchors, kept, diagnostics);
            }
        }

        ZoneConversions(document.Text, result);
        return result.ToImmutable();
    }

    /// <summary>
    /// A local clock time followed by its conversion in brackets ("8 p.m. local time (1700 GMT)",
    /// "10:35 a.m. (0735 GMT)") is the same instant: it takes the offset the two clocks differ by,
    /// and a conversion that says nothing more ("0735 GMT", not "4 a.m. EDT Thursday") is no mention
    /// of its own (as TimeML has it).
    /// </summary>
    private static void ZoneConversions(string text, ImmutableArray<TimeMention>.Builder mentions)
    {
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var (local, zoned) = (mentions[i], mentions[i + 1]);
            if (local.Value is not { Type: TimeType.Time, Zoned: false, Granularity: >= Granularity.Hour, Interval: { } clock }
                || zoned.Value is not { Type: TimeType.Time, UtcOffset: { } utcOffset, Interval: { } utc }
                || zoned.Sentence != local.Sentence
                || !ConversionBracket.IsMatch(text.AsSpan(local.Span.End, zoned.Span.Start - local.Span.End)))
            {
                continue;
            }

            // The clocks differ by less than a day: 20:00 local against 17:00 GMT is three hours ahead.
            var apart = TimeSpan.FromMinutes((clock.Earliest.TimeOfDay - utc.Earliest.TimeOfDay).TotalMinutes % 1440);
            apart = apart > TimeSpan.FromHours(14) ? apart - TimeSpan.FromDays(1) : apart < TimeSpan.FromHours(-12) ? apart + TimeSpan.FromDays(1) : apart;
            mentions[i] = new TimeMention(local.Span, local.RuleId, local.Sentence, local.Text, local.Value with { UtcOffset = apart + utcOffset, Zoned = true, OffsetPlace = null });
            if (BareClock.IsMatch(zoned.Text))
            {
                mentions.RemoveAt(i + 1);
            }
        }
    }

    private static readonly Regex BareClock = new(@"^[\d:.]+\s*(?:hrs?|hours)?\s*[A-Z]{2,4}$", RegexOptions.CultureInvariant, PatternCompiler.MatchTimeout);

    private static readonly Regex ConversionBracket = new(@"^\s*(?:local\s+time\s*)?[(\[]\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternCompiler.MatchTimeout);

    /// <summary>Every match of every rule the gate opens for the sentence; a rule that times out leaves none.</summary>
    private void Collect(Sentence sentence, ScanText scan, RuleGate.OpenRules open, List<Candidate> candidates)
    {
        open.Sentence(scan.Text, sentence.Index);
        for (var r = 0; r < Rules.Length; r++)
        {
            if (!open.IsOpen(r))
            {
                continue;
            }

            var found = candidates.Count;
            if (!open.Run(r, (Search: searches[r], scan.Text, Candidates: candidates, Rule: r), static s =>
                {
                    foreach (var match in s.Search.Matches(s.Text))
                    {
                        if (match.Length > 0)
                        {
                            s.Candidates.Add(new Candidate(match, s.Rule));
                        }
                    }
                }))
            {
                candidates.RemoveRange(found, candidates.Count - found);
            }
        }
    }

    private void Choose(Document document, Names.ArticlePlace? place, Sentence sentence, ScanText scan, List<Candidate> candidates, ImmutableArray<TimeMention>.Builder result, LatestAnchors anchors, SentenceMentions kept, DiagnosticBag diagnostics)
    {
        candidates.Sort((a, b) =>
        {
            var order = Rules[a.Rule].IsAnaphoric.CompareTo(Rules[b.Rule].IsAnaphoric);
            order = order != 0 ? order : b.Match.Length.CompareTo(a.Match.Length);
            order = order != 0 ? order : a.Match.Index.CompareTo(b.Match.Index);
            order = order != 0 ? order : Rules[b.Rule].Priority.CompareTo(Rules[a.Rule].Priority);
            return order != 0 ? order : a.Rule.CompareTo(b.Rule);
        });
        var cues = new TenseCues(Lexicon, scan, document.Article, sentence.Index, diagnostics);
        kept.Start(sentence.Span);
        foreach (var (match, r) in candidates)
        {
            var span = new TextSpan(match.Index + scan.Shift, match.Length);
            // An anaphoric reading takes over the expressions it contains ("two days" in "two days later").
            var overlapping = kept.Overlaps(span);
            if (overlapping && !(Rules[r].IsAnaphoric && kept.AllWithin(span)))
            {
                continue;
            }

            var value = OnTheCalendar(() => resolver.Resolve(Rules[r], match, document.Article.Published, document.Article.DateOrder ?? Lexicon.DateOrder, place, () => cues.At(span),
                (finest, sentencesBack) => kept.NearestBefore(span.Start, finest) ?? anchors.Latest(finest, sentence.Index - sentencesBack)));
            if (value is not null)
            {
                if (overlapping)
                {
                    kept.RemoveWithin(span);
                }

                kept.Add(new TimeMention(span, Rules[r].Id, sentence.Index, document.Slice(span), value));
            }
        }

        kept.TakeInOrder(result, anchors);
    }

    /// <summary>
    /// A time that runs off the calendar ("10,000 years ago": dates hold the years 1 to 9999) names
    /// no day ClaimCheck can hold, so it has no value, as an expression that does not resolve; the
    /// article is read on.
    /// </summary>
    private static TimeValue? OnTheCalendar(Func<TimeValue?> resolve)
    {
        try
        {
            return resolve();
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Whether a mention can anchor an anaphoric expression of granularity <paramref name="finest"/>: a date or time with a calendar interval, at least that fine.</summary>
    private static bool CanAnchor(TimeMention mention, Granularity finest) =>
        mention.Value is { Type: TimeType.Date or TimeType.Time, Interval: not null } value
        && !value.Timex.EndsWith("_REF", StringComparison.Ordinal)
        && value.Granularity >= finest;

    /// <summary>
    /// The mentions kept in one sentence, by the character they start at: overlap tests and the
    /// nearest anchor before a position cost the length of an expression, not the number of
    /// mentions, so a sentence of thousands of expressions is read in linear time. One instance
    /// serves a whole document: its buffers grow to the longest sentence and only the cells a
    /// sentence used are cleared for the next.
    /// </summary>
    private sealed class SentenceMentions
    {
        /// <summary>How far back in its sentence an anaphoric expression looks for its anchor.</summary>
        private const int Lookback = 1000;

        private bool[] covered = [];
        private TimeMention?[] startingAt = [];
        private TextSpan sentence;

        public void Start(TextSpan next)
        {
            sentence = next;
            if (covered.Length < next.Length)
            {
                covered = new bool[next.Length];
                startingAt = new TimeMention?[next.Length];
            }
        }

        public bool Overlaps(TextSpan span)
        {
            for (var i = span.Start; i < span.End; i++)
            {
                if (covered[i - sentence.Start])
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether every kept mention that overlaps <paramref name="span"/> lies within it. Kept
        /// mentions never overlap each other, so only one that runs across either edge can stick out.
        /// </summary>
        public bool AllWithin(TextSpan span)
        {
            var (start, end) = (span.Start - sentence.Start, span.End - sentence.Start);
            var acrossStart = covered[start] && startingAt[start] is null;
            var acrossEnd = span.End < sentence.End && covered[end] && startingAt[end] is null;
            return !acrossStart && !acrossEnd;
        }

        public void RemoveWithin(TextSpan span)
        {
            for (var i = span.Start - sentence.Start; i < span.End - sentence.Start; i++)
            {
                if (startingAt[i] is { } mention)
                {
                    Array.Clear(covered, i, mention.Span.Length);
                    startingAt[i] = null;
                }
            }
        }

        public void Add(TimeMention mention)
        {
            Array.Fill(covered, true, mention.Span.Start - sentence.Start, mention.Span.Length);
            startingAt[mention.Span.Start - sentence.Start] = mention;
        }

        public TimeMention? NearestBefore(int position, Granularity finest)
        {
            var stop = Math.Max(sentence.Start, position - Lookback);
            for (var i = position - 1; i >= stop; i--)
            {
                if (startingAt[i - sentence.Start] is { } mention && mention.Span.End <= position && CanAnchor(mention, finest))
                {
                    return mention;
                }
            }

            return null;
        }

        /// <summary>The sentence's mentions in text order; the buffers are cleared for the next sentence.</summary>
        public void TakeInOrder(ImmutableArray<TimeMention>.Builder result, LatestAnchors anchors)
        {
            for (var i = 0; i < sentence.Length; i++)
            {
                if (startingAt[i] is { } mention)
                {
                    Array.Clear(covered, i, mention.Span.Length);
                    startingAt[i] = null;
                    result.Add(mention);
                    anchors.Add(mention);
                }
            }
        }
    }

    /// <summary>The latest mention of earlier sentences that can anchor each granularity, kept as sentences are read.</summary>
    private sealed class LatestAnchors
    {
        private readonly TimeMention?[] latest = new TimeMention?[Enum.GetValues<Granularity>().Length];

        public void Add(TimeMention mention)
        {
            if (!CanAnchor(mention, Granularity.Century))
            {
                return;
            }

            for (var g = 0; g <= (int)mention.Value.Granularity; g++)
            {
                latest[g] = mention;
            }
        }

        /// <summary>The latest anchor at least as fine as <paramref name="finest"/>, if it lies in <paramref name="firstSentence"/> or later.</summary>
        public TimeMention? Latest(Granularity finest, int firstSentence) =>
            latest[(int)finest] is { } mention && mention.Sentence >= firstSentence ? mention : null;
    }

    private static TimeRule? ReadRule(YamlMap map, PatternCompiler compiler, TimeLexicon lexicon, HashSet<string> ids)
    {
        map.CheckKeys(RuleKeys);
        var id = map.String("id", required: true);
        if (id is null)
        {
            return null;
        }

        if (!id.StartsWith("time.", StringComparison.Ordinal))
        {
            map.Error(DiagnosticCodes.InvalidValue, "id", $"time rule ids start with 'time.', not '{id}'");
            return null;
        }

        if (!ids.Add(id))
        {
            map.Error(DiagnosticCodes.DuplicateRuleId, "id", $"rule id '{id}' is used twice");
            return null;
        }

        var typeText = map.String("type", required: true);
        if (typeText is null || !Enum.TryParse<TimeType>(typeText, ignoreCase: true, out var type) || !Enum.IsDefined(type) || char.IsDigit(typeText[0]))
        {
            if (typeText is not null)
            {
                map.Error(DiagnosticCodes.InvalidValue, "type", $"'type' must be date, time, duration or set, not '{typeText}'");
            }

            return null;
        }

        UnitWord? unit = null;
        if (map.String("unit") is { } unitWord)
        {
            if (!TimeLexicon.TryLookup(lexicon.Units, unitWord, out var found))
            {
                map.Error(DiagnosticCodes.UnknownReference, "unit", $"'{unitWord}' is not in the lexicon's units");
                return null;
            }

            unit = found;
        }

        var fixedValue = map.String("value");
        if (fixedValue is not null && !fixedValue.EndsWith("_REF", StringComparison.Ordinal))
        {
            map.Error(DiagnosticCodes.InvalidValue, "value", $"'value' is for vague references (PRESENT_REF, PAST_REF, FUTURE_REF), not '{fixedValue}'");
            return null;
        }

        if (compiler.Compile(map, "pattern") is not { } parsed)
        {
            return null;
        }

        // Read once for both the guard and the prefilter; the guard adds no literal a match needs.
        var (prefilter, start) = LiteralPrefilter.Analyze(parsed);
        // Interpreted here (cheap to build); the recognizer compiles it once it is used often (see TieredRegex).
        var pattern = new Regex(LeadingCharacters.Guarded(parsed, start), parsed.Options, parsed.MatchTimeout);

        var unknown = pattern.GetGroupNames().Where(g => g != "0" && !TimeRule.KnownGroups.Contains(g)).ToList();
        if (unknown.Count > 0)
        {
            map.Error(DiagnosticCodes.UnknownReference, "pattern", $"unknown group name(s) {string.Join(", ", unknown)}; the time recognizer knows: {string.Join(", ", TimeRule.KnownGroups.Order(StringComparer.Ordinal))}");
            return null;
        }

        Regex? requires = null;
        if (map.Has("requires") && (requires = compiler.Compile(map, "requires")) is null)
        {
            return null;
        }

        var (line, column) = map.PositionOf("pattern");
        return new TimeRule(id, type, pattern, map.File, line, column)
        {
            IsAge = map.Bool("age") ?? false,
            FixedValue = fixedValue,
            Unit = unit,
            Priority = map.Int("priority") ?? 0,
            Requires = requires,
            Prefilter = prefilter,
        };
    }

    private readonly record struct Candidate(Match Match, int Rule);

    /// <summary>
    /// The text the rules scan for one sentence: the sentence itself, except that runs of more than
    /// <see cref="LongestWord"/> characters without a space (a megabyte of digits, a line of commas)
    /// are blanked, so that no pattern has to work through them. It is a string of its own, so that
    /// a rule can be tried at one place of it (<see cref="MatchStarts"/>); <see cref="Shift"/> takes
    /// an offset in it to one in the article.
    /// </summary>
    internal readonly record struct ScanText(string Text, int Shift)
    {
        public static ScanText Of(string text, TextSpan sentence)
        {
            char[]? masked = null;
            var run = 0;
            for (var i = sentence.Start; i <= sentence.End; i++)
            {
                if (i < sentence.End && !char.IsWhiteSpace(text[i]))
                {
                    run++;
                    continue;
                }

                if (run > LongestWord)
                {
                    masked ??= text.ToCharArray(sentence.Start, sentence.Length);
                    Array.Fill(masked, ' ', i - run - sentence.Start, run);
                }

                run = 0;
            }

            return new ScanText(masked is null ? text.Substring(sentence.Start, sentence.Length) : new string(masked), sentence.Start);
        }
    }
}
