using ClaimCheck.Claims;
using ClaimCheck.Consistency;
using ClaimCheck.Numbers;
using ClaimCheck.Time;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Consistency;

public class IntervalComparisonTests
{
    private static TimeClaimValue Month(int year, int month) => new(TimeInterval.Month(year, month), $"{year}-{month:00}", null);

    [Test]
    public void Different_months_conflict_and_a_month_agrees_with_a_day_inside_it()
    {
        IntervalComparison.Compatible(Month(2016, 2), Month(2016, 3)).ShouldBeFalse();
        var day = new TimeClaimValue(TimeInterval.Day(new DateOnly(2016, 2, 27)), "2016-02-27", null);
        IntervalComparison.Compatible(Month(2016, 2), day).ShouldBeTrue();
    }

    [Test]
    public void Hedged_counts_conflict_only_when_their_bounds_cannot_meet()
    {
        var moreThan40 = new CountClaimValue(new Quantity(40, 41, null) { Hedge = "more than" });
        var exactly43 = new CountClaimValue(new Quantity(43, 43, 43));
        var exactly12 = new CountClaimValue(new Quantity(12, 12, 12));

        IntervalComparison.Compatible(moreThan40, exactly43).ShouldBeTrue();
        IntervalComparison.Compatible(moreThan40, exactly12).ShouldBeFalse();
        IntervalComparison.Above(exactly12, exactly43).ShouldBeTrue();
    }

    [Test]
    public void A_large_round_sum_stands_for_what_its_writer_rounded_and_a_sum_written_in_full_does_not()
    {
        static CountClaimValue Dollars(decimal value) => new(new Quantity(value, value, value) { Unit = "USD" });
        var closeTo48Billion = new CountClaimValue(new Quantity(48_000_000_000m, 43_200_000_000m, 47_999_999_999m) { Hedge = "close to", Unit = "USD" });

        IntervalComparison.Compatible(Dollars(48_000_000_000m), closeTo48Billion).ShouldBeTrue();
        IntervalComparison.Compatible(Dollars(30_000_000_000m), Dollars(30_400_000_000m)).ShouldBeTrue();
        IntervalComparison.Compatible(Dollars(3_500_000_000m), Dollars(3_900_000_000m)).ShouldBeFalse();
        IntervalComparison.Compatible(Dollars(33_577_342m), Dollars(33_577_000m)).ShouldBeFalse();
        IntervalComparison.Compatible(Dollars(240m), Dollars(243m)).ShouldBeFalse();
    }

    [Test]
    public void A_sum_and_a_bare_count_neither_conflict_nor_make_a_running_count()
    {
        var fiftyDollars = new CountClaimValue(new Quantity(50, 50, 50) { Unit = "USD" });
        var deposits = new CountClaimValue(new Quantity(90_000, 90_000, 90_000));
        var fiftyMph = new CountClaimValue(new Quantity(50, 50, 50) { Unit = "mph" });
        var eightyKmh = new CountClaimValue(new Quantity(80, 80, 80) { Unit = "km/h" });

        IntervalComparison.Compatible(fiftyDollars, deposits).ShouldBeTrue();
        IntervalComparison.Above(fiftyDollars, deposits).ShouldBeFalse();
        IntervalComparison.Compatible(fiftyMph, eightyKmh).ShouldBeTrue();
    }

    [Test]
    public void Shares_written_to_different_precision_agree_within_the_coarser_ones_last_digit()
    {
        static CountClaimValue Percent(decimal value) => new(new Quantity(value, value, value) { Unit = "percent" });

        IntervalComparison.Compatible(Percent(64m), Percent(64.51m)).ShouldBeTrue();
        IntervalComparison.Compatible(Percent(52m), Percent(51.9m)).ShouldBeTrue();
        IntervalComparison.Compatible(Percent(64.1m), Percent(64.51m)).ShouldBeFalse();
        IntervalComparison.Compatible(Percent(71.8m), Percent(72.2m)).ShouldBeFalse();
        IntervalComparison.Compatible(new CountClaimValue(new Quantity(6, 6, 6)), new CountClaimValue(new Quantity(7, 7, 7))).ShouldBeFalse();
    }

    [Test]
    public void A_round_duration_stands_for_nearly_half_its_unit_either_side()
    {
        static DurationClaimValue Lasted(decimal amount, TimeUnit unit) => new(DurationValue.Exact(amount, unit), TimeModifier.None);

        IntervalComparison.Compatible(Lasted(11, TimeUnit.Week), Lasted(76, TimeUnit.Day)).ShouldBeTrue();
        IntervalComparison.Compatible(Lasted(2.5m, TimeUnit.Month), Lasted(76, TimeUnit.Day)).ShouldBeTrue();
        IntervalComparison.Compatible(Lasted(9, TimeUnit.Week), Lasted(76, TimeUnit.Day)).ShouldBeFalse();
        IntervalComparison.Compatible(Lasted(6, TimeUnit.Day), Lasted(7, TimeUnit.Day)).ShouldBeFalse();
    }

    [Test]
    public void Measures_in_different_units_compare_converted_with_a_writers_rounding()
    {
        static CountClaimValue Measure(decimal value, string unit) => new(new Quantity(value, value, value) { Unit = unit });

        IntervalComparison.Compatible(Measure(106, "mph"), Measure(170, "km/h")).ShouldBeTrue();
        IntervalComparison.Compatible(Measure(155, "mph"), Measure(250, "km/h")).ShouldBeTrue();
        IntervalComparison.Compatible(Measure(38000, "ft"), Measure(9000, "m")).ShouldBeFalse();
        IntervalComparison.Compatible(Measure(100, "mph"), Measure(200, "km/h")).ShouldBeFalse();
        IntervalComparison.Compatible(Measure(50, "mph"), Measure(60, "km")).ShouldBeTrue();
        var moreThan = new CountClaimValue(new Quantity(5_000_000_000m, 5_000_000_001m, null) { Unit = "t", Hedge = "more than" });
        IntervalComparison.Compatible(moreThan, Measure(9_000_000, "kg")).ShouldBeFalse();
    }

    [Test]
    public void Durations_compare_across_units()
    {
        var moreThanFourHours = new DurationClaimValue(new DurationValue(4, TimeUnit.Hour, 4, null), TimeModifier.MoreThan);
        var twoHours = new DurationClaimValue(DurationValue.Exact(2, TimeUnit.Hour), TimeModifier.None);
        var threeHundredMinutes = new DurationClaimValue(DurationValue.Exact(300, TimeUnit.Minute), TimeModifier.None);

        IntervalComparison.Compatible(moreThanFourHours, twoHours).ShouldBeFalse();
        IntervalComparison.Compatible(moreThanFourHours, threeHundredMinutes).ShouldBeTrue();
    }

    [Test]
    public void Rates_over_different_periods_are_not_compared()
    {
        var perTenMinutes = new CountClaimValue(new Quantity(1, 1, 1) { Per = DurationValue.Exact(10, TimeUnit.Minute) });
        var perHour = new CountClaimValue(new Quantity(9, 9, 9) { Per = DurationValue.Exact(1, TimeUnit.Hour) });
        IntervalComparison.Compatible(perTenMinutes, perHour).ShouldBeTrue();
    }
}
