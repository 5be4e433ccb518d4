using ClaimCheck.Rules;
using ClaimCheck.Text;
using ClaimCheck.Time.TimeMl;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Time;

public class TimeMlDocumentTests
{
    /// <summary>A small TimeML document in the TimeBank layout, written for these tests.</summary>
    internal const string Sample = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>TEST001</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-05" temporalFunction="false" functionInDocument="CREATION_TIME">03/05/98</TIMEX3></DCT>
        <TEXT>
        The board <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-03-04">Wednesday</TIMEX3> &amp; talked for <TIMEX3 tid="t2" type="DURATION" value="PT3H" mod="MORE_THAN">more than three hours</TIMEX3>.
        Profits rose in <TIMEX3 tid="t3" type="DATE" value="1997">1997</TIMEX3> &lt;again&gt;.
        </TEXT>
        </TimeML>
        """;

    [Test]
    public void Reading_gives_the_plain_text_the_creation_date_and_the_gold_spans()
    {
        var document = TimeMlDocument.Parse(Sample, "test.tml").Value.ShouldNotBeNull();

        document.Id.ShouldBe("TEST001");
        document.Created.ShouldBe(new DateOnly(1998, 3, 5));
        document.Text.ShouldBe("\nThe board met Wednesday & talked for more than three hours.\nProfits rose in 1997 <again>.\n");
        document.Timexes.Select(t => document.Text.Substring(t.Span.Start, t.Span.Length)).ShouldBe(["Wednesday", "more than three hours", "1997"]);
        document.Timexes.Select(t => (t.Tid, t.Type, t.Value, t.Mod)).ShouldBe([("t1", "DATE", "1998-03-04", null), ("t2", "DURATION", "PT3H", "MORE_THAN"), ("t3", "DATE", "1997", null)]);
    }

    [Test]
    public void Writing_puts_our_annotations_inline_and_keeps_the_text_exact()
    {
        var document = TimeMlDocument.Parse(Sample, "test.tml").Value.ShouldNotBeNull();
        var ours = new[] { new Timex(new TextSpan(48, 15), "t1", "DURATION", "PT3H"), new Timex(new TextSpan(15, 9), "t2", "DATE", "1998-03-04", "APPROX") };

        var written = document.WriteWith(ours);

        written.ShouldNotContain("<EVENT");
        written.ShouldContain("""<TIMEX3 tid="t2" type="DATE" value="1998-03-04" mod="APPROX">Wednesday</TIMEX3>""");
        written.ShouldContain("functionInDocument=\"CREATION_TIME\"");
        var reread = TimeMlDocument.Parse(written, "out.tml").Value.ShouldNotBeNull();
        reread.Text.ShouldBe(document.Text);
        reread.Created.ShouldBe(document.Created);
        reread.Timexes.Select(t => (t.Span, t.Value)).ShouldBe([(new TextSpan(15, 9), "1998-03-04"), (new TextSpan(48, 15), "PT3H")]);
    }

    [TestCase("<TimeML><TEXT>a", "not well-formed XML")]
    [TestCase("<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-01\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT></TimeML>", "no TEXT")]
    [TestCase("<TimeML><TEXT>a</TEXT></TimeML>", "no TIMEX3 with functionInDocument")]
    [TestCase("<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"soon\" functionInDocument=\"CREATION_TIME\">x</TIMEX3></DCT><TEXT>a</TEXT></TimeML>", "'soon' is not a date")]
    public void A_file_that_cannot_be_read_is_a_diagnostic(string content, string message)
    {
        var result = TimeMlDocument.Parse(content, "bad.tml");

        result.Succeeded.ShouldBeFalse();
        var problem = result.Diagnostics.ShouldHaveSingleItem();
        problem.Code.ShouldBe(DiagnosticCodes.InvalidTimeMl);
        problem.File.ShouldBe("bad.tml");
        problem.Message.ShouldContain(message);
    }

    [Test]
    public void A_broken_gold_timex_is_skipped_with_a_warning_and_the_rest_is_kept()
    {
        var content = Sample.Replace("<TIMEX3 tid=\"t3\" type=\"DATE\"", "<TIMEX3 tid=\"t3\"", StringComparison.Ordinal);
        var result = TimeMlDocument.Parse(content, "t.tml");

        result.Value.ShouldNotBeNull().Timexes.Length.ShouldBe(2);
        result.Diagnostics.ShouldHaveSingleItem().Severity.ShouldBe(DiagnosticSeverity.Warning);
    }

    [Test]
    public void Annotating_uses_the_creation_date_as_publication()
    {
        var document = TimeMlDocument.Parse(Sample, "test.tml").Value.ShouldNotBeNull();

        var ours = new TimeMlAnnotator(TimeTestSupport.Pack).Annotate(document, new DiagnosticBag());

        ours.Select(t => (document.Text.Substring(t.Span.Start, t.Span.Length), t.Value)).ShouldBe([("Wednesday", "1998-03-04"), ("more than three hours", "PT3H"), ("1997", "1997")]);
        ours.ShouldAllBe(t => t.RuleId != null && t.RuleId.StartsWith("time."));
    }
}
