using ClaimCheck.Claims;
using ClaimCheck.Numbers;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;
using static ClaimCheck.Tests.Claims.OwnWords;

namespace ClaimCheck.Tests.Claims;

/// <summary>Values as people write them: reports never show a TIMEX3 code a reader must decode, nor a sum or a measure as the bare number it is stored as.</summary>
public class ClaimValueDisplayTests
{
    private static string Shown(decimal value, string? unit = null, decimal? low = null, string? hedge = null) =>
        new CountClaimValue(new Quantity(value, low ?? value, hedge is null ? value : null) { Unit = unit, Hedge = hedge }).Display;

    [TestCase("The mill has stood empty since the 1990s.", "the 1990s")]
    [TestCase("The pier was last repaired in the summer of 2013.", "summer 2013")]
    [TestCase("The ferry sank on Tuesday night off the cape.", "2016-04-26 night")]
    [TestCase("The ferry sank on April 26 off the cape.", "2016-04-26")]
    public void A_time_figure_shows_as_words_or_an_iso_day(string sentence, string shown)
    {
        var claims = Checker.Extract(Article("a", sentence), Pack, new DiagnosticBag()).Claims;

        claims.ShouldContain(c => c.EventType == FigureClaims.EventType && c.Value.Display == shown, $"got {string.Join(", ", claims.Select(c => c.Value.Display))}");
    }

    [TestCase("2000000000", "USD", "$2 billion")]
    [TestCase("3500000000", "USD", "$3.5 billion")]
    [TestCase("128", "USD", "$128")]
    [TestCase("58800000000", "EUR", "€58.8 billion")]
    [TestCase("500", "SYP", "SYP 500")]
    [TestCase("17410742", null, "17,410,742")]
    [TestCase("11600000", null, "11.6 million")]
    [TestCase("38000", "ft", "38,000 ft")]
    [TestCase("80000", "acre", "80,000 acres")]
    [TestCase("64.1", "percent", "64.1%")]
    public void A_count_is_shown_with_its_sign_or_unit_and_a_round_large_number_in_words(string value, string? unit, string shown) =>
        Shown(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit).ShouldBe(shown);

    [Test]
    public void A_hedge_stays_before_the_currency_sign() =>
        Shown(66_000_000_000, "USD", low: 66_000_000_000, hedge: "more than").ShouldBe("more than $66 billion");
}
