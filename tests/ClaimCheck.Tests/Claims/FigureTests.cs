using ClaimCheck.Claims;
using ClaimCheck.Consistency;
using ClaimCheck.Corpus;
using ClaimCheck.Reporting;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;
using static ClaimCheck.Tests.Claims.OwnWords;

namespace ClaimCheck.Tests.Claims;

/// <summary>Figures no rule keys (design.md §1a): the same value beside the same words in two outlets is one fact they agree on, and never a contradiction.</summary>
public class FigureTests
{
    private static IEnumerable<Finding> Figures(Report report) => report.Findings.Where(f => f.Slot == FigureClaims.EventType && f.Kind != FindingKind.Omission);

    [Test]
    public void The_same_figure_beside_the_same_words_in_three_outlets_is_one_agreement()
    {
        var report = Check(
            Article("ferry-a", "The ferry sank off the cape with 212 people on board, the coastguard said."),
            Article("ferry-b", "Rescuers searched the cape for the ferry, which had 212 people on board when it sank."),
            Article("ferry-c", "All 212 on board the ferry were accounted for by nightfall near the cape."));

        var finding = Figures(report).ShouldHaveSingleItem();
        finding.Kind.ShouldBe(FindingKind.Agreement);
        finding.Claims.Select(c => (c.ArticleId, c.Evidence.Text)).ShouldBe([("ferry-a", "212 people"), ("ferry-b", "212 people"), ("ferry-c", "212")]);
        finding.Summary.ShouldContain("figures that agree, 212,");
    }

    [Test]
    public void A_sentence_in_months_and_one_in_years_are_the_same_figure()
    {
        var report = Check(
            Article("court-a", "The former treasurer will serve 150 months behind bars for the fraud, the judge ruled."),
            Article("court-b", "The judge ruled the former treasurer will serve 12.5 years behind bars for the fraud."));

        Figures(report).ShouldHaveSingleItem().Claims.Select(c => c.Evidence.Text).ShouldBe(["150 months", "12.5 years"]);
    }

    [Test]
    public void The_same_number_about_different_things_is_no_finding_and_different_numbers_in_other_words_never_contradict()
    {
        var report = Check(
            Article("port-a", "The storm sank 14 fishing boats in the harbour overnight."),
            Article("port-b", "Officials said 14 schools would stay shut across the valley."),
            Article("port-c", "Rescuers counted 16 wrecked fishing boats along the coast by morning."));

        Figures(report).ShouldBeEmpty();
        report.Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
    }

    [Test]
    public void A_bound_agrees_with_a_figure_of_its_size_and_not_with_one_far_beyond_it()
    {
        var report = Check(
            Article("poll-a", "More than 30 million people voted in the referendum on the charter."),
            Article("poll-b", "In all 33,577,342 people voted in the referendum on the charter."),
            Article("poll-c", "In all 90,000,000 people voted in the referendum on the charter."));

        var finding = Figures(report).ShouldHaveSingleItem();
        finding.Claims.Select(c => c.ArticleId).ShouldBe(["poll-a", "poll-b"]);
    }

    [Test]
    public void One_sentence_with_two_different_numbers_on_one_day_is_a_contradiction()
    {
        var report = Check(
            Article("wire-a", "The driver was treated for cuts and had 11 stitches in his arm, his lawyer told reporters."),
            Article("wire-b", "The driver was treated for cuts and had 12 stitches in his arm, his lawyer told reporters."),
            Article("wire-c", "The driver was treated for cuts and had 12 stitches in his arm, his lawyer told reporters.", new DateOnly(2016, 4, 29)));

        var finding = report.Findings.Where(f => f.Slot == FigureClaims.EventType && f.Kind == FindingKind.Contradiction).ShouldHaveSingleItem();
        finding.Claims.Select(c => c.ArticleId).ShouldBe(["wire-a", "wire-b"]);
    }

    [Test]
    public void An_unusual_exact_value_twice_in_a_story_is_one_fact_whatever_words_stand_beside_it()
    {
        const string Lead = "Voters in the hill town of Varo decided the fate of the mining charter.\n\n";
        var report = Check(
            Article("poll-a", Lead + "The charter passed with 58.3% after a long night of counting."),
            Article("poll-b", Lead + "Officials declared that 58.3% backed it; 40% of halls had closed early."),
            Article("poll-c", Lead + "Rain kept 40% of stalls shut at the market."));

        var finding = Figures(report).ShouldHaveSingleItem();
        finding.Claims.Select(c => c.Evidence.Text).ShouldBe(["58.3%", "58.3%"]);
    }

    [Test]
    public void A_figure_beside_one_two_outlets_share_contradicts_a_different_count_of_the_same_thing()
    {
        var report = Check(
            Article("flood-a", "Inspectors found the flood had wrecked 4,210 homes and 180 shops along the river."),
            Article("flood-b", "The river flood ruined 4,120 homes and 180 shops, according to the inspectors.", new DateOnly(2016, 4, 30)));

        var finding = report.Findings.Where(f => f.Slot == FigureClaims.EventType && f.Kind == FindingKind.Contradiction).ShouldHaveSingleItem();
        finding.Claims.Select(c => c.Evidence.Text).ShouldBe(["4,210 homes", "4,120 homes"]);
    }

    /// <summary>
    /// One day told in each outlet's words: a figure that ties two groups of figures that all agree
    /// (the day written out, beside the clock time one outlet gives and the date another gives)
    /// makes them one agreement.
    /// </summary>
    [Test]
    public void A_figure_that_ties_two_groups_of_agreeing_figures_makes_them_one_agreement()
    {
        var report = Check(
            Article("rocket-a", "The Kestrel rocket lifted off from pad 7 at 3:45 p.m. on its debut.\n\nLaunch day was Tuesday, March 8, 2016, after two delays.", new DateOnly(2016, 3, 8)),
            Article("rocket-b", "The Kestrel rocket left pad 7 at 3:45 p.m. for its debut.", new DateOnly(2016, 3, 8)),
            Article("rocket-c", "The Kestrel rocket left pad 7 on March 8, 2016, after two delays.", new DateOnly(2016, 3, 8)));

        var agreement = report.Findings.Where(f => f.Kind == FindingKind.Agreement && f.Slot == FigureClaims.EventType && f.Claims.Any(c => c.Value.Display.StartsWith("2016-03-08", StringComparison.Ordinal))).ShouldHaveSingleItem();
        agreement.Claims.Select(c => c.Evidence.Text).ShouldContain("Tuesday, March 8, 2016");
    }

    /// <summary>The page's own date written as a machine writes it ("date 2016-03-08" at the head of the text) is its stamp, no figure of the story; the same day in prose is one.</summary>
    [Test]
    public void The_pages_own_date_stamp_is_no_figure_and_the_day_in_prose_is()
    {
        var claims = Checker.Extract(Article("stamp-a", "date 2016-03-08 The Kestrel rocket flew on March 8, 2016, after two delays.", new DateOnly(2016, 3, 8)), Pack, new DiagnosticBag()).Claims
            .Where(c => c.EventType == FigureClaims.EventType);

        claims.Select(c => c.Evidence.Text).ShouldBe(["March 8, 2016"]);
    }

    /// <summary>A value no two facts share by chance needs no words beside it: a results table's bare "No: 48,213" is the 48,213 another outlet writes in prose.</summary>
    [Test]
    public void A_distinctive_figure_in_a_results_table_agrees_with_the_same_figure_in_prose()
    {
        var report = Check(
            Article("poll-a", "The Varne bridge toll was voted down.\n\nYes: 31,907 No: 48,213"),
            Article("poll-b", "The Varne bridge toll was voted down by 48,213 residents of the county."));

        report.Findings.ShouldContain(f => f.Kind == FindingKind.Agreement && f.Slot == FigureClaims.EventType && f.Claims.Select(c => c.ArticleId).Distinct().Count() == 2);
    }

    /// <summary>
    /// A long figure two outlets give with one digit changed, or two neighbouring digits swapped,
    /// is one figure mistyped, whatever words stand beside it; digits further apart, or a short
    /// figure, may be two things.
    /// </summary>
    [Test]
    public void A_long_figure_with_one_digit_changed_is_a_contradiction_and_a_short_one_or_two_digits_apart_is_not()
    {
        static IEnumerable<Finding> Contradictions(string a, string b) => Check(
            Article("bridge-a", $"Counters on the new Varne bridge recorded {a} crossings in its first month, the county said."),
            Article("bridge-b", $"In its first month the Varne bridge was crossed {b} times, according to the county's counters."))
            .Findings.Where(f => f.Kind == FindingKind.Contradiction);

        Contradictions("152,318", "152,381").ShouldHaveSingleItem().Claims.Select(c => c.Value.Display).ShouldBe(["152,318", "152,381"]);
        Contradictions("152,318", "152,318").ShouldBeEmpty();
        Contradictions("152,318", "162,319").ShouldBeEmpty();
        Contradictions("5,318", "5,381").ShouldBeEmpty();
    }

    [Test]
    public void Numbers_of_a_list_beside_a_shared_one_count_nothing_to_tell_apart_and_never_contradict()
    {
        var report = Check(
            Article("ward-a", "The injured patients on the ward, aged 16, 19 and 24, were said to be stable."),
            Article("ward-b", "Three patients on the ward, aged 19, 16 and 24, were said to be stable."));

        report.Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
    }

    [Test]
    public void The_figures_of_a_story_are_outlined_only_when_outlets_agree_or_differ_on_one()
    {
        var quiet = Check(
            Article("port-a", "The storm sank 14 fishing boats in the harbour overnight."),
            Article("port-b", "Officials said 14 schools would stay shut across the valley."));
        var agreeing = Check(
            Article("ferry-a", "The ferry sank off the cape with 212 people on board, the coastguard said."),
            Article("ferry-b", "Rescuers searched the cape for the ferry, which had 212 people on board when it sank."));

        ReportOutline.Of(quiet).Stories.SelectMany(s => s.Events).ShouldNotContain(e => e.Event.Type == FigureClaims.EventType);
        ReportOutline.Of(agreeing).Stories.SelectMany(s => s.Events).ShouldContain(e => e.Event.Type == FigureClaims.EventType);
    }

    [Test]
    public void Numbers_that_name_rather_than_count_are_no_figures()
    {
        var claims = Checker.Extract(Article("a", "Image 5 of 8 shows the harbour. Call the hotline at (555) 214-7788 or visit 85 Harbour Road."), Pack, new DiagnosticBag()).Claims;

        claims.ShouldNotContain(c => c.EventType == FigureClaims.EventType);
    }

    [Test]
    public void A_price_with_three_significant_digits_is_one_fact_whatever_words_stand_beside_it()
    {
        const string Lead = "The carmaker showed its new electric van to a crowd in Leeds.\n\n";
        var report = Check(
            Article("van-a", Lead + "Its base model starts at $38,400."),
            Article("van-b", Lead + "Buyers will pay US$38,400 when deliveries begin."),
            Article("van-c", Lead + "Reviewers liked the cabin."));

        Figures(report).ShouldHaveSingleItem().Claims.Select(c => c.ArticleId).ShouldBe(["van-a", "van-b"]);
    }

    [Test]
    public void A_day_written_out_is_one_fact_whatever_words_stand_beside_it_and_a_weekday_is_not()
    {
        const string Lead = "The carmaker showed its new electric van to a crowd in Leeds.\n\n";
        var written = Check(
            Article("van-a", Lead + "Its maiden road test came on April 20, 2016."),
            Article("van-b", Lead + "Buyers could book a seat from April 20, 2016."),
            Article("van-c", Lead + "Reviewers liked the cabin."));
        var weekdays = Check(
            Article("van-a", Lead + "Its maiden road test came on Wednesday."),
            Article("van-b", Lead + "Buyers could book a seat from Wednesday."),
            Article("van-c", Lead + "Reviewers liked the cabin."));

        Figures(written).ShouldHaveSingleItem().Claims.Select(c => c.ArticleId).ShouldBe(["van-a", "van-b"]);
        Figures(weekdays).ShouldBeEmpty();
    }

    [Test]
    public void A_tally_written_with_thousands_separators_is_a_figure_before_a_capitalised_word()
    {
        var claims = Checker.Extract(Article("a", "Ballots for: 812,406 Ballots against: 533,918"), Pack, new DiagnosticBag()).Claims;

        claims.Where(c => c.EventType == FigureClaims.EventType).Select(c => c.Value.Display).ShouldBe(["812,406", "533,918"]);
    }

    [Test]
    public void A_number_closing_a_line_is_a_figure_though_the_next_line_starts_with_a_capital()
    {
        var claims = Checker.Extract(Article("a", "Ballots cast: 48,210\nSpoilt ballots: 1,377\nTurnout was high in the hill wards."), Pack, new DiagnosticBag()).Claims;

        claims.Where(c => c.EventType == FigureClaims.EventType).Select(c => c.Value.Display).ShouldBe(["48,210", "1,377"]);
    }

    [Test]
    public void Two_articles_of_one_outlet_are_one_voice_and_do_not_agree_with_each_other()
    {
        var published = new DateOnly(2016, 4, 28);
        var report = Checker.Check(new CorpusLoadResult(
        [
            new Article("harbor-1", "Harbor News", published, "The ferry sank off the cape with 212 people on board.", "harbor-1.md"),
            new Article("harbor-2", "Harbor News", published, "The ferry had 212 people on board when it sank off the cape.", "harbor-2.md"),
        ], []), Pack);

        Figures(report).ShouldBeEmpty();
    }
    [Test]
    public void One_place_in_a_ranking_worded_two_ways_is_one_agreement()
    {
        var report = Check(
            Article("storm-a", "Forecasters said the typhoon was the second most intense storm to reach the island in a century."),
            Article("storm-b", "The typhoon ranks as the island's second-strongest storm on record, forecasters said."),
            Article("storm-c", "Forecasters called it the most powerful storm of the season."));

        var finding = Figures(report).ShouldHaveSingleItem();
        finding.Kind.ShouldBe(FindingKind.Agreement);
        finding.Claims.Select(c => (c.ArticleId, c.Evidence.Text, c.RuleId)).ShouldBe([("storm-a", "second most intense", "ranks.strongest"), ("storm-b", "second-strongest", "ranks.strongest")]);
        finding.Summary.ShouldContain("2nd strongest");
    }
    [Test]
    public void Two_places_in_a_ranking_in_different_words_never_contradict_and_a_rank_alone_is_no_omission()
    {
        // "By wind" and "by pressure" rank one storm differently: no rule knows which ranking a place is in.
        var report = Check(
            Article("gale-a", "By wind speed the typhoon was the fourth-strongest storm to reach the island."),
            Article("gale-b", "Its low pressure made the typhoon the third most intense storm on record there."),
            Article("gale-c", "The typhoon reached the island on Tuesday, flooding the harbour."));

        report.Findings.ShouldNotContain(f => f.Slot == FigureClaims.EventType);
    }

    [Test]
    public void One_score_in_two_outlets_words_is_one_agreement_and_other_scores_of_the_match_are_no_contradiction()
    {
        var report = Check(
            Article("cup-a", "United won the county cup with a 3-1 victory over Rovers at the riverside ground."),
            Article("cup-b", "United beat Rovers 3-1 at the riverside ground to lift the county cup."),
            Article("cup-c", "Rovers had led 1-0 at the riverside ground before United struck back in the county cup."));

        var finding = Figures(report).ShouldHaveSingleItem();
        finding.Kind.ShouldBe(FindingKind.Agreement);
        finding.Claims.Select(c => (c.ArticleId, c.Evidence.Text, c.RuleId)).ShouldBe([("cup-a", "3-1", "tallies.score"), ("cup-b", "3-1", "tallies.score")]);
        report.Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
    }

    [Test]
    public void One_sentence_with_two_different_scores_is_a_contradiction()
    {
        var report = Check(
            Article("wire-a", "United beat Rovers 3-1 on Saturday to lift the county cup for the first time."),
            Article("wire-b", "United beat Rovers 3-2 on Saturday to lift the county cup for the first time."));

        var finding = report.Findings.Where(f => f.Slot == FigureClaims.EventType && f.Kind == FindingKind.Contradiction).ShouldHaveSingleItem();
        finding.Summary.ShouldContain("3-1");
        finding.Summary.ShouldContain("3-2");
    }
}
