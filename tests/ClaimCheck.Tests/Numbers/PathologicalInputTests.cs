using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Numbers;

/// <summary>Inputs that would make a careless pattern backtrack forever; they must simply finish.</summary>
public class PathologicalInputTests
{
    [Test]
    public void A_megabyte_of_digits_is_read_as_no_count_at_all() =>
        NumbersTestPack.Read(new string('7', 1 << 20)).ShouldBeEmpty();

    [Test]
    public void A_hundred_thousand_commas_after_a_number_leave_only_the_number() =>
        NumbersTestPack.Read("12" + new string(',', 100_000) + " people").Select(m => m.Text).ShouldBe(["12"]);

    [Test]
    public void A_long_run_of_separated_groups_finishes() =>
        Should.NotThrow(() => NumbersTestPack.Read("1" + string.Concat(Enumerable.Repeat(",000", 100_000)) + " people"));

    [Test]
    public void Many_number_words_in_a_row_finish() =>
        Should.NotThrow(() => NumbersTestPack.Read(string.Join(' ', Enumerable.Repeat("twenty and a half", 2_000)) + " people"));
}
