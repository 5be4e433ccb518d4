using ClaimCheck.Claims;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;
using static ClaimCheck.Tests.Claims.OwnWords;

namespace ClaimCheck.Tests.Claims;

/// <summary>Values as people write them: reports never show a TIMEX3 code a reader must decode.</summary>
public class ClaimValueDisplayTests
{
    [TestCase("The mill has stood empty since the 1990s.", "the 1990s")]
    [TestCase("The pier was last repaired in the summer of 2013.", "summer 2013")]
    [TestCase("The ferry sank on Tuesday night off the cape.", "2016-04-26 night")]
    [TestCase("The ferry sank on April 26 off the cape.", "2016-04-26")]
    public void A_time_figure_shows_as_words_or_an_iso_day(string sentence, string shown)
    {
        var claims = Checker.Extract(Article("a", sentence), Pack, new DiagnosticBag()).Claims;

        claims.ShouldContain(c => c.EventType == FigureClaims.EventType && c.Value.Display == shown, $"got {string.Join(", ", claims.Select(c => c.Value.Display))}");
    }
}
