using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;

namespace ClaimCheck.Tests.Numbers;

public class QuantityPropertyTests
{
    private static readonly string[] Hedges =
        ["more than", "over", "at least", "nearly", "almost", "about", "some", "an estimated", "up to", "fewer than", "less than"];

    [Test]
    public void Any_count_written_with_thousands_separators_reads_back_as_itself() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), n =>
        {
            var written = n.ToString("N0", CultureInfo.InvariantCulture);
            var mention = NumbersTestPack.Read($"Officials said {written} civilians left.").SingleOrDefault();
            return mention is not null && mention.Value.Value == n && mention.Value.Exact && mention.Text == $"{written} civilians";
        }).QuickCheckThrowOnFailure();

    [Test]
    public void Hedged_bounds_contain_or_border_the_written_number() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 10_000_000)), Arb.From(Gen.Elements(Hedges)), (n, hedge) =>
        {
            var mention = NumbersTestPack.Read($"The agency counted {hedge} {n.ToString(CultureInfo.InvariantCulture)} refugees.").SingleOrDefault();
            if (mention is null || mention.Value.Value != n || mention.Value.Hedge != hedge)
            {
                return false;
            }

            var (low, high) = (mention.Value.Low, mention.Value.High);
            var lowBorders = low is null || low <= n + 1;
            var highBorders = high is null || high >= n - 1;
            return lowBorders && highBorders && (low is null || high is null || low <= high);
        }).QuickCheckThrowOnFailure();
}
