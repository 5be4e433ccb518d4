using System.Collections.Frozen;
using ClaimCheck.Claims;
using ClaimCheck.Consistency;
using ClaimCheck.Corpus.Import;
using ClaimCheck.Names;
using ClaimCheck.Numbers;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Evaluation;

/// <summary>A count ClaimCheck reports for an article: its value, the exact words it was read from, and the rule that read it.</summary>
public sealed record ReportedCount(Quantity Quantity, string Evidence, string RuleId);

/// <summary>
/// How ClaimCheck's reading of one FA-KES article compares with one crowd annotation of it.
/// Counts are compared by the number as written (<see cref="Quantity.Value"/>): "at least 70" states 70.
/// </summary>
public sealed record FakesArticleScore
{
    public FakesArticleScore(FakesAnnotation annotation, string outlet, ReportedCount? reportedCivilians)
    {
        Annotation = Preconditions.CheckNotNull(annotation, nameof(annotation));
        Outlet = Preconditions.CheckNotBlank(outlet, nameof(outlet));
        ReportedCivilians = reportedCivilians;
    }

    public FakesAnnotation Annotation { get; }

    public string Outlet { get; }

    /// <summary>The article's civilian death count as ClaimCheck reports it (see <see cref="FakesEvaluation.ArticleCivilianDeaths"/>), or null.</summary>
    public ReportedCount? ReportedCivilians { get; }

    public decimal? ReportedValue => ReportedCivilians?.Quantity.Value;

    public bool CiviliansEqual => ReportedValue == Annotation.Casualties.Civilians;

    /// <summary>Whether some death-count claim of the article states the annotated civilian count.</summary>
    public bool CiviliansAmongClaims { get; init; }

    /// <summary>Whether some count of children in the article states the annotated number (null when the annotation gives none).</summary>
    public bool? ChildrenStated { get; init; }

    /// <summary>Whether some count of women in the article states the annotated number (null when the annotation gives none).</summary>
    public bool? WomenStated { get; init; }

    /// <summary>Whether a day-precise date ClaimCheck resolved in the article is the annotated date.</summary>
    public bool DateStated { get; init; }

    /// <summary>Whether the first city or place ClaimCheck names in the article is the annotated location.</summary>
    public bool LeadPlaceMatches { get; init; }

    /// <summary>Whether any city or place ClaimCheck names in the article is the annotated location.</summary>
    public bool PlaceNamed { get; init; }
}

/// <summary>Cross-outlet groups of FA-KES articles (ClaimCheck's stories with articles from two or more outlets) by what their death counts show.</summary>
public sealed record FakesGroupSummary(int Stories, int CrossOutlet, int Disagree, int Updates, int Agree, int NoComparedCounts, int SameAnnotatedEvent);

/// <summary>The scores of every FA-KES annotation and the summary of ClaimCheck's cross-outlet groups.</summary>
public sealed record FakesEvaluationResult(ImmutableArray<FakesArticleScore> Scores, FakesGroupSummary Groups)
{
    /// <summary>The annotations the targets are measured on: those with a nonzero civilian count.</summary>
    public ImmutableArray<FakesArticleScore> WithCivilians => [.. Scores.Where(s => s.Annotation.Casualties.Civilians > 0)];

    /// <summary>The figures of the targets first, then the other fields.</summary>
    public ImmutableArray<EvaluationFigure> Figures
    {
        get
        {
            var civilians = WithCivilians;
            return
            [
                new("civilians-equal", "civilian deaths reported = annotation (nonzero annotations)", Rate.Of(civilians, s => s.CiviliansEqual)),
                new("civilians-among-claims", "annotated civilian deaths among the death-count claims", Rate.Of(civilians, s => s.CiviliansAmongClaims)),
                new("zero-civilians-none-reported", "no civilian deaths reported where the annotation says 0", Rate.Of(Scores.Where(s => s.Annotation.Casualties.Civilians == 0), s => s.ReportedCivilians is null)),
                new("children-stated", "annotated children count stated (nonzero annotations)", Rate.Of(Scores.Where(s => s.ChildrenStated is not null), s => s.ChildrenStated == true)),
                new("women-stated", "annotated women count stated (nonzero annotations)", Rate.Of(Scores.Where(s => s.WomenStated is not null), s => s.WomenStated == true)),
                new("date-stated", "annotated date resolved from the text", Rate.Of(Scores, s => s.DateStated)),
                new("lead-place", "first place named = annotated location", Rate.Of(Scores, s => s.LeadPlaceMatches)),
                new("place-named", "annotated location among the places named", Rate.Of(Scores, s => s.PlaceNamed)),
            ];
        }
    }
}

/// <summary>
/// Scores ClaimCheck on FA-KES (design.md §6): per annotation, the civilian death count the
/// article reports, whether the annotated count is among its death-count claims, child and women
/// counts, date and location; then ClaimCheck's own stories, by what their cross-outlet counts show.
/// </summary>
public static class FakesEvaluation
{
    /// <summary>
    /// Categories of a death count that stand for civilians: civilians, children and women, people
    /// in civilian roles (medics, aid workers, students, journalists), and a plain count of people or
    /// of the dead, which the annotators counted as civilians unless the article says the dead were
    /// fighters or troops.
    /// </summary>
    private static readonly FrozenSet<string> CivilianCategories =
        FrozenSet.Create(StringComparer.Ordinal, "civilians", "children", "women", "people", "dead", "casualties", "men", "medics", "students", "journalists");

    /// <summary>Categories that count every kind of dead, civilian or not, unless the article breaks them down.</summary>
    private static readonly FrozenSet<string> GeneralCategories = FrozenSet.Create(StringComparer.Ordinal, "people", "dead", "casualties");

    /// <summary>Categories that are a part of the civilian dead, whose whole a headline may leave to the body.</summary>
    private static readonly FrozenSet<string> PartCategories = FrozenSet.Create(StringComparer.Ordinal, "children", "women", "men", "medics", "students", "journalists");

    /// <summary>Categories of the dead who fought.</summary>
    private static readonly FrozenSet<string> CombatantCategories = FrozenSet.Create(StringComparer.Ordinal, "fighters", "troops", "officers");

    /// <summary>How far after a count its breakdown may begin ("20 people were killed on Monday, including 13 civilians").</summary>
    private const int BreakdownReach = 80;

    /// <summary>
    /// How many sentences after the lead's last restatement still tell the lead's event: FA-KES
    /// bodies repeat the headline, then give the event's figures in the next sentence or two.
    /// </summary>
    private const int LeadPassage = 2;

    /// <summary>The claim rule that reads a count said to be among the dead ("31 civilians were among those killed").</summary>
    private const string AmongTheDeadRule = "claims.casualties.among-the-dead";

    /// <summary>How far from a count the word "since" makes it a running total.</summary>
    private const int RunningTotalReach = 60;

    /// <summary>How far above a rounded "more than N" a precise figure of the same deaths may be.</summary>
    private const decimal RoundingMargin = 1.2m;

    /// <param name="diagnostics">What the pipeline reports on the articles (a rule that timed out, a text it cleaned).</param>
    public static FakesEvaluationResult Run(FakesImport import, RulePack rules, DiagnosticBag diagnostics)
    {
        Preconditions.CheckNotNull(import, nameof(import));
        Preconditions.CheckNotNull(rules, nameof(rules));
        var extracted = Checker.ExtractAll(import.Articles, rules, diagnostics);
        var byId = extracted.ToDictionary(e => e.Analysis.Article.Id, StringComparer.Ordinal);
        var scores = import.Annotations
            .Where(a => byId.ContainsKey(a.ArticleId))
            .Select(a => Score(a, byId[a.ArticleId]))
            .ToImmutableArray();
        return new FakesEvaluationResult(scores, Groups(extracted, rules, import.Annotations));
    }

    /// <summary>
    /// The article's civilian death count, as a careful editor would take it. The lead is the
    /// first death count stated (FA-KES bodies begin with the headline) that counts civilians or
    /// people not said to be fighters or troops, with a number rather than a vague word
    /// ("hundreds"), and that is not the war's running total. The passage that tells the lead's
    /// event (the lead's sentence, its restatements and the sentences right after) then refines it:
    /// a headline's count of children or women gives way to the whole it is part of ("seven
    /// children killed", then "10 people including seven children"); a rounded "more than 50" to
    /// the precise figure within its bound ("at least 51"); and a count of people in general to
    /// the civilians among them ("30 people including 24 civilians", or "30 killed" followed by
    /// "24 civilians were killed"). Figures later in the article are other events or older tolls.
    /// </summary>
    public static ReportedCount? ArticleCivilianDeaths(ExtractedArticle extracted)
    {
        var document = extracted.Analysis.Document;
        var counts = DeathCounts(extracted.Claims).Where(c => !c.Quantity.Vague && !IsRunningTotal(document, c)).ToList();
        var leadIndex = counts.FindIndex(c => IsCivilian(c.Quantity.Category));
        if (leadIndex < 0)
        {
            return null;
        }

        var (restated, passage) = Passage(counts, leadIndex);
        var lead = restated.FirstOrDefault(c => c.Quantity.Category == "civilians") ?? counts[leadIndex];
        lead = WholeOfPart(extracted, lead, passage) ?? lead;
        lead = PreciseFigure(lead, passage) ?? lead;
        if (IsGeneral(lead.Quantity.Category))
        {
            // "killing 40", then "left 40 government soldiers dead": the dead were combatants.
            if (counts.Take(leadIndex).Concat(restated).Any(c => c.Quantity.Value == lead.Quantity.Value && c.Quantity.Category is { } category && CombatantCategories.Contains(category)))
            {
                return null;
            }

            if (BreakdownOfCivilians(extracted, lead) is { } breakdown)
            {
                return breakdown;
            }

            if (CiviliansAmongTheDead(lead, passage) is { } civilians)
            {
                return Reported(civilians);
            }
        }

        return Reported(lead);
    }

    private static ReportedCount Reported(DeathCount count) => new(count.Quantity, count.Claim.Evidence.Text, count.Claim.RuleId);

    /// <summary>
    /// The death counts after the lead that still tell its event, split into those that restate
    /// the lead's number and the others: up to <see cref="LeadPassage"/> sentences past the last
    /// restatement (each restatement may come up to that many sentences after the previous one).
    /// </summary>
    private static (List<DeathCount> Restated, List<DeathCount> Others) Passage(List<DeathCount> counts, int leadIndex)
    {
        var lead = counts[leadIndex];
        var end = lead.Claim.Evidence.Sentence + LeadPassage;
        var restated = new List<DeathCount> { lead };
        var others = new List<DeathCount>();
        for (var i = leadIndex + 1; i < counts.Count && counts[i].Claim.Evidence.Sentence <= end; i++)
        {
            if (counts[i].Quantity.Value == lead.Quantity.Value)
            {
                restated.Add(counts[i]);
                end = counts[i].Claim.Evidence.Sentence + LeadPassage;
            }
            else
            {
                others.Add(counts[i]);
            }
        }

        return (restated, others);
    }

    /// <summary>
    /// When the lead counts the dead in general, the passage's smaller count of civilians said to
    /// be among them ("47 killed", then "31 civilians were identified among those killed"), or
    /// given beside the fighters or troops among them ("50 killed", then "15 civilians and 27
    /// fighters"). Otherwise a smaller count of civilians is more likely one place's share of the
    /// lead's toll, which stays the count.
    /// </summary>
    private static DeathCount? CiviliansAmongTheDead(DeathCount lead, List<DeathCount> passage)
    {
        var combatants = passage.Any(c => c.Quantity.Category is { } category && CombatantCategories.Contains(category));
        return passage.FirstOrDefault(c => c.Quantity.Category == "civilians" && c.Quantity.Value < lead.Quantity.Value
            && (combatants || c.Claim.RuleId == AmongTheDeadRule));
    }

    /// <summary>
    /// When the lead counts a part of the civilians (children, women, medics), the first larger
    /// count of civilians or people in its passage that is said to hold it: its sentence restates
    /// the part within its bounds ("30 children were among 39 people killed", "10 people including
    /// seven children"; "68 children" restates "nearly 70 children") or calls it a total ("35
    /// people in total had died"). A count of "others" is the rest, never the whole.
    /// </summary>
    private static DeathCount? WholeOfPart(ExtractedArticle extracted, DeathCount lead, List<DeathCount> passage)
    {
        if (!PartCategories.Contains(lead.Quantity.Category ?? ""))
        {
            return null;
        }

        var part = lead.Quantity;
        return passage.FirstOrDefault(c => IsWhole(c.Quantity.Category) && c.Quantity.Noun is not ("others" or "other") && c.Quantity.Value > part.Value
            && (c.Claim.Evidence.Text.Contains("total", StringComparison.OrdinalIgnoreCase)
                || extracted.Analysis.Quantities.Any(q => q.Sentence == c.Claim.Evidence.Sentence && q.Value.Category == part.Category && Within(q.Value.Value, part))));
    }

    /// <summary>When the lead is a rounded lower bound ("more than 50", "over 80"), the first figure of its passage within that bound and close above it.</summary>
    private static DeathCount? PreciseFigure(DeathCount lead, List<DeathCount> passage)
    {
        var bound = lead.Quantity;
        if (bound is not { Hedge: not null, High: null, Low: { } low } || low <= bound.Value)
        {
            return null;
        }

        var compatible = bound.Category == "civilians" ? (Func<string?, bool>)(c => c == "civilians") : IsWhole;
        return passage.FirstOrDefault(c => compatible(c.Quantity.Category) && c.Quantity.Value >= low && c.Quantity.Value <= bound.Value * RoundingMargin);
    }

    private static bool Within(decimal value, Quantity bounds) =>
        value >= (bounds.Low ?? bounds.Value) && value <= (bounds.High ?? decimal.MaxValue);

    private static bool IsGeneral(string? category) => category is null || GeneralCategories.Contains(category);

    private static bool IsWhole(string? category) => category == "civilians" || IsGeneral(category);

    /// <summary>
    /// Where the article restates the lead's number (the headline's "20 dead", the body's "at least
    /// 20 people"), a smaller count of civilians in the same sentence that breaks it down: after
    /// it, introduced by "including", "among them" or "as follows", or before it, said to be "among" it
    /// ("six civilians were among at least 20 people killed").
    /// </summary>
    private static ReportedCount? BreakdownOfCivilians(ExtractedArticle extracted, DeathCount lead)
    {
        var document = extracted.Analysis.Document;
        var quantities = extracted.Analysis.Quantities;
        for (var i = 0; i < quantities.Length; i++)
        {
            var total = quantities[i];
            if (total.Value.Value != lead.Quantity.Value || total.Value.Category == "civilians")
            {
                continue;
            }

            for (var j = i + 1; j < quantities.Length && quantities[j].Sentence == total.Sentence && quantities[j].Span.Start - total.Span.End <= BreakdownReach; j++)
            {
                if (CivilianPart(document, total, quantities[j], total.Span.End, quantities[j].Span.Start, linkEndsGap: false, "including", "among them", "as follows") is { } part)
                {
                    return new ReportedCount(part.Value, document.Slice(TextSpan.FromBounds(total.Span.Start, part.Span.End)), lead.Claim.RuleId);
                }
            }

            for (var j = i - 1; j >= 0 && quantities[j].Sentence == total.Sentence && total.Span.Start - quantities[j].Span.End <= BreakdownReach; j--)
            {
                if (CivilianPart(document, total, quantities[j], quantities[j].Span.End, total.Span.Start, linkEndsGap: true, " among") is { } part)
                {
                    return new ReportedCount(part.Value, document.Slice(TextSpan.FromBounds(part.Span.Start, total.Span.End)), lead.Claim.RuleId);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The part when it counts civilians with a number (not "dozens of"), is smaller than the
    /// total, and a linking word stands between them; with <paramref name="linkEndsGap"/>, right
    /// before the total ("six civilians were among 20 people", not "one civilian was among those
    /// killed and 10 were wounded").
    /// </summary>
    private static QuantityMention? CivilianPart(Document document, QuantityMention total, QuantityMention part, int betweenStart, int betweenEnd, bool linkEndsGap, params string[] links)
    {
        var between = document.Text.AsSpan(betweenStart, betweenEnd - betweenStart);
        if (linkEndsGap)
        {
            between = between.TrimEnd();
        }

        if (part.Value.Category != "civilians" || part.Value.Vague || part.Value.Value >= total.Value.Value)
        {
            return null;
        }

        foreach (var link in links)
        {
            if (linkEndsGap ? between.EndsWith(link, StringComparison.OrdinalIgnoreCase) : between.Contains(link, StringComparison.OrdinalIgnoreCase))
            {
                return part;
            }
        }

        return null;
    }

    public static FakesArticleScore Score(FakesAnnotation annotation, ExtractedArticle extracted)
    {
        var casualties = annotation.Casualties;
        var deaths = DeathCounts(extracted.Claims).ToList();
        var reported = ArticleCivilianDeaths(extracted);
        var quantities = extracted.Analysis.Quantities;
        var places = extracted.Analysis.Entities.Where(e => e.Type is EntityType.City or EntityType.Place).ToList();
        return new FakesArticleScore(annotation, extracted.Analysis.Article.Outlet, reported)
        {
            CiviliansAmongClaims = reported?.Quantity.Value == casualties.Civilians || deaths.Any(c => States(c.Quantity, casualties.Civilians)),
            ChildrenStated = casualties.Children == 0 ? null : quantities.Any(q => q.Value.Category == "children" && q.Value.Value == casualties.Children),
            WomenStated = casualties.Women == 0 ? null : quantities.Any(q => q.Value.Category == "women" && q.Value.Value == casualties.Women),
            DateStated = extracted.Analysis.Times.Any(t => t.Value is { Granularity: Granularity.Day, Interval: { } i } && i.Earliest == annotation.Date.ToDateTime(TimeOnly.MinValue)),
            LeadPlaceMatches = places.Count > 0 && IsPlace(places[0], annotation.Location),
            PlaceNamed = places.Any(p => IsPlace(p, annotation.Location)),
        };
    }

    private static IEnumerable<DeathCount> DeathCounts(IEnumerable<Claim> claims) =>
        claims.Where(c => c.Slot == "casualties.killed").Select(c => c.Value is CountClaimValue count ? new DeathCount(c, count.Quantity) : null).OfType<DeathCount>();

    /// <summary>A count states a number as written, or as the top of a range ("between 500 and 1300").</summary>
    private static bool States(Quantity quantity, int number) =>
        quantity.Value == number || (quantity.Hedge is null && !quantity.Exact && quantity.High == number);

    /// <summary>
    /// A count said to run "since" some start ("more than 280000 have been killed since the war
    /// began", "130 civilians since the end of July") is a running total, not the article's event.
    /// Only the words near the count are read: FA-KES sentences run on without punctuation.
    /// </summary>
    private static bool IsRunningTotal(Document document, DeathCount count)
    {
        var span = count.Claim.Evidence.Span;
        var sentence = document.Sentences[count.Claim.Evidence.Sentence].Span;
        var start = Math.Max(sentence.Start, span.Start - RunningTotalReach);
        var end = Math.Min(sentence.End, span.End + RunningTotalReach);
        return document.Text.AsSpan(start, end - start).Contains(" since ", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsCivilian(string? category) => category is null || CivilianCategories.Contains(category);


    private sealed record DeathCount(Claim Claim, Quantity Quantity);

    /// <summary>Annotators wrote places in lower case and their own spelling ("deir ezzor", "lattakia"); letters alone are compared.</summary>
    private static bool IsPlace(EntityMention mention, string location)
    {
        var annotated = Letters(location);
        return annotated.Length > 0 && (Letters(mention.CanonicalName) == annotated || Letters(mention.Text) == annotated || Letters(mention.EntityId) == annotated);
    }

    private static string Letters(string text) => string.Concat(text.Where(char.IsLetter).Select(char.ToLowerInvariant));

    /// <summary>
    /// Stories whose articles come from two or more outlets, classified by the death-count
    /// findings among their articles: any contradiction is a disagreement, else any update, else
    /// any agreement. A group whose annotations all name one date and place is the same annotated event.
    /// </summary>
    private static FakesGroupSummary Groups(ImmutableArray<ExtractedArticle> extracted, RulePack rules, ImmutableArray<FakesAnnotation> annotations)
    {
        var report = Checker.Compare(extracted, rules);
        var (stories, findings) = (report.Stories, report.Findings);
        var outletOf = extracted.ToDictionary(e => e.Analysis.Article.Id, e => e.Analysis.Article.Outlet, StringComparer.Ordinal);
        var annotated = annotations.ToLookup(a => a.ArticleId, StringComparer.Ordinal);
        var deathFindings = findings.Where(f => f.Slot == "casualties.killed").ToList();
        int crossOutlet = 0, disagree = 0, updates = 0, agree = 0, none = 0, sameEvent = 0;
        foreach (var story in stories)
        {
            var members = story.ArticleIds.ToHashSet(StringComparer.Ordinal);
            if (members.Select(id => outletOf[id]).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            crossOutlet++;
            var kinds = deathFindings
                .Where(f => f.Claims.Count(c => members.Contains(c.ArticleId)) >= 2)
                .Select(f => f.Kind)
                .ToHashSet();
            if (kinds.Contains(FindingKind.Contradiction))
            {
                disagree++;
            }
            else if (kinds.Contains(FindingKind.Update))
            {
                updates++;
            }
            else if (kinds.Contains(FindingKind.Agreement))
            {
                agree++;
            }
            else
            {
                none++;
            }

            if (members.SelectMany(id => annotated[id]).Select(a => (a.Date, a.Location)).Distinct().Count() == 1)
            {
                sameEvent++;
            }
        }

        return new FakesGroupSummary(stories.Length, crossOutlet, disagree, updates, agree, none, sameEvent);
    }
}
