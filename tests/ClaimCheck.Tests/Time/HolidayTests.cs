using ClaimCheck.Time;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Time;

public sealed class HolidayTests
{
    [TestCase(1998, "1998-04-12")]
    [TestCase(2000, "2000-04-23")]
    [TestCase(2016, "2016-03-27")]
    [TestCase(2019, "2019-04-21")]
    [TestCase(2024, "2024-03-31")]
    public void Easter_falls_on_the_published_Western_dates(int year, string expected) =>
        Holiday.Easter(year).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected);

    [Test]
    public void Nth_weekday_holidays_fall_on_their_calendar_dates()
    {
        Holiday.NthWeekday(11, 4, 4).In(1999).ShouldBe(new DateOnly(1999, 11, 25));
        Holiday.NthWeekday(11, 2, 1, afterDay: 1).In(1998).ShouldBe(new DateOnly(1998, 11, 3));
        // In 2016 November 1 is a Tuesday, so Election Day is the 8th.
        Holiday.NthWeekday(11, 2, 1, afterDay: 1).In(2016).ShouldBe(new DateOnly(2016, 11, 8));
        Holiday.NthWeekday(5, 1, -1).In(2016).ShouldBe(new DateOnly(2016, 5, 30));
        Holiday.NthWeekday(2, 1, 5).In(2015).ShouldBeNull();
    }

    [Test]
    public void A_holiday_given_by_a_table_falls_on_its_listed_date_and_nowhere_else()
    {
        var eid = Holiday.Dated([new DateOnly(2015, 9, 24), new DateOnly(2016, 9, 12)], spreadDays: 1);

        eid.In(2016).ShouldBe(new DateOnly(2016, 9, 12));
        eid.In(2017).ShouldBeNull();
        eid.SpreadDays.ShouldBe(1);
        Should.Throw<ArgumentException>(() => Holiday.Dated([new DateOnly(2016, 1, 2), new DateOnly(2016, 12, 21)], 1));
    }

    [Test]
    public void An_impossible_holiday_is_refused_at_construction() =>
        Should.Throw<ArgumentException>(() => Holiday.Fixed(2, 30));
}
