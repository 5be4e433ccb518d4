using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ClaimCheck.Alignment;
using ClaimCheck.Claims;
using ClaimCheck.Consistency;
using ClaimCheck.Names;
using ClaimCheck.Numbers;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Consistency;

public class ComparerTests
{
    private static readonly Policies Policies = Policies.Defaults with
    {
        Slots = ImmutableDictionary<string, SlotPolicy>.Empty
            .Add("casualties.killed", new SlotPolicy("casualties.killed", Comparison.Interval, ReportOmission: false, Severity.High, Cumulative: true)),
    };

    /// <summary>The casualty policy of rules/policies: by category, a week's window, a revision floor of one half.</summary>
    private static readonly Policies TollPolicies = Policies.Defaults with
    {
        Slots = ImmutableDictionary<string, SlotPolicy>.Empty
            .Add("casualties.killed", new SlotPolicy("casualties.killed", Comparison.Interval, ReportOmission: false, Severity.High, Cumulative: true)
            {
                Label = "how many were killed",
                GeneralCategories = ["people", "dead"],
                UpdateWindowDays = 7,
                RevisionFloor = 0.5m,
                Partial = new PolicyPattern(new Regex(@"\b(?:others?|also)\b", RegexOptions.None, TimeSpan.FromSeconds(1)), "slots.casualties.killed.partial", "policies.yaml", 9, 14),
            }),
    };

    private static Claim Quote(string article, string speaker, string words) =>
        Make(article, new DateOnly(2016, 4, 28), ClaimExtractor.QuoteEventType, $"quote.{speaker}", new QuoteClaimValue(words, speaker, speaker), words);

    private static Claim Killed(string article, DateOnly asOf, int count) =>
        Make(article, asOf, "casualties", "casualties.killed", new CountClaimValue(new Quantity(count, count, count)), $"{count} people were killed") with { Cumulative = true };

    private static Claim KilledOf(string article, DateOnly asOf, int count, string? category) =>
        Make(article, asOf, "casualties", "casualties.killed", new CountClaimValue(new Quantity(count, count, count) { Category = category }), $"{count} {category ?? "people"} were killed") with { Cumulative = true };

    private static Claim Make(string article, DateOnly published, string eventType, string slot, ClaimValue value, string text) =>
        new($"{article}:{slot}:0", article, article.ToUpperInvariant(), published, eventType, slot, value, new Evidence(article, new TextSpan(0, text.Length), text, 0), "test.rule") { AsOf = published };

    private static ImmutableArray<Finding> Compare(params Claim[] claims) => CompareUnder(Policies, claims);

    private static ImmutableArray<Finding> CompareUnder(Policies policies, params Claim[] claims) => CompareUnder(policies, new DiagnosticBag(), claims);

    private static ImmutableArray<Finding> CompareUnder(Policies policies, DiagnosticBag diagnostics, params Claim[] claims)
    {
        var articles = claims.Select(c => c.ArticleId).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();
        var story = new Story("story-1", "test", articles, claims.Min(c => c.Published), claims.Max(c => c.Published));
        var ev = new Event("event-1", claims[0].EventType, "test", ["story-1"], [.. claims.Select(c => c.Id)]);
        return Comparer.Compare([story], [ev], claims.ToDictionary(c => c.Id), policies, new NameMatcher(MatchingSettings.Default), diagnostics);
    }

    /// <summary>A rule author who names the set or the occurrence comparison for a slot of counts gets no findings from it, never a crash that stops the run.</summary>
    [TestCase(Comparison.Set)]
    [TestCase(Comparison.Occurrence)]
    public void A_comparison_named_for_values_it_does_not_compare_finds_nothing_and_the_run_goes_on(Comparison comparison)
    {
        var policies = Policies.Defaults with
        {
            Slots = ImmutableDictionary<string, SlotPolicy>.Empty
                .Add("casualties.killed", new SlotPolicy("casualties.killed", comparison, ReportOmission: false, Severity.High, Cumulative: false)),
        };

        CompareUnder(policies, Killed("a", new DateOnly(2016, 4, 28), 12), Killed("b", new DateOnly(2016, 4, 28), 19)).ShouldBeEmpty();
    }

    [Test]
    public void The_same_words_in_three_outlets_are_one_agreement_naming_all_three()
    {
        const string Words = "The door to talks stays open for everyone who wants peace.";
        var finding = Compare(Quote("a", "envoy", Words), Quote("b", "envoy", Words), Quote("c", "envoy", Words)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Agreement);
        finding.Claims.Select(c => c.ArticleId).ShouldBe(["a", "b", "c"]);
    }

    [Test]
    public void The_same_words_given_to_two_different_speakers_are_unresolved()
    {
        const string Words = "The door to talks stays open for everyone who wants peace.";
        var finding = Compare(Quote("a", "envoy", Words), Quote("b", "minister", Words)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Unresolved);
        finding.Summary.ShouldContain("who said them?");
    }

    [Test]
    public void A_toll_rising_over_three_days_is_one_update_in_order()
    {
        var findings = Compare(Killed("c", new DateOnly(2016, 4, 30), 41), Killed("a", new DateOnly(2016, 4, 28), 20), Killed("b", new DateOnly(2016, 4, 29), 33));

        var update = findings.ShouldHaveSingleItem();
        update.Kind.ShouldBe(FindingKind.Update);
        update.Claims.Select(c => c.ArticleId).ShouldBe(["a", "b", "c"]);
    }

    [Test]
    public void A_toll_that_falls_the_next_day_is_flagged()
    {
        var finding = Compare(Killed("a", new DateOnly(2016, 4, 28), 40), Killed("b", new DateOnly(2016, 4, 29), 12)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Contradiction);
        finding.Summary.ShouldContain("falls over time");
    }

    [Test]
    public void Different_tolls_on_the_same_day_contradict()
    {
        var finding = Compare(Killed("a", new DateOnly(2016, 4, 28), 34), Killed("b", new DateOnly(2016, 4, 28), 12)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Contradiction);
        finding.Severity.ShouldBe(Severity.High);
    }

    /// <summary>Two articles of one outlet (a story updated, one page archived twice) that give the same date are one voice: no agreement; another outlet's makes one.</summary>
    [Test]
    public void One_outlets_two_articles_make_no_agreement_of_their_own()
    {
        var policies = Policies.Defaults with
        {
            Slots = ImmutableDictionary<string, SlotPolicy>.Empty
                .Add("talks.duration", new SlotPolicy("talks.duration", Comparison.Interval, ReportOmission: false, Severity.Info, Cumulative: false) { Contradicts = false }),
        };
        Claim Days(string article, string outlet) =>
            new($"{article}:talks.duration:0", article, outlet, new DateOnly(2016, 4, 28), "talks", "talks.duration",
                new DurationClaimValue(new global::ClaimCheck.Time.DurationValue(2, global::ClaimCheck.Time.TimeUnit.Day, 2, 2), global::ClaimCheck.Time.TimeModifier.None),
                new Evidence(article, new TextSpan(0, 17), "two days of talks", 0), "test.rule") { AsOf = new DateOnly(2016, 4, 28) };

        CompareUnder(policies, Days("harbor-1", "Harbor Ledger"), Days("harbor-2", "Harbor Ledger")).ShouldNotContain(f => f.Kind == FindingKind.Agreement);
        CompareUnder(policies, Days("harbor-1", "Harbor Ledger"), Days("meridian-1", "Meridian Wire")).ShouldContain(f => f.Kind == FindingKind.Agreement);
    }

    /// <summary>
    /// A figure read inside quoted words (the companies' own statement) is too loose to start a
    /// contradiction, but one that gives a side's very figure is listed on that side; a quoted
    /// figure alone against another contradicts nothing.
    /// </summary>
    [Test]
    public void A_quoted_figure_takes_the_side_it_gives_but_starts_no_contradiction()
    {
        var policies = Policies.Defaults with
        {
            Slots = ImmutableDictionary<string, SlotPolicy>.Empty
                .Add("share-price.count", new SlotPolicy("share-price.count", Comparison.Interval, ReportOmission: false, Severity.Medium, Cumulative: false) { SingleValued = true }),
        };
        Claim Price(string article, int dollars, bool quoted = false) =>
            Make(article, new DateOnly(2016, 9, 14), "share-price", "share-price.count", new CountClaimValue(new Quantity(dollars, dollars, dollars)), $"${dollars} a share") with { Quoted = quoted };

        var finding = CompareUnder(policies, Price("leak", 129), Price("wire", 128), Price("statement", 128, quoted: true))
            .Where(f => f.Kind == FindingKind.Contradiction).ShouldHaveSingleItem();
        finding.Claims.Select(c => c.ArticleId).Order(StringComparer.Ordinal).ShouldBe(["leak", "statement", "wire"]);

        CompareUnder(policies, Price("leak", 129), Price("statement", 128, quoted: true)).ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
    }

    [Test]
    public void Tolls_of_one_day_a_toll_may_have_risen_between_are_an_update_and_others_contradict()
    {
        var day = new DateOnly(2016, 4, 28);
        var rising = TollPolicies with { Slots = TollPolicies.Slots.SetItem("casualties.killed", TollPolicies.SlotPolicyFor("casualties.killed") with { SameDayRise = 0.5m }) };

        var update = CompareUnder(rising, KilledOf("a", day, 7, null), KilledOf("b", day, 6, null)).ShouldHaveSingleItem();
        var contradiction = CompareUnder(rising, KilledOf("a", day, 34, null), KilledOf("b", day, 12, null)).ShouldHaveSingleItem();

        update.Kind.ShouldBe(FindingKind.Update);
        update.Claims.Select(c => c.ArticleId).ShouldBe(["b", "a"]);
        contradiction.Kind.ShouldBe(FindingKind.Contradiction);
    }

    [Test]
    public void A_toll_said_to_have_just_risen_makes_a_far_lower_toll_of_its_day_an_earlier_state()
    {
        var day = new DateOnly(2016, 4, 28);
        var rising = TollPolicies with { Slots = TollPolicies.Slots.SetItem("casualties.killed", TollPolicies.SlotPolicyFor("casualties.killed") with { SameDayRise = 0.5m }) };
        var surged = KilledOf("a", day, 34, null) with { Qualifiers = [new ClaimQualifier(QualifierKind.Rising, "count", 0, "claims.qualifier.rose-to", new TextSpan(0, 5))] };

        CompareUnder(rising, surged, KilledOf("b", day, 12, null)).ShouldHaveSingleItem().Kind.ShouldBe(FindingKind.Update);
    }

    [Test]
    public void One_outlier_against_many_agreeing_outlets_lists_the_outlier_and_counts_the_rest()
    {
        var agreeing = Enumerable.Range(0, 8).Select(i => Killed($"agree-{i}", new DateOnly(2016, 4, 28), 30)).ToArray();
        var findings = Compare([.. agreeing, Killed("outlier", new DateOnly(2016, 4, 28), 5)]);

        var contradiction = findings.Single(f => f.Kind == FindingKind.Contradiction);
        contradiction.Claims.Select(c => c.ArticleId).ShouldBe(["outlier", "agree-0", "agree-1", "agree-2"]);
        contradiction.Summary.ShouldContain("against 8 claims that agree");
        findings.Single(f => f.Kind == FindingKind.Agreement).Claims.Length.ShouldBe(8);
    }

    [Test]
    public void Counts_of_civilians_and_of_fighters_are_different_quantities_and_each_is_compared_with_its_own()
    {
        var day = new DateOnly(2016, 4, 28);
        var findings = CompareUnder(TollPolicies, KilledOf("a", day, 19, "civilians"), KilledOf("b", day, 7, "fighters"), KilledOf("c", day, 12, "civilians"));

        var contradiction = findings.ShouldHaveSingleItem();
        contradiction.Kind.ShouldBe(FindingKind.Contradiction);
        contradiction.Claims.Select(c => c.ArticleId).ShouldBe(["a", "c"]);
        contradiction.Summary.ShouldStartWith("Outlets disagree on how many were killed (civilians)");
    }

    [Test]
    public void Counts_of_people_of_the_dead_and_without_a_noun_are_one_quantity()
    {
        var day = new DateOnly(2016, 4, 28);
        var finding = CompareUnder(TollPolicies, KilledOf("a", day, 12, "people"), KilledOf("b", day, 12, "dead"), KilledOf("c", day, 12, null)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Agreement);
        finding.Claims.Length.ShouldBe(3);
    }

    [Test]
    public void A_toll_that_falls_by_a_little_within_the_window_is_flagged_but_not_one_far_below_or_weeks_later()
    {
        var start = new DateOnly(2016, 4, 1);
        CompareUnder(TollPolicies, KilledOf("a", start, 40, null), KilledOf("b", start.AddDays(2), 30, null))
            .ShouldHaveSingleItem().Summary.ShouldContain("falls over time");

        // 545 killed, then 2: another incident's toll, not a revision.
        CompareUnder(TollPolicies, KilledOf("a", start, 545, null), KilledOf("b", start.AddDays(2), 2, null)).ShouldBeEmpty();

        // Three weeks apart: two incidents of a long story, neither an update nor a fall.
        CompareUnder(TollPolicies, KilledOf("a", start, 40, null), KilledOf("b", start.AddDays(21), 30, null)).ShouldBeEmpty();
        CompareUnder(TollPolicies, KilledOf("a", start, 30, null), KilledOf("b", start.AddDays(21), 40, null)).ShouldBeEmpty();
    }

    [Test]
    public void A_count_added_to_another_is_no_toll_and_is_not_compared()
    {
        var day = new DateOnly(2016, 4, 28);
        var others = Make("b", day, "casualties", "casualties.killed", new CountClaimValue(new Quantity(21, 21, 21)), "21 others died") with { Cumulative = true };

        CompareUnder(TollPolicies, KilledOf("a", day, 15, null), others).ShouldBeEmpty();
        Compare(Killed("a", day, 15), others).ShouldHaveSingleItem().Kind.ShouldBe(FindingKind.Contradiction);
    }

    [Test]
    public void A_partial_pattern_that_runs_out_of_time_is_reported_and_the_count_kept_as_a_toll()
    {
        var day = new DateOnly(2016, 4, 28);
        var catastrophic = new PolicyPattern(new Regex(@"^(?:a|aa)+$", RegexOptions.None, TimeSpan.FromMilliseconds(1)), "slots.casualties.killed.partial", "policies.yaml", 95, 14);
        var policies = TollPolicies with { Slots = TollPolicies.Slots.SetItem("casualties.killed", TollPolicies.SlotPolicyFor("casualties.killed") with { Partial = catastrophic }) };
        var stalling = Make("b", day, "casualties", "casualties.killed", new CountClaimValue(new Quantity(21, 21, 21)), new string('a', 5000) + "!") with { Cumulative = true };
        var diagnostics = new DiagnosticBag();

        CompareUnder(policies, diagnostics, KilledOf("a", day, 15, null), stalling).ShouldHaveSingleItem().Kind.ShouldBe(FindingKind.Contradiction);

        var timeout = diagnostics.ToImmutable().ShouldHaveSingleItem();
        timeout.Code.ShouldBe(DiagnosticCodes.RegexTimeout);
        (timeout.File, timeout.Line, timeout.Column).ShouldBe(("policies.yaml", 95, 14));
        timeout.Message.ShouldContain("slots.casualties.killed.partial");
        timeout.Message.ShouldContain("b:casualties.killed:0");
    }

    [Test]
    public void A_vague_count_agrees_with_numbers_in_its_range_but_contradicts_none()
    {
        var day = new DateOnly(2016, 4, 28);
        Claim Dozens(string article) =>
            Make(article, day, "casualties", "casualties.killed", new CountClaimValue(new Quantity(24, 24, 99) { Hedge = "dozens", Vague = true }), "dozens were killed") with { Cumulative = true };

        Compare(Dozens("a"), Killed("b", day, 120)).ShouldBeEmpty();
        Compare(Dozens("a"), Killed("b", day, 30)).ShouldHaveSingleItem().Kind.ShouldBe(FindingKind.Agreement);
        Compare(Killed("a", day, 120), Dozens("b") with { AsOf = day.AddDays(1) }).ShouldBeEmpty();
    }

    [Test]
    public void The_policies_file_compares_tolls_by_category_within_a_week()
    {
        var policy = ClaimCheck.Rules.RulePack.Load(TestPaths.Rules).Claims.Policies.SlotPolicyFor("casualties.killed");

        policy.GeneralCategories.ShouldNotBeNull().ShouldContain("people");
        policy.UpdateWindowDays.ShouldBe(7);
        policy.RevisionFloor.ShouldBe(0.5m);
        policy.Partial.ShouldNotBeNull().Pattern.IsMatch("five civilians were also killed").ShouldBeTrue();
    }

    [Test]
    public void Claims_from_one_article_alone_are_never_compared()
    {
        Compare(Killed("a", new DateOnly(2016, 4, 28), 34)).ShouldBeEmpty();
    }

    [Test]
    public void Times_and_recent_days_of_an_event_that_happens_once_contradict_and_older_dates_do_not()
    {
        var policies = Policies.Defaults with
        {
            Slots = ImmutableDictionary<string, SlotPolicy>.Empty
                .Add("derailment.date", new SlotPolicy("derailment.date", Comparison.Interval, ReportOmission: false, Severity.Medium, Cumulative: false) { OncePerStory = true }),
        };
        Claim At(string article, DateTime earliest, TimeSpan length, string text) =>
            Make(article, new DateOnly(2016, 4, 28), "derailment", "derailment.date", new TimeClaimValue(new ClaimCheck.Time.TimeInterval(earliest, earliest + length), earliest.ToString("yyyy-MM-ddTHH:mm"), null), text);
        var minute = TimeSpan.FromMinutes(1);

        CompareUnder(policies, At("a", new DateTime(2016, 4, 26, 21, 21, 0), minute, "derailed at 9:21 p.m."), At("b", new DateTime(2016, 4, 26, 21, 23, 0), minute, "left the tracks at 9.23pm"))
            .ShouldHaveSingleItem().Kind.ShouldBe(FindingKind.Contradiction);
        CompareUnder(policies, At("a", new DateTime(2016, 4, 26, 21, 21, 0), minute, "derailed at 9:21 p.m."), At("b", new DateTime(2016, 4, 26, 21, 0, 0), TimeSpan.FromHours(1), "derailed at 9 p.m."))
            .ShouldHaveSingleItem().Kind.ShouldBe(FindingKind.Agreement);
        CompareUnder(policies, At("a", new DateTime(2016, 4, 26), TimeSpan.FromDays(1), "derailed on Tuesday"), At("b", new DateTime(2008, 9, 12), TimeSpan.FromDays(1), "derailed on Sept. 12, 2008"))
            .ShouldBeEmpty();
        CompareUnder(policies, At("a", new DateTime(2016, 4, 26), TimeSpan.FromDays(1), "derailed on Tuesday"), At("b", new DateTime(2016, 4, 27), TimeSpan.FromDays(1), "derailed on Wednesday"))
            .ShouldHaveSingleItem().Kind.ShouldBe(FindingKind.Contradiction);
        CompareUnder(policies, At("a", new DateTime(2016, 4, 26), TimeSpan.FromDays(1), "derailed on Tuesday"), At("b", new DateTime(2016, 4, 1), TimeSpan.FromDays(30), "derailed in April"))
            .ShouldHaveSingleItem().Kind.ShouldBe(FindingKind.Agreement);
    }
}
