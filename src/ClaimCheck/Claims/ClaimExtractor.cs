using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCheck.Corpus;
using ClaimCheck.Names;
using ClaimCheck.Numbers;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Claims;

/// <summary>
/// The extract stage: runs every claim rule over each sentence with its mentions masked, reads
/// the slot's value from the matched mention, and turns quotes into quote claims.
/// </summary>
public static class ClaimExtractor
{
    public const string QuoteEventType = "statement";

    /// <summary>The unit of a quantity that is a person's age written before the name (numbers.age-before-name).</summary>
    public const string AgeUnit = "age";

    /// <summary>The unit of a place in a running period ("the seventh day"): no count of anything.</summary>
    public const string OrdinalUnit = "ordinal";

    public static ImmutableArray<Claim> Extract(AnalyzedArticle analysis, ImmutableArray<QuoteMention> quotes, ClaimRules rules, DiagnosticBag diagnostics)
    {
        var document = analysis.Document;
        var article = analysis.Article;
        var mentions = analysis.Times.Cast<Mention>().Concat(analysis.Quantities).Concat(analysis.Entities).ToImmutableArray();
        var bySentence = mentions.ToLookup(m => m.Sentence);
        var mainPlace = MainPlace(analysis.Entities);
        var claims = new List<Claim>();
        var open = rules.Gate.For(article, diagnostics);
        var matches = new List<Match>();
        foreach (var sentence in document.Sentences)
        {
            var bare = !bySentence.Contains(sentence.Index);
            if (bare && !rules.ReadsBareSentences)
            {
                continue;
            }

            var site = new SentenceSite(article, sentence.Index, diagnostics);
            SentenceContext? context = null;
            open.Sentence(document.Text.AsSpan(sentence.Span.Start, sentence.Span.Length), sentence.Index);
            for (var r = 0; r < rules.Rules.Length; r++)
            {
                if (!open.IsOpen(r) || (bare && !rules.Rules[r].ReadsBareSentences))
                {
                    continue;
                }

                // Most sentences open no rule: only those that do are masked.
                if (context is null)
                {
                    var mask = MentionMask.Build(document, sentence, bySentence[sentence.Index]);
                    context = new SentenceContext(analysis, sentence, mask, mainPlace, new Lazy<string?>(() => Source(rules, mask, site)));
                }

                var rule = rules.Rules[r];
                if (!HoldsAll(context.Mask.Text, rule.NeededMarkers))
                {
                    continue;
                }

                matches.Clear();
                if (!open.Run(r, (Rule: rule, Text: context.Mask.Text, Found: matches), static s => s.Found.AddRange(s.Rule.MatchesIn(s.Text))))
                {
                    continue;
                }

                foreach (var match in matches)
                {
                    if (Read(rule, match, context, site, rules.Concepts) is { } claim)
                    {
                        claims.Add(claim);
                    }
                }
            }
        }

        claims.AddRange(QuoteClaims(analysis, quotes, rules));
        claims.AddRange(RoleClaims(analysis));
        var prose = claims.Count == 0 ? [] : ProseSentences(analysis);
        return [.. Deduplicate(Qualify(GiveWayToSpecificRules(claims), analysis, rules, diagnostics)).Select(c => c with { ProseSentence = prose[c.Evidence.Sentence] }), .. FigureClaims.Of(analysis, rules, diagnostics, MakeClaim), .. CalendarClaims.Of(analysis, MakeClaim)];
    }

    /// <summary>
    /// The claims with their qualifiers (design.md §1a): each qualifier rule of their slot whose
    /// patterns all match around the claim, or anywhere in the article for one of article reach;
    /// and for a count, the days a date of its sentence names.
    /// </summary>
    private static List<Claim> Qualify(List<Claim> claims, AnalyzedArticle analysis, ClaimRules rules, DiagnosticBag diagnostics)
    {
        if (claims.Count == 0 || (rules.Qualifiers.IsEmpty && !claims.Any(c => c.Value is CountClaimValue)))
        {
            return claims;
        }

        var text = analysis.Document.Text;
        var articleWide = new Dictionary<QualifierRule, TextSpan>();
        foreach (var rule in rules.Qualifiers.Where(r => r.Reach == QualifierReach.Article && claims.Any(c => Applies(r, c.Slot))))
        {
            var (prefilter, pattern) = rule.SentenceGate!.Value;
            foreach (var sentence in analysis.Document.Sentences)
            {
                if (prefilter is not null && !prefilter.MayMatch(text.AsSpan(sentence.Span.Start, sentence.Span.Length)))
                {
                    continue;
                }

                var site = new SentenceSite(analysis.Article, sentence.Index, diagnostics);
                var found = WithinTimeout(rule.Id, rule.File, rule.Line, rule.Column, site, (TextSpan?)null, () => Find(pattern.Value, text, sentence.Span));
                if (found is { } span)
                {
                    articleWide[rule] = span;
                    break;
                }
            }
        }

        var days = DaysBySentence(analysis);
        // Which qualifiers read a slot is asked once per slot, not per claim: a long article has thousands of claims.
        var bySlot = new Dictionary<string, QualifierRule[]>(StringComparer.Ordinal);
        return [.. claims.Select(claim =>
        {
            var qualifiers = new List<ClaimQualifier>();
            var sentence = analysis.Document.Sentences[claim.Evidence.Sentence].Span;
            var evidence = claim.Evidence.Span;
            var site = new SentenceSite(analysis.Article, claim.Evidence.Sentence, diagnostics);
            if (!bySlot.TryGetValue(claim.Slot, out var applying))
            {
                bySlot[claim.Slot] = applying = [.. rules.Qualifiers.Where(r => Applies(r, claim.Slot))];
            }

            foreach (var rule in applying)
            {
                var span = rule.Reach == QualifierReach.Article
                    ? articleWide.TryGetValue(rule, out var wide) ? wide : (TextSpan?)null
                    : WithinTimeout(rule.Id, rule.File, rule.Line, rule.Column, site, (TextSpan?)null, () => AroundEvidence(rule, text, sentence, evidence));
                if (span is { } at)
                {
                    qualifiers.Add(new ClaimQualifier(rule.Kind, rule.Of, rule.Adds, rule.Id, at));
                }
            }

            var (widened, asOf) = (claim.Evidence, claim.AsOf);
            if (claim.Value is CountClaimValue && days.TryGetValue(claim.Evidence.Sentence, out var named) && rules.Policies.SlotPolicyFor(claim.Slot).ByDay)
            {
                qualifiers.AddRange(named.Select(d => new ClaimQualifier(QualifierKind.Day, $"{d.Day:yyyy-MM-dd}", 0, d.Mention.RuleId, d.Mention.Span)));
                (widened, asOf) = WithDayAfter(claim, named, analysis);
            }

            return qualifiers.Count == 0 ? claim : claim with { Qualifiers = [.. qualifiers], Evidence = widened, AsOf = asOf };
        })];
    }

    /// <summary>Whether a qualifier rule reads claims of the slot: it names the slot, or <c>*.</c> and its last part (<c>*.percent</c>, for every frame's shares).</summary>
    private static bool Applies(QualifierRule rule, string slot) =>
        rule.Slots.Contains(slot) || rule.Slots.Any(s => s.StartsWith("*.", StringComparison.Ordinal) && slot.EndsWith(s.AsSpan(1), StringComparison.Ordinal));

    /// <summary>Where a clause qualifier matches: the first of its patterns given, each on its part of the sentence; null unless all match.</summary>
    private static TextSpan? AroundEvidence(QualifierRule rule, string text, TextSpan sentence, TextSpan evidence)
    {
        TextSpan? at = null;
        foreach (var (pattern, part) in new[]
        {
            (rule.Before, TextSpan.FromBounds(Math.Min(sentence.Start, evidence.Start), evidence.Start)),
            (rule.Evidence, evidence),
            (rule.After, TextSpan.FromBounds(evidence.End, Math.Max(evidence.End, sentence.End))),
        })
        {
            if (pattern is null)
            {
                continue;
            }

            if (Find(pattern, text, part) is not { } found)
            {
                return null;
            }

            at ??= found;
        }

        return at;
    }

    private static TextSpan? Find(Regex pattern, string text, TextSpan part)
    {
        foreach (var match in pattern.EnumerateMatches(text.AsSpan(part.Start, part.Length)))
        {
            return new TextSpan(part.Start + match.Index, match.Length);
        }

        return null;
    }

    /// <summary>Each sentence's place among the sentences that are not photo captions ("… -- PHOTO: REUTERS"), which scraped pages put before the lead.</summary>
    private static int[] ProseSentences(AnalyzedArticle analysis)
    {
        var sentences = analysis.Document.Sentences;
        var places = new int[sentences.Length];
        var place = 0;
        for (var i = 0; i < sentences.Length; i++)
        {
            places[i] = place;
            var text = analysis.Document.Text.AsSpan(sentences[i].Span.Start, sentences[i].Span.Length);
            if (CaptionWords?.MayMatch(text) == false || !Caption.IsMatch(text))
            {
                place++;
            }
        }

        return places;
    }

    private static readonly Regex Caption = new(@"(?:--|\u2014|\u2013|\||\()\s*(?:photos?|images?|pictures?|video|file\s+photo)\s*(?::|by\b|credit\b)|^\s*(?:image|photo|picture|slide)\s+\d+\s+of\s+\d+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The words a caption must hold ("photo", "image"...): a sentence without one is not run through <see cref="Caption"/>.</summary>
    private static readonly LiteralPrefilter? CaptionWords = LiteralPrefilter.Of(Caption);

    /// <summary>
    /// The evidence of a count, taking in the day written right after it ("rose to 29 on Sunday",
    /// "surged to 23 people on Saturday night"), and the day it held: that day, when it is one of
    /// the week before publication. The day is part of what the outlet states, and a reader of the
    /// finding needs it.
    /// </summary>
    private static (Evidence Evidence, DateOnly AsOf) WithDayAfter(Claim claim, List<(DateOnly Day, TimeMention Mention)> named, AnalyzedArticle analysis)
    {
        var evidence = claim.Evidence;
        var text = analysis.Document.Text;
        foreach (var (day, mention) in named)
        {
            var gap = mention.Span.Start - evidence.Span.End;
            if (gap < 0 || gap > MaxDayGap || !DayGap.IsMatch(text.AsSpan(evidence.Span.End, gap)))
            {
                continue;
            }

            var span = TextSpan.FromBounds(evidence.Span.Start, mention.Span.End);
            var daysBefore = claim.Published.DayNumber - day.DayNumber;
            return (new Evidence(evidence.ArticleId, span, analysis.Document.Slice(span), evidence.Sentence) { Line = evidence.Line, Column = evidence.Column },
                daysBefore is >= 0 and <= 7 ? day : claim.AsOf);
        }

        return (evidence, claim.AsOf);
    }

    private const int MaxDayGap = 12;

    private static readonly Regex DayGap = new(@"^\s*(?:(?:on|as\s+of|by|late|early)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The days each sentence dates what it says to (<see cref="TimeMention.DayNamed"/>), by sentence.</summary>
    private static Dictionary<int, List<(DateOnly Day, TimeMention Mention)>> DaysBySentence(AnalyzedArticle analysis)
    {
        var days = new Dictionary<int, List<(DateOnly, TimeMention)>>();
        foreach (var time in analysis.Times)
        {
            if (time.DayNamed(analysis.Article.Published) is { } day)
            {
                if (!days.TryGetValue(time.Sentence, out var list))
                {
                    days[time.Sentence] = list = [];
                }

                if (!list.Any(d => d.Item1 == day))
                {
                    list.Add((day, time));
                }
            }
        }

        return days;
    }

    private static bool HoldsAll(string masked, string markers)
    {
        foreach (var marker in markers)
        {
            if (!masked.Contains(marker, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The claims of an analysis as observations, for claim-rule examples; a qualified claim is also its qualifiers' observation, and a frame's claim its concept's.</summary>
    public static IEnumerable<Observation> Observe(IEnumerable<Claim> claims) => claims.SelectMany(claim =>
    {
        var observation = ObserveClaim(claim);
        return claim.Qualifiers
            .Select(q => q.RuleId)
            .Concat(claim.Concept is { } concept ? [ConceptLexicon.RuleIdOf(concept)] : [])
            .Distinct()
            .Select(id => observation with { RuleId = id })
            .Prepend(observation);
    });

    private static Observation ObserveClaim(Claim claim)
    {
        var fields = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        fields["text"] = claim.Evidence.Text;
        fields["event"] = claim.EventType;
        fields["slot"] = claim.Slot;
        fields["value"] = claim.Value is DurationClaimValue duration ? duration.Iso : claim.Value.Display;
        switch (claim.Value)
        {
            case TimeClaimValue time:
                fields["earliest"] = time.Interval.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                fields["latest"] = time.Interval.Latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                fields["timex"] = time.Timex;
                break;
            case SetClaimValue set:
                fields["members"] = string.Join(",", set.Members);
                break;
            case QuoteClaimValue quote:
                fields["speaker"] = quote.SpeakerId ?? "";
                break;
        }

        if (claim.Place is { } place)
        {
            fields["place"] = place;
        }

        if (claim.AttributedTo is { } source)
        {
            fields["source"] = source;
        }

        if (!claim.Positive)
        {
            fields["positive"] = "false";
        }

        if (!claim.Qualifiers.IsEmpty)
        {
            fields["qualifiers"] = string.Join(",", claim.Qualifiers.Select(q => q.Display));
        }

        return new Observation(claim.RuleId, fields.ToImmutable());
    }

    /// <summary>Where a rule runs, for reporting a timeout: the article, its sentence, and the bag.</summary>
    private readonly record struct SentenceSite(Article Article, int Sentence, DiagnosticBag Diagnostics);

    /// <summary>
    /// Runs a check made after a rule's gate and pattern (its <c>where</c>, a running total, an
    /// attribution pattern); a timeout is reported (CC0201) and the check gives <paramref name="skipped"/>.
    /// </summary>
    private static T WithinTimeout<T>(string ruleId, string ruleFile, int ruleLine, int ruleColumn, SentenceSite site, T skipped, Func<T> run)
    {
        try
        {
            return run();
        }
        catch (RegexMatchTimeoutException)
        {
            site.Diagnostics.Add(Diagnostic.RegexTimeout(ruleId, ruleFile, ruleLine, ruleColumn, site.Article, site.Sentence));
            return skipped;
        }
    }

    /// <remarks>The source is only looked for when a rule makes a claim: most sentences make none.</remarks>
    private sealed record SentenceContext(AnalyzedArticle Analysis, Sentence Sentence, MentionMask Mask, string? MainPlace, Lazy<string?> Source);

    /// <summary>The entity a sentence gives as the source of what it states, by the first attribution pattern that names one.</summary>
    private static string? Source(ClaimRules rules, MentionMask mask, SentenceSite site)
    {
        foreach (var rule in rules.Attribution)
        {
            var group = WithinTimeout(AttributionRule.RuleId, rule.File, rule.Line, rule.Column, site, null, () => rule.Pattern.Match(mask.Text).Groups["source"]);
            if (group is { Success: true } && mask.MentionAt(group.Index) is EntityMention source)
            {
                return source.EntityId;
            }
        }

        return null;
    }

    /// <summary>A frame's claim whose evidence overlaps a specific rule's claim is dropped: the specific rule read that value more precisely.</summary>
    private static List<Claim> GiveWayToSpecificRules(List<Claim> claims)
    {
        // Quotes and roles read no value: a frame's figure inside quoted words still stands, marked quoted.
        // By sentence and as a cover of spans: a long article has thousands of each.
        var specific = claims.Where(c => c.Concept is null && c.EventType is not (QuoteEventType or RoleEventType)).ToLookup(c => c.Evidence.Sentence);
        var quotes = new SpanCover(claims.Where(c => c.EventType == QuoteEventType).Select(c => c.Evidence.Span));
        return claims.All(c => c.Concept is null)
            ? claims
            : [.. claims
                .Where(c => c.Concept is null || !specific[c.Evidence.Sentence].Any(s => s.Evidence.Span.Overlaps(c.Evidence.Span)))
                .Select(c => c.Concept is not null && quotes.Contains(c.Evidence.Span) ? c with { Quoted = true } : c)];
    }

    private static Claim? Read(ClaimRule rule, Match match, SentenceContext context, SentenceSite site, ConceptLexicon concepts)
    {
        Concept? concept = null;
        if (rule.IsFrame && rule.EventType.Contains("{concept}", StringComparison.Ordinal))
        {
            concept = match.Groups[ConceptLexicon.FragmentName] is { Success: true } word ? concepts.Of(word.Value) : null;
        }

        ClaimValue? value = rule.ValueKind switch
        {
            ClaimValueKind.Date => DateValue(match, context),
            ClaimValueKind.Elapsed => ElapsedValue(match, context),
            ClaimValueKind.Duration => Mentioned<TimeMention>(match, "duration", context) is { Value.Duration: { } d } t
                ? new DurationClaimValue(d, t.Value.Modifier)
                : null,
            // An age before a name ("the 25-year-old Smith") counts no one.
            ClaimValueKind.Count => Mentioned<QuantityMention>(match, "count", context) is { Value.Unit: not (AgeUnit or OrdinalUnit) } q ? new CountClaimValue(q.Value) : null,
            ClaimValueKind.Running => RunningValue(match, context),
            ClaimValueKind.Occurrence => concept is null ? null : new OccurrenceClaimValue(concept.Id.Replace('-', ' '), rule.Positive),
            ClaimValueKind.Label => rule.Label is { } label ? new LabelClaimValue(label) : null,
            ClaimValueKind.Rate => RateValue(match, context),
            ClaimValueKind.Set => SetValue(match, context),
            ClaimValueKind.Age => AgeValue(match, context),
            _ => null,
        };
        if (value is null)
        {
            return null;
        }

        var span = Trimmed(context.Analysis.Document.Text, new TextSpan(context.Mask.Offset + match.Index, match.Length));
        if (rule.Where is { } where)
        {
            var found = WithinTimeout(rule.Id, rule.File, rule.Line, rule.Column, site, Match.Empty, () => where.Match(context.Analysis.Document.Text, span.Start, span.Length));
            if (!found.Success)
            {
                return null;
            }

            // A frame may find its concept word inside a masked mention ("48 passengers"): its `where` names it.
            if (rule.IsFrame && concept is null && found.Groups[ConceptLexicon.FragmentName] is { Success: true } inside)
            {
                concept = concepts.Of(inside.Value);
            }
        }

        if (rule.IsFrame && rule.EventType.Contains("{concept}", StringComparison.Ordinal) && concept is null)
        {
            return null;
        }

        var (eventType, slot) = rule.RunningTotal is { } running && IsRunningTotal(rule, running, span, context, site)
            ? (running.EventType, running.Slot)
            : concept is null
                ? (rule.EventType, rule.Slot)
                : (rule.EventType.Replace("{concept}", concept.Id, StringComparison.Ordinal), rule.Slot.Replace("{concept}", concept.Id, StringComparison.Ordinal));
        // A frame keyed by a person ("{person}.age") names the person it is about, by entity id.
        string? subject = null;
        if (rule.IsFrame && slot.Contains("{person}", StringComparison.Ordinal))
        {
            // A name in full, or a surname the article has tied to one: a single word alone ("Boy,
            // 13, hurt") may be no name at all.
            var person = Mentioned<EntityMention>(match, "person", context);
            subject = person is { Form: MentionForm.Surname } || person?.Text.Contains(' ', StringComparison.Ordinal) == true ? person.EntityId : null;
            if (subject is null)
            {
                return null;
            }

            slot = slot.Replace("{person}", subject, StringComparison.Ordinal);
        }

        // A frame keyed by a country ("{country}.nationals": "35 were Spanish") names it by entity id.
        if (rule.IsFrame && slot.Contains("{country}", StringComparison.Ordinal))
        {
            if (Mentioned<EntityMention>(match, "country", context) is not { } country)
            {
                return null;
            }

            slot = slot.Replace("{country}", country.EntityId, StringComparison.Ordinal);
        }

        return MakeClaim(context.Analysis, eventType, slot, value, span, context.Sentence.Index, rule.Id) with
        {
            Subject = subject,
            Cumulative = rule.Cumulative,
            Positive = rule.Positive,
            AttributedTo = context.Source.Value,
            Place = PlaceIn(match, context) ?? context.MainPlace,
            Participants = [.. context.Mask.MentionsIn(0, context.Mask.Text.Length).OfType<EntityMention>().Select(e => e.EntityId).Distinct().Order(StringComparer.Ordinal)],
            Concept = concept?.Id,
        };
    }

    /// <summary>Whether the words of its sentence after the evidence, or before it, make the count a running total.</summary>
    private static bool IsRunningTotal(ClaimRule rule, RunningTotal running, TextSpan evidence, SentenceContext context, SentenceSite site)
    {
        var text = context.Analysis.Document.Text;
        var sentence = context.Sentence.Span;
        var (afterStart, afterEnd) = (evidence.End, Math.Max(evidence.End, sentence.End));
        var (beforeStart, beforeEnd) = (Math.Min(sentence.Start, evidence.Start), evidence.Start);
        return WithinTimeout(rule.Id, rule.File, rule.Line, rule.Column, site, false, () =>
            running.After.IsMatch(text.AsSpan(afterStart, afterEnd - afterStart))
            || (running.Before?.IsMatch(text.AsSpan(beforeStart, beforeEnd - beforeStart)) ?? false));
    }

    private static T? Mentioned<T>(Match match, string group, SentenceContext context)
        where T : Mention
    {
        var g = match.Groups[group];
        return g.Success ? context.Mask.MentionAt(g.Index) as T : null;
    }

    private static TimeClaimValue? DateValue(Match match, SentenceContext context) =>
        Mentioned<TimeMention>(match, "date", context) is { Value.Interval: { } interval } time
            ? new TimeClaimValue(interval, time.Value.Timex, null, time.Value.UtcOffset, time.Value.Zoned)
            : null;

    /// <summary>
    /// A start implied by how long something has lasted at publication. An age ("two-month-old",
    /// "six-year war") is read loosely below (writers round up) and to under N + 1 units above; a
    /// plain elapsed duration to half its last unit.
    /// </summary>
    private static TimeClaimValue? ElapsedValue(Match match, SentenceContext context)
    {
        var mention = Mentioned<TimeMention>(match, "age", context) ?? Mentioned<TimeMention>(match, "duration", context);
        if (mention?.Value.Duration is not { } duration)
        {
            return null;
        }

        var span = duration;
        if (duration.Minimum == duration.Maximum)
        {
            var precision = duration.Amount == Math.Floor(duration.Amount) ? 1m : 0.5m;
            // Writers round ages up ("the six-year war" five years and a few months in; "the
            // 30-month war" at 26 months), so an unhedged age N is read as under N + 1 units and at
            // least N less a year (for years), half a unit, or 15% of N, whichever is more.
            var roundedUp = Math.Max(duration.Unit is TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century ? precision : precision / 2, duration.Amount * 0.15m);
            span = mention.Value.IsAge
                ? new DurationValue(duration.Amount, duration.Unit, Math.Max(0, duration.Amount - roundedUp), duration.Amount + precision)
                : new DurationValue(duration.Amount, duration.Unit, Math.Max(0, duration.Amount - (precision / 2)), duration.Amount + (precision / 2));
        }

        var anchor = context.Analysis.Article.Published.ToDateTime(TimeOnly.MinValue);
        var interval = span.StartBefore(anchor);
        return new TimeClaimValue(interval, $"{interval.Earliest:yyyy-MM-dd}/{interval.Latest:yyyy-MM-dd}", $"{mention.Text} on {context.Analysis.Article.Published:yyyy-MM-dd}");
    }

    /// <summary>
    /// How long something has gone on by the day it is told of, from which of its days, weeks,
    /// months or years is under way: "the seventh day of deliberations" is more than six days and
    /// at most seven.
    /// </summary>
    private static DurationClaimValue? RunningValue(Match match, SentenceContext context) =>
        Mentioned<QuantityMention>(match, "count", context) is { Value: { Unit: OrdinalUnit, Exact: true, Value: >= 1 and var nth } }
            && match.Groups["period"] is { Success: true } period
            && Enum.TryParse<TimeUnit>(period.Value, ignoreCase: true, out var unit) && unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year
            ? new DurationClaimValue(new DurationValue(nth, unit, nth - 1, nth), TimeModifier.None) { Running = true }
            : null;

    /// <summary>An age in years, from a count or from an age mention in years ("41-year-old").</summary>
    private static CountClaimValue? AgeValue(Match match, SentenceContext context)
    {
        // Ages are written in digits: "Smith, one of the victims" is no age.
        if (Mentioned<QuantityMention>(match, "count", context) is { Value: { Exact: true, Unit: null or AgeUnit, Value: > 0 and < 130 } years } mention && char.IsDigit(mention.Text[0]))
        {
            return new CountClaimValue(new Quantity(years.Value, years.Value, years.Value));
        }

        return Mentioned<TimeMention>(match, "age", context)?.Value.Duration is { Unit: TimeUnit.Year, Amount: > 0 and < 130 } age && age.Minimum == age.Maximum
            ? new CountClaimValue(new Quantity(age.Amount, age.Amount, age.Amount))
            : null;
    }

    private static CountClaimValue? RateValue(Match match, SentenceContext context)
    {
        if (Mentioned<QuantityMention>(match, "rate", context) is { Value.Per: not null } rate)
        {
            return new CountClaimValue(rate.Value);
        }

        if (Mentioned<QuantityMention>(match, "count", context) is not { } count)
        {
            return null;
        }

        return Mentioned<TimeMention>(match, "every", context) is { Value.Duration: { } per }
            ? new CountClaimValue(count.Value with { Per = per })
            : null;
    }

    /// <summary>Persons and countries in every <c>members</c> capture, persons alone in every <c>persons</c> capture; a list the rule's <c>closed</c> group marks as everyone ("the foreign ministers of …") is exhaustive, and one its <c>sole</c> group marks ("Egypt alone", "only Egypt") the only ones who did it.</summary>
    private static SetClaimValue? SetValue(Match match, SentenceContext context)
    {
        IEnumerable<EntityMention> In(string group, bool countries) =>
            match.Groups[group].Captures
                .SelectMany(c => context.Mask.MentionsIn(c.Index, c.Length))
                .OfType<EntityMention>()
                .Where(e => e.Form != MentionForm.Demonym && (e.Type == EntityType.Person || (countries && e.Type == EntityType.Country)));

        var members = (match.Groups["members"].Success || match.Groups["persons"].Success
                ? In("persons", countries: false).Concat(In("members", countries: true))
                : context.Mask.MentionsIn(match.Index, match.Length).OfType<EntityMention>().Where(e => e.Type is EntityType.Person or EntityType.Country && e.Form != MentionForm.Demonym))
            .OrderBy(e => e.Span.Start)
            .DistinctBy(e => e.EntityId)
            .ToImmutableArray();
        return members.IsEmpty
            ? null
            : new SetClaimValue([.. members.Select(m => m.EntityId)], [.. members.Select(m => m.CanonicalName)], Exhaustive: match.Groups["closed"].Success && members.Length >= 2, Sole: match.Groups["sole"].Success);
    }

    private static string? PlaceIn(Match match, SentenceContext context) =>
        context.Mask.MentionsIn(match.Index, match.Length)
            .OfType<EntityMention>()
            .FirstOrDefault(e => e.Type == EntityType.Country)?.EntityId;

    /// <summary>The country an article is mostly about: the one named most often (ties: first named).</summary>
    private static string? MainPlace(ImmutableArray<EntityMention> entities) =>
        entities.Where(e => e.Type == EntityType.Country)
            .GroupBy(e => e.EntityId)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(e => e.Span.Start))
            .FirstOrDefault()?.Key;

    private static IEnumerable<Claim> QuoteClaims(AnalyzedArticle analysis, ImmutableArray<QuoteMention> quotes, ClaimRules rules)
    {
        foreach (var quote in quotes)
        {
            if (QuoteText.Words(quote.Text).Length < rules.Policies.Quotes.MinWords)
            {
                continue;
            }

            var slot = "quote." + (quote.SpeakerId ?? "unattributed");
            var value = new QuoteClaimValue(quote.Text, quote.SpeakerId, quote.SpeakerName);
            yield return MakeClaim(analysis, QuoteEventType, slot, value, quote.Span, quote.Sentence, quote.RuleId);
        }
    }

    public const string RoleEventType = "person";

    /// <summary>Each wording in which the article gives a person a role ("U.N. envoy Staffan de Mistura", "the UN mediator"), first occurrence.</summary>
    private static IEnumerable<Claim> RoleClaims(AnalyzedArticle analysis) =>
        analysis.Entities
            .Where(e => e.Type == EntityType.Person && e.Role is not null && e.Form != MentionForm.Surname)
            .GroupBy(e => (e.EntityId, e.Role, Wording: string.Join(' ', QuoteText.Words(e.Text))))
            .Select(g => g.OrderBy(e => e.Span.Start).First())
            .Select(e => MakeClaim(analysis, RoleEventType, "person.role", new RoleClaimValue(e.EntityId, e.CanonicalName, e.Role!), e.Span, e.Sentence, e.RuleId) with { Subject = e.EntityId });

    internal static Claim MakeClaim(AnalyzedArticle analysis, string eventType, string slot, ClaimValue value, TextSpan span, int sentence, string ruleId)
    {
        var article = analysis.Article;
        var (line, column) = article.SourcePosition(span.Start);
        var evidence = new Evidence(article.Id, span, analysis.Document.Slice(span), sentence) { Line = line, Column = column };
        var id = $"{article.Id}:{slot}:{span.Start}";
        return new Claim(id, article.Id, article.Outlet, article.Published, eventType, slot, value, evidence, ruleId) { AsOf = article.Published };
    }

    private static TextSpan Trimmed(string text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>Two rules matching the same slot at overlapping evidence keep only the longer evidence.</summary>
    private static IEnumerable<Claim> Deduplicate(List<Claim> claims) =>
        claims.GroupBy(c => c.Slot)
            .SelectMany(slot =>
            {
                var kept = new List<Claim>();

                // Kept spans never overlap, so in order of start (then end) their ends rise too:
                // only the last one starting before a span ends can overlap it, and a long
                // article's thousands of claims of a slot need not each be looked through.
                var spans = new List<TextSpan>();
                foreach (var claim in slot.OrderByDescending(c => c.Evidence.Span.Length).ThenBy(c => c.Evidence.Span.Start))
                {
                    var span = claim.Evidence.Span;
                    var before = Sorted.FirstFrom(spans, span.End, s => s.Start) - 1;
                    if (before < 0 || !spans[before].Overlaps(span))
                    {
                        kept.Add(claim);
                        var at = spans.BinarySearch(span, ByStartThenEnd);
                        spans.Insert(at < 0 ? ~at : at, span);
                    }
                }

                return kept;
            })
            .OrderBy(c => c.Evidence.Span.Start)
            .ThenBy(c => c.Slot, StringComparer.Ordinal);

    private static readonly Comparer<TextSpan> ByStartThenEnd = Comparer<TextSpan>.Create((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
}
