using ClaimCheck.Claims;
using ClaimCheck.Consistency;
using ClaimCheck.Reporting;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;
using static ClaimCheck.Tests.Claims.OwnWords;

namespace ClaimCheck.Tests.Claims;

/// <summary>The concept lexicon and generic frames of rules/concepts (design.md §1a), on texts in the project's own words.</summary>
public class ConceptFrameTests
{
    [Test]
    public void A_value_beside_a_concept_word_is_a_claim_about_that_concept_in_any_domain()
    {
        var claims = Checker.Extract(Article("a", "Dockers ended the 12-day strike after two days of negotiations."), Pack, new DiagnosticBag()).Claims.Where(c => c.EventType != "figure");

        claims.Select(c => (c.Slot, c.Value.Display, c.Concept, c.RuleId)).ShouldBe(
        [
            ("strike.duration", "12 days", "strike", "frames.duration-of"),
            ("talks.duration", "2 days", "talks", "frames.duration-of"),
        ]);
    }

    [Test]
    public void Frames_agree_across_outlets_but_a_concept_word_alone_is_no_key_for_a_contradiction()
    {
        var report = Check(
            Article("dock-a", "Dockers in the northern port ended the 12-day strike on Friday, union leaders said."),
            Article("dock-b", "Dockers in the northern port ended the 12-day strike on Friday after a pay deal."),
            Article("dock-c", "Dockers in the northern port ended the 15-day strike on Friday, union leaders said."));

        report.Findings.ShouldContain(f => f.Kind == FindingKind.Agreement && f.Slot == "strike.duration" && f.Summary.Contains("how long the strike lasted", StringComparison.Ordinal));
        report.Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
    }

    /// <summary>
    /// Which day, week or year of something is under way tells how long it has gone on: "a second
    /// day of talks" is more than one day and at most two, so it agrees with "two days of talks",
    /// and is shown as written, never as a bare number of days.
    /// </summary>
    [Test]
    public void Which_day_of_the_talks_is_under_way_is_how_long_they_have_lasted_and_agrees_with_that_many_days()
    {
        var second = Article("harbor-a", "Envoys at the Larsvik harbor talks began a second day of talks on Friday, with no deal in sight.");
        var twoDays = Article("harbor-b", "Envoys at the Larsvik harbor talks have met for two days, with no deal in sight, officials said on Friday.");
        var fourth = Article("harbor-c", "Envoys at the Larsvik harbor talks went into a fourth day on Friday, with no deal in sight.");

        var claim = Checker.Extract(second, Pack, new DiagnosticBag()).Claims.Single(c => c.Slot == "talks.duration");
        claim.Value.Display.ShouldBe("in its 2nd day");
        claim.RuleId.ShouldBe("frames.duration-running");
        Check(second, twoDays).Findings.Where(f => f.Slot == "talks.duration").Select(f => f.Kind).ShouldBe([FindingKind.Agreement]);
        Check(second, fourth).Findings.Where(f => f.Slot == "talks.duration").Select(f => f.Kind).ShouldNotContain(FindingKind.Agreement);
        Check(second, fourth).Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
    }

    /// <summary>
    /// A group's size written before it ("a 40-strong medical team") and after it ("a team of 45
    /// doctors") is one count of the team: two outlets that give it differently disagree, and the
    /// finding says what was counted in words.
    /// </summary>
    [Test]
    public void A_teams_size_written_before_or_after_it_is_one_count_and_two_sizes_contradict()
    {
        var before = Article("team-a", "A 40-strong medical team flew to Ostrava Alta on Monday to treat survivors of the landslide.");
        var after = Article("team-b", "A team of 45 doctors flew to Ostrava Alta on Monday to treat survivors of the landslide.");

        var finding = Check(before, after).Findings.Where(f => f.Kind == FindingKind.Contradiction).ShouldHaveSingleItem();
        finding.Slot.ShouldBe("team.count");
        finding.Summary.ShouldStartWith("Outlets disagree on how many the team has: ");
        finding.Claims.Select(c => c.Value.Display).ShouldBe(["40", "45"]);
    }

    /// <summary>
    /// The height an aircraft flew at is one value in any unit of length: 38,000 feet agrees with
    /// 11,600 metres and contradicts 9,000 metres, and the finding shows each value with its unit.
    /// </summary>
    [Test]
    public void An_altitude_in_feet_agrees_with_the_same_height_in_metres_and_contradicts_another()
    {
        var feet = Article("jet-a", "The airliner was cruising at 38,000 feet over the Varenna valley when it lost contact on Monday.");
        var same = Article("jet-b", "The airliner was flying at 11,600 metres over the Varenna valley when it lost contact on Monday.");
        var lower = Article("jet-c", "The airliner was flying at 9,000 metres over the Varenna valley when it lost contact on Monday.");

        Check(feet, same).Findings.Where(f => f.Slot == "altitude.count").Select(f => f.Kind).ShouldBe([FindingKind.Agreement]);
        var finding = Check(feet, lower).Findings.Where(f => f.Kind == FindingKind.Contradiction).ShouldHaveSingleItem();
        finding.Slot.ShouldBe("altitude.count");
        finding.Claims.Select(c => c.Value.Display).ShouldBe(["38,000 ft", "9,000 m"]);
        finding.Summary.ShouldStartWith("Outlets disagree on the altitude: ");
    }

    /// <summary>
    /// Something done once or not at all: an outlet saying a distress call was received and one
    /// saying none was sent contradict, in a sentence that holds no number or date; outlets that
    /// both say none was sent agree, and one that says a call may have been sent is not compared.
    /// </summary>
    [Test]
    public void A_distress_call_said_to_be_received_contradicts_one_said_never_sent()
    {
        var received = Article("call-a", "The ferry Lindholm sank off Varde Point. A distress call was received by the coast guard before it went down.");
        var none = Article("call-b", "The ferry Lindholm sank off Varde Point. The crew sent no distress call before it went down.");
        var noneEither = Article("call-c", "The ferry Lindholm sank off Varde Point. No distress call was received from the ferry, the coast guard said.");
        var possibly = Article("call-d", "The ferry Lindholm sank off Varde Point. The crew may have sent a distress call before it went down.");

        var finding = Check(received, none).Findings.Where(f => f.Kind == FindingKind.Contradiction).ShouldHaveSingleItem();
        finding.Slot.ShouldBe("distress-call.occurred");
        finding.Claims.Select(c => c.Value.Display).ShouldBe(["distress call", "no distress call"]);
        finding.Summary.ShouldContain("whether there was a distress call");
        Check(none, noneEither).Findings.Where(f => f.Slot == "distress-call.occurred").Select(f => f.Kind).ShouldBe([FindingKind.Agreement]);
        Check(none, possibly).Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
    }

    /// <summary>
    /// A count keyed by one concept word contradicts another outlet's when each article gives that
    /// word one value and the two are at most twice apart; an article that gives two counts of
    /// passengers, or a count far from the others (a year's passengers), is not compared.
    /// </summary>
    [Test]
    public void Counts_of_one_concept_word_contradict_only_between_articles_that_give_it_one_value_close_to_the_other()
    {
        var aboard = Article("ferry-a", "The ferry carried 212 passengers when it ran aground off Kelso Point on Sunday.");
        var other = Article("ferry-b", "The ferry ran aground off Kelso Point on Sunday with 218 passengers aboard.");
        var twoCounts = Article("ferry-c", "The ferry ran aground off Kelso Point on Sunday with 218 passengers aboard. Lifeboats took 30 passengers ashore.");
        var yearly = Article("ferry-d", "The ferry, which carries 400,000 passengers a year, ran aground off Kelso Point on Sunday.");

        var finding = Check(aboard, other).Findings.Where(f => f.Kind == FindingKind.Contradiction).ShouldHaveSingleItem();
        finding.Slot.ShouldBe("passengers.count");
        finding.Claims.Select(c => c.Value.Display).ShouldBe(["212", "218"]);
        Check(aboard, twoCounts).Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
        Check(aboard, yearly).Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
    }

    /// <summary>
    /// An article that gives a count two values cannot start a contradiction, but once two other
    /// outlets disagree it takes the side whose value it states: the finding names every outlet
    /// that gives that value. One whose two values are the two sides' takes neither.
    /// </summary>
    [Test]
    public void An_article_giving_two_counts_joins_the_side_of_a_contradiction_whose_value_it_states()
    {
        var seven = Article("rail-a", "Seven carriages left the rails near Dunmore on Tuesday night.");
        var six = Article("rail-b", "Six carriages left the rails near Dunmore on Tuesday night.");
        var sevenAndThree = Article("rail-c", "Seven carriages left the rails near Dunmore on Tuesday night. Three carriages lay on their sides.");
        var sevenAndSix = Article("rail-d", "Seven carriages left the rails near Dunmore on Tuesday night. Six carriages lay on their sides.");

        var finding = Check(seven, six, sevenAndThree).Findings.Where(f => f.Kind == FindingKind.Contradiction).ShouldHaveSingleItem();
        finding.Claims.Select(c => (c.ArticleId, c.Value.Display)).ShouldBe([("rail-a", "7"), ("rail-b", "6"), ("rail-c", "7")], ignoreOrder: true);
        Check(seven, six, sevenAndSix).Findings.Where(f => f.Kind == FindingKind.Contradiction).ShouldHaveSingleItem()
            .Claims.Select(c => c.ArticleId).ShouldBe(["rail-a", "rail-b"], ignoreOrder: true);
        Check(six, sevenAndThree).Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
    }

    /// <summary>
    /// When a curfew takes effect is one moment: a local clock converted in brackets and a time in
    /// GMT are compared as instants ("8 p.m. local time (1700 GMT)" against "from 1800 GMT"), but a
    /// local clock without its offset is never set against a zoned one.
    /// </summary>
    [Test]
    public void A_curfews_start_in_local_time_with_its_conversion_contradicts_another_instant_and_a_bare_local_time_is_not_compared()
    {
        var converted = Article("curfew-a", "The curfew in Port Elin takes effect at 8 p.m. local time (1700 GMT) on Thursday.");
        var gmt = Article("curfew-b", "In Port Elin the curfew takes effect from 1800 GMT on Thursday.");
        var sameInstant = Article("curfew-c", "In Port Elin the curfew takes effect from 1700 GMT on Thursday.");
        var local = Article("curfew-d", "The curfew in Port Elin takes effect at 9 p.m. local time on Thursday.");

        var finding = Check(converted, gmt).Findings.Where(f => f.Kind == FindingKind.Contradiction).ShouldHaveSingleItem();
        finding.Slot.ShouldBe("curfew.start");
        finding.Claims.Select(c => c.Value.Display).ShouldBe(["2016-04-28T20:00 UTC+3", "2016-04-28T18:00 GMT"]);
        Check(converted, sameInstant).Findings.ShouldContain(f => f.Kind == FindingKind.Agreement && f.Slot == "curfew.start");
        Check(gmt, local).Findings.ShouldNotContain(f => f.Slot == "curfew.start");
    }

    /// <summary>
    /// "local time" is the clock of the article's place: datelined Damascus, "8 p.m. local time" on a
    /// day of Syrian summer time is 1700 GMT, so it agrees with "1700 GMT" and contradicts "1800 GMT";
    /// the same words without a place are never set against a zoned time.
    /// </summary>
    [Test]
    public void Local_time_in_a_datelined_city_is_an_instant_that_agrees_or_contradicts_with_gmt()
    {
        var datelined = Article("curfew-e", "DAMASCUS, Syria — The curfew in the old city takes effect at 8 p.m. local time on Thursday, the governor said.");
        var agreeing = Article("curfew-f", "In Damascus the curfew in the old city takes effect from 1700 GMT on Thursday.");
        var contradicting = Article("curfew-g", "In Damascus the curfew in the old city takes effect from 1800 GMT on Thursday.");
        var placeless = Article("curfew-h", "The curfew in the old city takes effect at 8 p.m. local time on Thursday, the governor said.");

        Check(datelined, agreeing).Findings.Where(f => f.Slot == "curfew.start").ShouldHaveSingleItem().Kind.ShouldBe(FindingKind.Agreement);
        var finding = Check(datelined, contradicting).Findings.Where(f => f.Slot == "curfew.start").ShouldHaveSingleItem();
        finding.Kind.ShouldBe(FindingKind.Contradiction);
        finding.Claims.Select(c => c.Value.Display).ShouldBe(["2016-04-28T20:00 UTC+3", "2016-04-28T18:00 GMT"], ignoreOrder: true);
        Check(placeless, contradicting).Findings.ShouldNotContain(f => f.Slot == "curfew.start");
    }

    /// <summary>A deadline is one moment, often ahead: two days for it contradict; an article that gives two (a deadline moved) is not compared.</summary>
    [Test]
    public void Two_days_for_one_deadline_contradict_and_a_moved_deadline_is_not_compared()
    {
        var third = Article("bids-a", "Bids for the Port Elin harbour contract close at 5 p.m. on May 3.");
        var fourth = Article("bids-b", "Bids for the Port Elin harbour contract close at 5 p.m. on May 4.");
        var moved = Article("bids-c", "Bids for the Port Elin harbour contract were to close on May 2. Bids for the contract now close at 5 p.m. on May 4.");

        Check(third, fourth).Findings.Where(f => f.Kind == FindingKind.Contradiction).ShouldHaveSingleItem().Slot.ShouldBe("bidding.end");
        Check(third, moved).Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
    }

    /// <summary>
    /// The longest sentence a charge carries is its own fact, never the sentence given: two outlets
    /// that give it differently disagree, and an article naming two charges' maximums is not compared.
    /// </summary>
    [Test]
    public void Two_outlets_maximum_sentences_for_one_charge_contradict_and_a_sentence_given_is_another_fact()
    {
        var twenty = Article("court-a", "Ansel Brody, the driver in the Millgate crash, faces up to 20 years in prison when he is sentenced in June.");
        var ten = Article("court-b", "The charge against Ansel Brody, the driver in the Millgate crash, carries a maximum of 10 years in prison.");
        var both = Article("court-c", "Ansel Brody, the driver in the Millgate crash, faces up to 20 years in prison on the first count and up to five years in prison on the second.");
        var given = Article("court-d", "Ansel Brody, the driver in the Millgate crash, was sentenced to 12 years in prison.");

        var finding = Check(twenty, ten).Findings.Where(f => f.Kind == FindingKind.Contradiction).ShouldHaveSingleItem();
        finding.Slot.ShouldBe("sentence.maximum");
        Check(ten, both).Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
        Check(twenty, given).Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
    }

    /// <summary>"Two other students", "the remaining 40 passengers": a count of some of the things the story counts is a part, never compared with the whole.</summary>
    [Test]
    public void A_count_of_other_or_remaining_things_is_a_part_and_does_not_contradict_the_whole()
    {
        var report = Check(
            Article("bus-a", "The school bus carrying 31 students slid off the road near Hollin Ford on Monday."),
            Article("bus-b", "The school bus slid off the road near Hollin Ford on Monday; the driver and the remaining 28 students waited for help."));

        report.Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
    }

    [Test]
    public void Two_magnitudes_of_the_storys_quake_contradict_and_an_aftershock_or_a_recalled_quake_is_not_compared()
    {
        var report = Check(
            Article("quake-a", "A 6.1-magnitude tremor shook the hill town of Varo at dawn on Tuesday. A magnitude 5.2 aftershock followed."),
            Article("quake-b", "An earthquake of magnitude 6.4 shook the hill town of Varo at dawn on Tuesday, the strongest since a 7.1-magnitude quake in 1998."));

        var finding = report.Findings.Where(f => f.Kind == FindingKind.Contradiction).ShouldHaveSingleItem();
        finding.Slot.ShouldBe("earthquake.magnitude");
        finding.Claims.Select(c => c.Value.Display).ShouldBe(["6.1", "6.4"]);
        finding.Summary.ShouldContain("the earthquake's magnitude");
    }

    [Test]
    public void The_area_a_fire_burns_grows_from_day_to_day_in_any_unit_as_one_update()
    {
        var report = Check(
            Article("ridge-a", "The Ridge fire in the pine hills had burned 90,000 acres by Friday evening, crews said.", new DateOnly(2016, 4, 22)),
            Article("ridge-b", "The Ridge fire in the pine hills has burned 177 square miles, crews said.", new DateOnly(2016, 4, 23)),
            Article("ridge-c", "The Ridge fire in the pine hills has now burned 125,000 acres, crews said.", new DateOnly(2016, 4, 25)));

        var update = report.Findings.Where(f => f.Kind == FindingKind.Update && f.Slot == "area.count").ShouldHaveSingleItem();
        update.Claims.Select(c => c.ArticleId).ShouldBe(["ridge-a", "ridge-b", "ridge-c"]);
        report.Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
    }

    /// <summary>How many are missing changes from day to day, as the search goes on: a rise is an update, never a contradiction.</summary>
    [Test]
    public void The_people_still_missing_after_a_flood_rise_from_day_to_day_as_an_update()
    {
        var report = Check(
            Article("flood-a", "After the flood in the Tarn valley, 40 people were still missing on Saturday, the rescue service said.", new DateOnly(2016, 4, 23)),
            Article("flood-b", "After the flood in the Tarn valley, the rescue service listed 95 people whose whereabouts were unknown.", new DateOnly(2016, 4, 24)));

        var update = report.Findings.Where(f => f.Kind == FindingKind.Update && f.Slot == "missing.count").ShouldHaveSingleItem();
        update.Claims.Select(c => c.ArticleId).ShouldBe(["flood-a", "flood-b"]);
        report.Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
    }

    [Test]
    public void Counts_of_one_countrys_people_are_compared_with_that_countrys_only_and_a_fall_is_flagged()
    {
        var report = Check(
            Article("ferry-a", "The ferry sank off the cape on Monday. Officials said 40 passengers were of Italian nationality and 12 were Greek.", new DateOnly(2016, 4, 25)),
            Article("ferry-b", "The ferry sank off the cape on Monday. Around 41 Italians were aboard, officials said.", new DateOnly(2016, 4, 25)),
            Article("ferry-c", "The ferry sank off the cape on Monday. Of the victims, 31 were Italian and 12 were Greek.", new DateOnly(2016, 4, 26)));

        var finding = report.Findings.Where(f => f.Kind == FindingKind.Contradiction).ShouldHaveSingleItem();
        finding.Slot.ShouldBe("italy.nationals");
        finding.Claims.Select(c => c.ArticleId).Order().ShouldBe(["ferry-a", "ferry-b", "ferry-c"]);
        report.Findings.ShouldContain(f => f.Kind == FindingKind.Agreement && f.Slot == "greece.nationals");
    }

    [Test]
    public void A_value_inside_quoted_words_agrees_but_never_contradicts()
    {
        var report = Check(
            Article("court-a", "The jury in the harbour town returned its verdict after a 40-day trial, the clerk said."),
            Article("court-b", "\"We just sat through a two-month trial,\" one juror in the harbour town said after the verdict."),
            Article("court-c", "The verdict in the harbour town came at the end of a 40-day trial, officials said."));

        report.Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
        report.Findings.ShouldContain(f => f.Kind == FindingKind.Agreement && f.Slot == "trial.duration");
        Checker.Extract(Article("court-b", "\"We just sat through a two-month trial,\" one juror said."), Pack, new DiagnosticBag()).Claims
            .ShouldContain(c => c.Slot == "trial.duration" && c.Quoted);
    }

    [Test]
    public void A_slot_of_one_value_per_event_listed_in_the_policies_does_contradict()
    {
        var report = Check(
            Article("vote-a", "In the island's referendum on the new charter, turnout was 64.2% across all districts."),
            Article("vote-b", "In the island's referendum on the new charter, turnout was 58.9% across all districts."));

        report.Findings.ShouldContain(f => f.Kind == FindingKind.Contradiction && f.Slot == "turnout.percent");
    }

    [Test]
    public void How_many_of_a_country_were_aboard_is_an_omission_of_the_outlets_that_do_not_say()
    {
        var report = Check(
            Article("crash-a", "The cargo plane came down in the hills above the grain depot on Tuesday; three Britons were on board."),
            Article("crash-b", "The cargo plane came down in the hills above the grain depot on Tuesday, killing its crew."),
            Article("crash-c", "The cargo plane came down in the hills above the grain depot on Tuesday after a fire."));

        var omission = report.Findings.Single(f => f.Kind == FindingKind.Omission && f.Slot == "united-kingdom.nationals");
        omission.Claims.Single().ArticleId.ShouldBe("crash-a");
    }

    [Test]
    public void One_persons_name_spelled_two_ways_by_a_slip_contradicts_and_transliterations_agree()
    {
        var report = Check(
            Article("court-a", "\"We took our time,\" said Lessa Strachan, the forewoman of the jury at the grain depot trial. Foreign Minister Sergey V. Lavrov sent a note."),
            Article("court-b", "\"We took our time,\" said Lesa Strachan, who led the jury at the grain depot trial. Foreign Minister Sergei Lavrov sent a note."));

        var slip = report.Findings.Single(f => f.Kind == FindingKind.Contradiction);
        slip.Slot.ShouldEndWith("strachan.name");
        slip.Claims.Select(c => c.Evidence.Text).ShouldBe(["Lessa Strachan", "Lesa Strachan"]);
        report.Findings.ShouldContain(f => f.Kind == FindingKind.Agreement && f.Slot == "sergei-lavrov.name"
            && f.Claims.Select(c => c.Evidence.Text).SequenceEqual(new[] { "Sergey V. Lavrov", "Sergei Lavrov" }));
    }

    [Test]
    public void A_nickname_a_title_before_a_surname_or_one_spelling_shared_by_all_is_no_finding_on_the_name()
    {
        var report = Check(
            Article("court-a", "\"We took our time,\" said Andrew Parish, the foreman of the jury at the grain depot trial."),
            Article("court-b", "\"We took our time,\" said Andy Parish, who led the jury at the grain depot trial."),
            Article("court-c", "\"We took our time,\" said Andrew Parish, who led the jury at the grain depot trial."),
            Article("court-d", "The grain depot trial cost the city a fortune, City Manger Harry Vance said."),
            Article("court-e", "The grain depot trial cost the city a fortune, City Manager Vance said."));

        report.Findings.ShouldNotContain(f => f.Slot.EndsWith(".name", StringComparison.Ordinal));
    }

    [Test]
    public void Ages_of_one_person_a_year_apart_agree_to_differ_and_further_apart_contradict()
    {
        static Report Ages(int first, int second) => Check(
            Article("court-a", $"Prosecutors said Jonas Ferrant, {first}, was armed when police stopped him outside the grain depot."),
            Article("court-b", $"Prosecutors said Jonas Ferrant, {second}, was armed when police stopped him outside the grain depot."));

        Ages(41, 42).Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
        Ages(41, 44).Findings.ShouldContain(f => f.Kind == FindingKind.Contradiction && f.Slot == "new:jonas-ferrant.age");
        // Further apart than a typo goes, the ages are two people of one name (a father and a son).
        Ages(5, 49).Findings.ShouldNotContain(f => f.Kind == FindingKind.Contradiction);
    }

    [Test]
    public void A_persons_age_agrees_across_reports_of_different_days_of_the_story()
    {
        var report = Check(
            Article("court-a", "Jonas Ferrant, 41, was arrested outside the grain depot on Friday."),
            Article("court-b", "Jonas Ferrant, 41, appeared in court on Tuesday, charged with robbing the grain depot."));

        report.Findings.ShouldContain(f => f.Kind == FindingKind.Agreement && f.Slot == "new:jonas-ferrant.age");
    }

    [Test]
    public void An_age_written_before_a_full_name_is_the_persons_age_and_counts_no_one()
    {
        var report = Check(
            Article("court-a", "Police arrested the 41-year-old Jonas Ferrant outside the grain depot on Friday."),
            Article("court-b", "Prosecutors said Jonas Ferrant, 41, was arrested outside the grain depot on Friday."));

        report.Findings.ShouldContain(f => f.Kind == FindingKind.Agreement && f.Slot == "new:jonas-ferrant.age");
        report.Findings.ShouldNotContain(f => f.Slot.StartsWith("casualties", StringComparison.Ordinal));
    }

    [Test]
    public void A_specific_rule_reading_the_same_value_wins_over_a_frame()
    {
        var claims = Checker.Extract(Article("a", "The meeting lasted three hours."), Pack, new DiagnosticBag()).Claims.Where(c => c.EventType != "figure");

        claims.ShouldHaveSingleItem().Concept.ShouldBeNull();
    }

    [Test]
    public void Broken_concepts_and_frames_are_reported_and_the_good_ones_still_load()
    {
        var diagnostics = new DiagnosticBag();
        var concepts = RuleFile.Parse("rules/concepts/test.yaml", """
            concepts:
              - id: strike
                words: [strike, walkout]
              - id: stoppage
                words: [stoppage, walkout]
              - id: strike
                words: [picket]
              - id: queue
                kind: sideways
                words: [queue]
            rules:
              - id: frames.good
                event: '{concept}'
                slot: '{concept}.duration'
                value: duration
                pattern: '{duration}\s+{concept}'
              - id: frames.no-concept-in-pattern
                event: '{concept}'
                slot: '{concept}.duration'
                value: duration
                pattern: '{duration}\s+of\s+work'
              - id: frames.needs-what-it-lacks
                event: '{concept}'
                slot: '{concept}.date'
                value: date
                needs: [duration]
                pattern: '{concept}\s+on\s+{date}'
              - id: frames.label-without-its-label
                event: strike
                slot: strike.kind
                value: label
                pattern: '\bwildcat\s+strike\b'
            superlatives:
              - id: largest
                words: [largest, biggest]
              - id: greatest
                words: [greatest, biggest]
            """, diagnostics);
        concepts.ShouldNotBeNull();

        var rules = ClaimRules.Load([], [concepts], [], diagnostics);

        rules.Concepts.Concepts.Select(c => (c.Id, string.Join(",", c.Words))).ShouldBe([("strike", "strike,walkout"), ("stoppage", "stoppage")]);
        rules.Rules.Select(r => r.Id).ShouldBe(["frames.good"]);
        var found = diagnostics.ToImmutable();
        found.ShouldContain(d => d.Code == DiagnosticCodes.InvalidValue && d.Message.Contains("'walkout' is already a word of concept 'strike'", StringComparison.Ordinal));
        found.ShouldContain(d => d.Code == DiagnosticCodes.DuplicateRuleId && d.Message.Contains("concept 'strike'", StringComparison.Ordinal));
        found.ShouldContain(d => d.Code == DiagnosticCodes.InvalidValue && d.Message.Contains("{concept}", StringComparison.Ordinal));
        found.ShouldContain(d => d.Code == DiagnosticCodes.InvalidValue && d.Message.Contains("'kind' must be event, thing or occurrence", StringComparison.Ordinal));
        found.ShouldContain(d => d.Code == DiagnosticCodes.InvalidValue && d.Message.Contains("'duration' is not one of them", StringComparison.Ordinal));
        found.ShouldContain(d => d.Code == DiagnosticCodes.InvalidValue && d.Message.Contains("'label' exactly when its value is label", StringComparison.Ordinal));
        found.ShouldContain(d => d.Code == DiagnosticCodes.InvalidValue && d.Message.Contains("'biggest' is already a word of superlative 'largest'", StringComparison.Ordinal));
    }
}
