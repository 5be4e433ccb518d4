using ClaimCheck.Claims;
using ClaimCheck.Consistency;
using ClaimCheck.Reporting;
using NUnit.Framework;
using Shouldly;
using static ClaimCheck.Tests.Claims.OwnWords;

namespace ClaimCheck.Tests.Claims;

/// <summary>Figures only one outlet of a story gives: what a researcher diffing coverage wants listed, and nothing another outlet words differently.</summary>
public class FigureOmissionTests
{
    private const string Lead = "A landslide buried part of the mountain village of Orvel on Tuesday, and rescuers dug through the night.\n\n";

    private static IEnumerable<Finding> Omissions(Report report) =>
        report.Findings.Where(f => f.Slot == FigureClaims.EventType && f.Kind == FindingKind.Omission);

    [Test]
    public void A_figure_only_one_of_three_outlets_gives_is_listed_as_left_out_by_the_others()
    {
        var report = Check(
            Article("vale-a", Lead + "About 140 people slept in the school gym, the mayor said."),
            Article("vale-b", Lead + "Rescuers said the mud had swept away two bridges."),
            Article("vale-c", Lead + "The army sent 35 soldiers with dogs to the slope."));

        var gym = Omissions(report).Where(f => f.Claims.Any(c => c.ArticleId == "vale-a")).ShouldHaveSingleItem();
        gym.Claims.Single().Value.Display.ShouldBe("about 140");
        gym.Summary.ShouldContain("vale-b News and vale-c News leave it out");
        Omissions(report).ShouldContain(f => f.Claims.Any(c => c.ArticleId == "vale-c" && c.Value.Display == "35"));
    }

    [Test]
    public void The_same_number_in_other_words_is_no_omission()
    {
        var report = Check(
            Article("vale-a", Lead + "About 140 people slept in the school gym, the mayor said."),
            Article("vale-b", Lead + "Some 140 residents spent the night on camp beds."),
            Article("vale-c", Lead + "The army sent soldiers with dogs to the slope."));

        Omissions(report).ShouldBeEmpty();
    }

    [Test]
    public void Another_value_of_the_same_count_in_like_words_is_a_difference_not_a_silence()
    {
        var report = Check(
            Article("vale-a", Lead + "The army sent 35 soldiers with dogs to the slope above the village."),
            Article("vale-b", Lead + "The army sent 40 soldiers with dogs to the slope above the village."),
            Article("vale-c", Lead + "Rescuers said the mud had swept away a bridge."));

        Omissions(report).ShouldBeEmpty();
    }

    [Test]
    public void A_coarser_time_does_not_give_a_clock_time_and_a_dateline_word_is_no_fact()
    {
        var report = Check(
            Article("vale-a", Lead + "The slope gave way at 4.20am on April 26, residents said."),
            Article("vale-b", Lead + "The slope gave way on April 26, residents said."),
            Article("vale-c", Lead + "Rescuers reached the village on Wednesday."));

        var left = Omissions(report).SelectMany(f => f.Claims).ToArray();
        left.ShouldContain(c => c.ArticleId == "vale-a" && c.Evidence.Text == "4.20am on April 26");
        left.ShouldNotContain(c => c.ArticleId == "vale-c");
    }

    [Test]
    public void A_pages_time_stamp_is_no_fact_left_out()
    {
        var report = Check(
            Article("vale-a", Lead + "Updated: April 27, 2016 6:40 pm\n\nRescuers reached the village at dawn."),
            Article("vale-b", Lead + "Rescuers said the mud had swept away two bridges."),
            Article("vale-c", Lead + "The army sent 35 soldiers with dogs to the slope."));

        Omissions(report).SelectMany(f => f.Claims).ShouldNotContain(c => c.ArticleId == "vale-a");
    }

    [Test]
    public void Two_outlets_differ_but_neither_leaves_out_what_the_other_gives()
    {
        var report = Check(
            Article("vale-a", Lead + "About 140 people slept in the school gym, the mayor said."),
            Article("vale-b", Lead + "The army sent 35 soldiers with dogs to the slope."));

        Omissions(report).ShouldBeEmpty();
    }

    [Test]
    public void A_persons_age_only_one_outlet_gives_is_listed_and_one_another_gives_is_not()
    {
        var report = Check(
            Article("vale-a", Lead + "The mayor, Ilse Varga, 58, said 140 people slept in the gym. The farmer Tomas Brek, 71, was rescued."),
            Article("vale-b", Lead + "Mayor Ilse Varga, 58, thanked the army."),
            Article("vale-c", Lead + "The army sent 35 soldiers with dogs to the slope."));

        var ages = Omissions(report).SelectMany(f => f.Claims).Where(c => c.Slot.EndsWith(".age", StringComparison.Ordinal)).ToArray();
        ages.Select(c => (c.ArticleId, c.Value.Display)).ShouldBe([("vale-a", "71")]);
    }

    [Test]
    public void Bare_numbers_that_may_be_ages_or_names_are_not_listed()
    {
        var report = Check(
            Article("vale-a", Lead + "The mayor, 58, said the 2015 Women's Cup ground in the valley was spared."),
            Article("vale-b", Lead + "Rescuers said the mud had swept away a bridge."),
            Article("vale-c", Lead + "The army sent soldiers with dogs to the slope."));

        Omissions(report).ShouldBeEmpty();
    }
}
