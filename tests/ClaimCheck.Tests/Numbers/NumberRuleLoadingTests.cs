using ClaimCheck.Corpus;
using ClaimCheck.Numbers;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Numbers;

public class NumberRuleLoadingTests
{
    private static (NumberRecognizer Recognizer, DiagnosticBag Diagnostics) Load(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var file = RuleFile.Parse("rules/numbers/test.yaml", yaml, diagnostics);
        file.ShouldNotBeNull();
        return (NumberRecognizer.Load([file], diagnostics), diagnostics);
    }

    private static Document Sentence(string text) =>
        TextRules.Load([], new DiagnosticBag()).Clean(new Article("a", "outlet", RuleExample.DefaultReference, text, "a.md"));

    [Test]
    public void Broken_rules_are_reported_with_their_codes_and_the_good_rule_still_loads()
    {
        var (recognizer, diagnostics) = Load("""
            hedge:
              more than: more-or-less
            rules:
              - id: numbers.good
                pattern: '(?<number>\d+)\s+more'
                examples:
                  - text: 20 more
                    expect: {value: "20"}
              - id: numbers.good
                pattern: '(?<number>\d+)'
              - id: time.wrong-stage
                pattern: '(?<number>\d+)'
              - id: numbers.no-value
                pattern: '\d+\s+people'
              - id: numbers.typo
                patern: '(?<number>\d+)'
            """);
        var codes = diagnostics.ToImmutable().Select(d => d.Code).ToList();
        codes.ShouldContain(DiagnosticCodes.InvalidValue);
        codes.ShouldContain(DiagnosticCodes.DuplicateRuleId);
        codes.ShouldContain(DiagnosticCodes.UnknownKey);
        codes.ShouldContain(DiagnosticCodes.MissingKey);
        diagnostics.ToImmutable().ShouldContain(d => d.Message.Contains("more-or-less", StringComparison.Ordinal) && d.Line == 2);
        diagnostics.ToImmutable().ShouldContain(d => d.Message.Contains("captures no value", StringComparison.Ordinal));
        recognizer.RuleIds.ShouldBe(["numbers.good"]);
        recognizer.Recognize(Sentence("then 20 more came"), new DiagnosticBag()).Single().Value.Value.ShouldBe(20);
    }

    [Test]
    public void A_rule_that_times_out_is_reported_by_file_and_id_and_the_others_still_run()
    {
        var (recognizer, loading) = Load("""
            rules:
              - id: numbers.catastrophic
                pattern: '(?<number>(?:\d|\d\d)+)x'
              - id: numbers.plain
                pattern: '(?<number>\d+)\s+more'
            """);
        var diagnostics = new DiagnosticBag();
        var mentions = recognizer.Recognize(Sentence(new string('1', 40) + " and 20 more"), diagnostics);
        mentions.Select(m => m.Text).ShouldBe(["20 more"]);
        var timeout = diagnostics.ToImmutable().ShouldHaveSingleItem();
        timeout.Code.ShouldBe(DiagnosticCodes.RegexTimeout);
        timeout.File.ShouldBe("rules/numbers/test.yaml");
        timeout.Line.ShouldBe(3);
        timeout.Message.ShouldContain("numbers.catastrophic");
    }

    [Test]
    public void Mentions_are_the_same_whatever_the_order_of_reading()
    {
        var text = "Some 40 fighters and 12 children left; nearly 100 families stayed.\nThe toll rose to 35.";
        var first = NumbersTestPack.Read(text);
        var again = Enumerable.Range(0, 8).AsParallel().Select(_ => NumbersTestPack.Read(text)).ToList();
        again.ShouldAllBe(m => m.SequenceEqual(first));
        first.Select(m => m.Text).ShouldBe(["Some 40 fighters", "12 children", "nearly 100 families", "toll rose to 35"]);
    }
}
