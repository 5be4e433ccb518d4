using ClaimCheck.Text;
using ClaimCheck.Time.TimeMl;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Time;

public class TimeMlScorerTests
{
    private static readonly TimeMlDocument Gold = TimeMlDocument.Parse(TimeMlDocumentTests.Sample, "test.tml").Value!;

    [Test]
    public void Perfect_annotations_score_one_everywhere()
    {
        var score = TimeMlScorer.Score([(Gold, Gold.Timexes)]);

        (score.StrictF1, score.RelaxedF1, score.TypeAccuracy, score.ValueAccuracy, score.ValueF1).ShouldBe((1.0, 1.0, 1.0, 1.0, 1.0));
        score.Errors.ShouldBeEmpty();
    }

    [Test]
    public void Misses_spurious_extents_and_values_are_counted_and_explained()
    {
        // Gold: "Wednesday" [15,24), "more than three hours" [37,58), "1997" [76,80).
        var system = new[]
        {
            new Timex(new TextSpan(15, 9), "s1", "DATE", "1998-03-04", ruleId: "time.weekday"),     // exact, right value
            new Timex(new TextSpan(47, 11), "s2", "DURATION", "PT4H", ruleId: "time.duration"),     // partial extent, wrong value
            new Timex(new TextSpan(1, 3), "s3", "DATE", "PRESENT_REF", ruleId: "time.present-ref"), // spurious
        };

        var score = TimeMlScorer.Score([(Gold, [.. system])]);

        (score.Gold, score.System, score.StrictSystem, score.RelaxedSystem, score.RelaxedGold, score.Matched).ShouldBe((3, 3, 1, 2, 2, 2));
        score.StrictPrecision.ShouldBe(1 / 3.0, 1e-9);
        score.RelaxedRecall.ShouldBe(2 / 3.0, 1e-9);
        score.ValueAccuracy.ShouldBe(0.5);
        score.ValueF1.ShouldBe(score.RelaxedF1 * 0.5, 1e-9);
        score.Errors.Select(e => e.Cause).ShouldBe(["wrong extent time.duration", "wrong value time.duration", "missed DATE", "spurious time.present-ref"], ignoreOrder: true);
        score.Errors.Single(e => e.Kind == TimeMlErrorKind.Missed).GoldText.ShouldBe("1997");
    }
}
