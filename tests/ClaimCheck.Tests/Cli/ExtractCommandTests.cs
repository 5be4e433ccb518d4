using System.Text.Json;
using ClaimCheck.Cli;
using ClaimCheck.Claims;
using ClaimCheck.Corpus;
using ClaimCheck.Numbers;
using ClaimCheck.Tests.Reporting;
using ClaimCheck.Text;
using ClaimCheck.Time;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Cli;

public class ExtractCommandTests : CliTestBase
{
    /// <summary>The Harbor Ledger article with a time, a quantity and a claim, as the stages would give them.</summary>
    private static CheckEngine Engine => CheckEngine.Library with
    {
        LoadCorpus = (_, _, _) => new CorpusLoadResult([ReportFixture.Ledger], []),
        Extract = (article, rules, _) =>
        {
            static TextSpan Find(Article a, string text) => new(a.Text.IndexOf(text, StringComparison.Ordinal), text.Length);
            var month = Find(article, "February 2016");
            var count = Find(article, "12 civilians");
            var analysis = new AnalyzedArticle(
                new Document(article, [], []),
                [new TimeMention(month, "time.month-year", 2, "February 2016", new TimeValue(TimeType.Date, "2016-02", Granularity.Month, TimeInterval.Month(2016, 2), null))],
                [new QuantityMention(count, "numbers.counted-noun", 3, "12 civilians", new Quantity(12, 12, 12) { Noun = "civilians" })],
                [],
                null);
            var claim = ReportFixture.Claim("c1", article, "truce.start", new TimeClaimValue(TimeInterval.Month(2016, 2), "2016-02", null), "implemented in February 2016", "claims.truce-start");
            return new ExtractedArticle(analysis, [], [claim], rules.Signer.Sign(analysis, [], new ClaimCheck.Rules.DiagnosticBag()));
        },
    };

    [Test]
    public void Lists_mentions_and_claims_with_span_position_rule_and_value()
    {
        var result = Cli.Run(Engine, "extract", "ledger.md", "--rules", Cli.Rules);

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        result.Out.ShouldContain("harbor-ledger-0428 (Harbor Ledger, 2016-04-28) from corpus/harbor-ledger-0428.md");
        var lines = result.Out.Split('\n');
        var time = lines.Where(l => l.Contains("time.month-year", StringComparison.Ordinal)).ShouldHaveSingleItem();
        time.ShouldStartWith("  time      [54..67)    9:27   time.month-year       \u201cFebruary 2016\u201d  ");
        time.ShouldContain("value=2016-02");
        lines.ShouldContain(l => l.Contains("\u201c12 civilians\u201d", StringComparison.Ordinal) && l.Contains("numbers.counted-noun", StringComparison.Ordinal));
        lines.ShouldContain("  truce.start  [39..67)  9:12  claims.truce-start  \u201cimplemented in February 2016\u201d  2016-02");
    }

    [Test]
    public void Json_gives_every_row_in_text_order()
    {
        var result = Cli.Run(Engine, "extract", "ledger.md", "--rules", Cli.Rules, "--json");

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var article = json.RootElement.GetProperty("articles")[0];
        var mentions = article.GetProperty("mentions");
        mentions.EnumerateArray().Select(m => m.GetProperty("kind").GetString()).ShouldBe(["time", "quantity"]);
        var time = mentions[0];
        time.GetProperty("text").GetString().ShouldBe("February 2016");
        time.GetProperty("line").GetInt32().ShouldBe(9);
        time.GetProperty("fields").GetProperty("value").GetString().ShouldBe("2016-02");
        var claim = article.GetProperty("claims").EnumerateArray().ShouldHaveSingleItem();
        claim.GetProperty("kind").GetString().ShouldBe("truce.start");
        claim.GetProperty("value").GetString().ShouldBe("2016-02");
    }

    [Test]
    public void A_file_that_does_not_load_stops_with_its_diagnostic()
    {
        Cli.Folder.Write("empty.md", "");
        var result = Cli.Run("extract", "empty.md", "--rules", Cli.Rules);
        result.ExitCode.ShouldBe(ExitCodes.Stopped);
        result.Error.ShouldContain("no article could be loaded from empty.md");
    }

    [Test]
    public void The_file_argument_is_required() =>
        Cli.Run(Engine, "extract", "--rules", Cli.Rules).ExitCode.ShouldBe(ExitCodes.Stopped);
}
