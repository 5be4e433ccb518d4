using ClaimCheck.Rules;
using ClaimCheck.Time;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Time;

public class TimeRecognizerTests
{
    private static readonly DateOnly Reference = new(2016, 4, 28);

    [Test]
    public void Overlapping_matches_keep_the_longest_and_spans_are_exact_offsets()
    {
        const string text = "Fighting resumed.\nIt flared at the end of December 2016 and again in 2017.";
        var mentions = TimeTestSupport.Recognize(text, Reference);
        mentions.Select(m => m.Text).ShouldBe(["the end of December 2016", "2017"]);
        foreach (var mention in mentions)
        {
            text.Substring(mention.Span.Start, mention.Span.Length).ShouldBe(mention.Text);
            mention.Sentence.ShouldBe(1);
        }
    }

    /// <summary>
    /// A local clock with its conversion in brackets is an instant, and the conversion no mention of
    /// its own; the same clock with a zoned time elsewhere in the sentence is still a local clock.
    /// </summary>
    [Test]
    public void A_clock_time_takes_its_offset_only_from_a_conversion_in_brackets_right_after_it()
    {
        var converted = TimeTestSupport.Recognize("The curfew starts at 11 p.m. local time (2000 GMT).", Reference);
        converted.Select(m => (m.Text, m.Value.UtcOffset)).ShouldBe([("11 p.m. local time", (TimeSpan?)TimeSpan.FromHours(3))]);

        var apart = TimeTestSupport.Recognize("The curfew starts at 11 p.m. and ends at 0400 GMT.", Reference);
        apart.Select(m => (m.Text, m.Value.UtcOffset)).ShouldBe([("11 p.m.", (TimeSpan?)null), ("0400 GMT", TimeSpan.Zero)]);
        apart[0].Value.Zoned.ShouldBeFalse();
    }

    /// <summary>A zone named for a place takes the tz database's offset for the day; a zone the database lacks gives no offset and no error.</summary>
    [Test]
    public void A_place_zone_takes_the_days_offset_and_an_unknown_one_gives_none()
    {
        var kyiv = new ZoneWord(null, "Europe/Kyiv");
        kyiv.OffsetAt(new DateTime(2022, 7, 15, 12, 0, 0)).ShouldBe(TimeSpan.FromHours(3));
        kyiv.OffsetAt(new DateTime(2022, 1, 14, 12, 0, 0)).ShouldBe(TimeSpan.FromHours(2));
        new ZoneWord(null, "Nowhere/Atlantis").OffsetAt(new DateTime(2022, 7, 15, 12, 0, 0)).ShouldBeNull();
    }

    /// <summary>An abbreviation zones far apart share names the offset of the reading the article's place keeps, and none without one.</summary>
    [Test]
    public void An_ambiguous_zone_takes_the_offset_of_the_reading_the_place_keeps()
    {
        var ist = TimeTestSupport.Pack.Time.Lexicon.Zones["IST"];
        var july = new DateTime(2016, 7, 18, 17, 0, 0);
        ist.IsAmbiguous.ShouldBeTrue();
        ist.OffsetAt(july, "Asia/Kolkata").ShouldBe(new TimeSpan(5, 30, 0));
        ist.OffsetAt(july, "Europe/Dublin").ShouldBe(TimeSpan.FromHours(1));
        ist.OffsetAt(july, "Europe/London").ShouldBeNull();
        ist.OffsetAt(july).ShouldBeNull();
    }

    /// <summary>The publication day written in figures is the page's stamp; the same day in words, or another day in figures, is something the story says.</summary>
    [Test]
    public void Only_the_publication_day_in_figures_is_a_page_stamp()
    {
        var published = new DateOnly(2014, 12, 18);
        TimeTestSupport.Recognize("Beirut 18-12-2014 Clashes resumed at dawn.", published).ShouldHaveSingleItem().IsPageStamp(published).ShouldBeTrue();
        TimeTestSupport.Recognize("Beirut 16-12-2014 Clashes resumed at dawn.", published).ShouldHaveSingleItem().IsPageStamp(published).ShouldBeFalse();
        TimeTestSupport.Recognize("Clashes resumed on December 18, 2014.", published).ShouldHaveSingleItem().IsPageStamp(published).ShouldBeFalse();
    }

    [Test]
    public void A_mention_never_crosses_a_sentence()
    {
        var mentions = TimeTestSupport.Recognize("They met in March\n2016 was a hard year.", Reference);
        mentions.Select(m => m.Text).ShouldBe(["March", "2016"]);
    }

    [Test]
    public void A_derived_start_comes_from_an_age_and_the_publication_date()
    {
        var age = TimeTestSupport.Recognize("the two-month-old ceasefire", Reference).ShouldHaveSingleItem().Value;
        age.IsAge.ShouldBeTrue();
        var start = age.Duration.ShouldNotBeNull().StartBefore(Reference.ToDateTime(TimeOnly.MinValue));
        start.ShouldBe(new TimeInterval(new DateTime(2016, 2, 28), new DateTime(2016, 2, 29)));
    }

    [Test]
    public void Hedges_become_bounds_of_a_duration()
    {
        var nearly = TimeTestSupport.Recognize("the nearly six-year civil war", new DateOnly(2017, 1, 23)).ShouldHaveSingleItem().Value.Duration.ShouldNotBeNull();
        (nearly.Amount, nearly.Maximum).ShouldBe((6m, 6m));
        nearly.Minimum.ShouldBeInRange(5.4m, 5.6m);
        var more = TimeTestSupport.Recognize("more than four hours", Reference).ShouldHaveSingleItem().Value.Duration.ShouldNotBeNull();
        (more.Minimum, more.Maximum).ShouldBe((4m, (decimal?)null));
        var bare = TimeTestSupport.Recognize("for two years", Reference).ShouldHaveSingleItem().Value.Duration.ShouldNotBeNull();
        (bare.Minimum, bare.Maximum).ShouldBe((2m, (decimal?)2m));
    }

    [TestCase("two and half", 2.5)]
    [TestCase("two and a half", 2.5)]
    [TestCase("forty-eight", 48)]
    [TestCase("a dozen", 12)]
    [TestCase("two dozen", 24)]
    [TestCase("one hundred and twelve", 112)]
    [TestCase("half a", 0.5)]
    [TestCase("13.5", 13.5)]
    [TestCase("1,000", 1000)]
    [TestCase("an", 1)]
    public void Amounts_are_read_from_words_and_digits(string text, double expected) =>
        TimeTestSupport.Pack.Time.Lexicon.ReadAmount(text).ShouldNotBeNull().Value.ShouldBe((decimal)expected);

    [Test]
    public void Words_that_are_not_numbers_are_not_amounts() =>
        TimeTestSupport.Pack.Time.Lexicon.ReadAmount("second").ShouldBeNull();

    [Test]
    public void The_same_article_gives_the_same_mentions_whatever_the_thread()
    {
        var text = string.Join("\n", Enumerable.Repeat("Talks held Monday ended after more than four hours; a truce from February 2016 is nearly six years old.", 50));
        var first = TimeTestSupport.Recognize(text, Reference);
        var runs = Enumerable.Range(0, 16).AsParallel().Select(_ => TimeTestSupport.Recognize(text, Reference)).ToList();
        foreach (var run in runs)
        {
            run.ShouldBe(first);
        }
    }

    [Test]
    public void A_year_prefix_bounds_only_the_year_it_is_joined_to()
    {
        TimeTestSupport.Recognize("A Washington Post 2015 poll found support.", Reference).ShouldHaveSingleItem().Value.TimexMod.ShouldBeNull();
        TimeTestSupport.Recognize("the island's post-1959 politics", Reference).ShouldHaveSingleItem().Value.TimexMod.ShouldBe("AFTER");
    }

    [Test]
    public void A_megabyte_of_digits_is_read_and_gives_no_time()
    {
        var diagnostics = new DiagnosticBag();
        TimeTestSupport.Recognize(new string('7', 1 << 20), Reference, diagnostics).ShouldBeEmpty();
        diagnostics.ToImmutable().ShouldBeEmpty();
    }

    [Test]
    public void A_sentence_of_thousands_of_expressions_is_read_whole_and_each_anaphor_finds_the_date_before_it()
    {
        var text = string.Concat(Enumerable.Range(1, 3000).Select(i => $"on March {i % 28 + 1}, 2015 and later that day "));
        var diagnostics = new DiagnosticBag();
        var mentions = TimeTestSupport.Recognize(text, Reference, diagnostics);
        diagnostics.ToImmutable().ShouldBeEmpty();
        mentions.Length.ShouldBe(6000);
        var anaphors = mentions.Where(m => m.RuleId == "time.anaphoric").ToList();
        anaphors.Count.ShouldBe(3000);
        anaphors[^1].Value.Timex.ShouldBe("2015-03-05");
        anaphors[^1].Value.Anchor.ShouldBe("March 5, 2015");
    }

    [Test]
    public void A_sentence_of_thousands_of_counted_steps_is_read_whole_and_each_counts_from_its_date()
    {
        // Each step takes over the duration inside it ("two days"), so this also keeps that takeover linear.
        var text = string.Concat(Enumerable.Range(1, 3000).Select(i => $"on March {i % 28 + 1}, 2015 and two days later "));
        var diagnostics = new DiagnosticBag();
        var mentions = TimeTestSupport.Recognize(text, Reference, diagnostics);
        diagnostics.ToImmutable().ShouldBeEmpty();
        mentions.Length.ShouldBe(6000);
        var steps = mentions.Where(m => m.RuleId == "time.anaphoric-step").ToList();
        steps.Count.ShouldBe(3000);
        steps[^1].Value.Timex.ShouldBe("2015-03-07");
    }

    [Test]
    public void A_sentence_of_thousands_of_years_ago_without_a_word_of_results_is_read_whole()
    {
        // Whether a sentence speaks of results is found once for the sentence, not once per expression.
        var text = string.Concat(Enumerable.Repeat("the year it began and the year it ended, a year ago ", 3000));
        var diagnostics = new DiagnosticBag();
        var mentions = TimeTestSupport.Recognize(text, Reference, diagnostics);
        diagnostics.ToImmutable().ShouldBeEmpty();
        mentions.Count(m => m.RuleId == "time.year-ago").ShouldBe(3000);
    }

    [Test]
    public void A_line_of_a_hundred_thousand_commas_is_read_and_gives_no_time()
    {
        var diagnostics = new DiagnosticBag();
        TimeTestSupport.Recognize(new string(',', 100_000), Reference, diagnostics).ShouldBeEmpty();
        diagnostics.ToImmutable().ShouldBeEmpty();
    }
}
