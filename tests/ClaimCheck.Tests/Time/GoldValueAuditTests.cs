using ClaimCheck.Time.TimeMl;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Time;

public class GoldValueAuditTests
{
    [TestCase("2000-W7", "2000-W07")]
    [TestCase("2000-W2", "2000-W02")]
    [TestCase("1998-W3-WE", "1998-W03-WE")]
    [TestCase("198X", "198")]
    [TestCase("19XX", "19")]
    [TestCase("1968-XX", "1968")]
    [TestCase("1998-XX-XX", "1998")]
    [TestCase("199X-XX-XX", "199")]
    [TestCase("2000-W12", "2000-W12")]
    [TestCase("1998-10-XX", "1998-10-XX")]
    [TestCase("1998-08-07", "1998-08-07")]
    [TestCase("XXXX-XX", "XXXX-XX")]
    [TestCase("P1W", "P1W")]
    public void Canonical_spells_a_value_the_TIMEX3_way(string value, string canonical) =>
        GoldValueAudit.Canonical(value).ShouldBe(canonical);

    [Test]
    public void A_gold_value_that_is_the_system_value_in_another_spelling_is_a_spelling_issue()
    {
        GoldValueAudit.Explain("this week", "2000-W7", "2000-W07").ShouldBe(GoldValueIssue.Spelling);
        GoldValueAudit.Explain("1968", "1968-XX", "1968").ShouldBe(GoldValueIssue.Spelling);
        // Respelled, the gold still differs: the system is wrong, not the spelling.
        GoldValueAudit.Explain("last week", "2000-W7", "2000-W05").ShouldBe(GoldValueIssue.None);
    }

    [Test]
    public void A_gold_date_on_another_weekday_than_its_text_names_is_flagged()
    {
        // 2000-04-05 was a Wednesday.
        GoldValueAudit.Explain("Tuesday", "2000-04-05", "2000-04-04").ShouldBe(GoldValueIssue.WrongWeekday);
        GoldValueAudit.Explain("9 a.m. EST Tuesday", "2000-04-05T09:00", "2000-04-04T09:00").ShouldBe(GoldValueIssue.WrongWeekday);
        GoldValueAudit.Explain("Wednesday night", "2000-04-05", "2000-04-05TNI").ShouldBe(GoldValueIssue.None);
        // "the day before last Tuesday" names Tuesday but means another day.
        GoldValueAudit.Explain("day before last Tuesday", "2000-02-21", "2000-02-22").ShouldBe(GoldValueIssue.None);
    }

    [Test]
    public void The_scorer_groups_gold_slips_apart_and_counts_them_beside_the_exact_figures()
    {
        // Gold writes "1997" as "1997-XX"; the system writes the TIMEX3 year.
        var gold = TimeMlDocument.Parse(TimeMlDocumentTests.Sample.Replace("value=\"1997\"", "value=\"1997-XX\"", StringComparison.Ordinal), "test.tml").Value!;
        var system = gold.Timexes.Select(t => new Timex(t.Span, "s" + t.Tid, t.Type, t.Value == "1997-XX" ? "1997" : t.Value, t.Mod, "time.test")).ToArray();

        var score = TimeMlScorer.Score([(gold, [.. system])]);

        score.ValueAccuracy.ShouldBe(2 / 3.0, 1e-9);
        score.ValueF1AnySpelling.ShouldBe(1.0);
        score.Errors.Single().Cause.ShouldBe("wrong value, gold spelled otherwise time.test");
    }
}
