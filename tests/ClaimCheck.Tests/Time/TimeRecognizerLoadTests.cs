using ClaimCheck.Corpus;
using ClaimCheck.Rules;
using ClaimCheck.Time;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Time;

/// <summary>Bad rules are diagnostics with positions, never crashes, and the good rules still load.</summary>
public class TimeRecognizerLoadTests
{
    private const string GoodRule = """
        rules:
          - id: time.test-good
            type: date
            pattern: '(?<year>{year})'
            examples:
              - text: in 2011
                expect: { value: '2011' }
        """;

    [Test]
    public void A_pattern_with_a_group_the_recognizer_does_not_know_is_rejected_with_its_position()
    {
        var diagnostics = new DiagnosticBag();
        var recognizer = TimeTestSupport.LoadWith(diagnostics, ("time/bad.yaml", """
            rules:
              - id: time.test-bad
                type: date
                pattern: '(?<yeer>\d{4})'
            """), ("time/good.yaml", GoodRule));
        var problem = diagnostics.ToImmutable().ShouldHaveSingleItem();
        problem.Code.ShouldBe(DiagnosticCodes.UnknownReference);
        problem.File.ShouldBe("time/bad.yaml");
        (problem.Line, problem.Column).ShouldBe((4, 14));
        problem.Message.ShouldContain("yeer");
        recognizer.Rules.Select(r => r.Id).ShouldBe(["time.test-good"]);
    }

    [Test]
    public void A_word_in_two_hedge_tables_is_reported_and_kept_in_the_first()
    {
        var diagnostics = new DiagnosticBag();
        var lexicon = File.ReadAllText(Path.Combine(TestPaths.Rules, "time", "lexicon.yaml"))
            .Replace("  boundaries:\n", "  boundaries:\n    about: { mod: BEFORE }\n", StringComparison.Ordinal);
        var files = new[] { ("time/lexicon.yaml", lexicon), ("time/good.yaml", GoodRule) }
            .Select(f => RuleFile.Parse(f.Item1, f.Item2, diagnostics)).OfType<RuleFile>();

        var recognizer = TimeRecognizer.Load([.. files], diagnostics);

        var problem = diagnostics.ToImmutable().ShouldHaveSingleItem();
        problem.Code.ShouldBe(DiagnosticCodes.InvalidValue);
        problem.Message.ShouldContain("'about' is already a modifier or boundary; it is not also a boundary");
        recognizer.Rules.Select(r => r.Id).ShouldBe(["time.test-good"]);
    }

    [Test]
    public void A_boundary_tense_other_than_past_or_future_is_reported()
    {
        var diagnostics = new DiagnosticBag();
        var lexicon = File.ReadAllText(Path.Combine(TestPaths.Rules, "time", "lexicon.yaml"))
            .Replace("  boundaries:\n", "  boundaries:\n    ever since: { mod: ON_OR_AFTER, tense: perfect }\n", StringComparison.Ordinal);
        var files = new[] { ("time/lexicon.yaml", lexicon), ("time/good.yaml", GoodRule) }
            .Select(f => RuleFile.Parse(f.Item1, f.Item2, diagnostics)).OfType<RuleFile>();

        TimeRecognizer.Load([.. files], diagnostics);

        var problem = diagnostics.ToImmutable().ShouldHaveSingleItem();
        problem.Code.ShouldBe(DiagnosticCodes.InvalidValue);
        problem.Message.ShouldContain("a boundary's tense must be past or future");
    }

    [Test]
    public void A_modifier_in_another_file_that_clashes_with_a_boundary_is_reported_not_thrown()
    {
        var diagnostics = new DiagnosticBag();
        var recognizer = TimeTestSupport.LoadWith(diagnostics, ("time/extra.yaml", "lexicon:\n  modifiers:\n    since: { mod: APPROX, min: 1, max: 1 }\n"), ("time/good.yaml", GoodRule));

        var problem = diagnostics.ToImmutable().ShouldHaveSingleItem();
        problem.Code.ShouldBe(DiagnosticCodes.InvalidValue);
        problem.File.ShouldBe("time/lexicon.yaml");
        problem.Message.ShouldContain("'since' is already a modifier or boundary");
        recognizer.Rules.Select(r => r.Id).ShouldBe(["time.test-good"]);
    }

    [TestCase("type: month", DiagnosticCodes.InvalidValue)]
    [TestCase("type: date\n    pattern: '(?<year>{yeer})'", DiagnosticCodes.UnknownFragment)]
    [TestCase("type: date\n    pattern: '(?<year>[0-9'", DiagnosticCodes.InvalidRegex)]
    [TestCase("type: date\n    pattern: 'x'\n    unit: fortnights", DiagnosticCodes.UnknownReference)]
    [TestCase("type: date\n    pattern: 'x'\n    value: 2016", DiagnosticCodes.InvalidValue)]
    [TestCase("type: date\n    pattern: 'x'\n    colour: red", DiagnosticCodes.UnknownKey)]
    public void A_broken_rule_is_reported_and_skipped(string body, string code)
    {
        var diagnostics = new DiagnosticBag();
        var yaml = "rules:\n  - id: time.test-broken\n    " + body + "\n    examples:\n      - text: x\n        expect: { value: x }\n";
        var recognizer = TimeTestSupport.LoadWith(diagnostics, ("time/broken.yaml", yaml), ("time/good.yaml", GoodRule));
        diagnostics.ToImmutable().Select(d => d.Code).ShouldContain(code);
        recognizer.Rules.Select(r => r.Id).ShouldContain("time.test-good");
        if (code != DiagnosticCodes.UnknownKey)
        {
            recognizer.Rules.Select(r => r.Id).ShouldNotContain("time.test-broken");
        }
    }

    [Test]
    public void Two_rules_with_one_id_keep_the_first_and_report_the_second()
    {
        var diagnostics = new DiagnosticBag();
        var recognizer = TimeTestSupport.LoadWith(diagnostics, ("time/a.yaml", GoodRule), ("time/b.yaml", GoodRule));
        var problem = diagnostics.ToImmutable().ShouldHaveSingleItem();
        problem.Code.ShouldBe(DiagnosticCodes.DuplicateRuleId);
        problem.File.ShouldBe("time/b.yaml");
        recognizer.Rules.Length.ShouldBe(1);
    }

    [Test]
    public void A_lexicon_entry_with_a_wrong_value_is_reported_at_its_position()
    {
        var diagnostics = new DiagnosticBag();
        TimeTestSupport.LoadWith(diagnostics, ("time/extra.yaml", "lexicon:\n  months:\n    Smarch: 13\n"));
        var problem = diagnostics.ToImmutable().ShouldHaveSingleItem();
        problem.Code.ShouldBe(DiagnosticCodes.InvalidValue);
        (problem.File, problem.Line).ShouldBe(("time/extra.yaml", 3));
    }

    [TestCase("Harvest Day: { date: 13-01 }")]
    [TestCase("Harvest Day: { month: 11, weekday: 8, nth: 1 }")]
    [TestCase("Harvest Day: { easter: 90 }")]
    [TestCase("Harvest Day: { dates: [2016-09-12, 2016-10-01], spread: 1 }")]
    [TestCase("Harvest Day: { dates: [2016-13-12] }")]
    public void A_holiday_whose_date_cannot_fall_in_a_year_is_reported_at_its_position(string entry)
    {
        var diagnostics = new DiagnosticBag();
        TimeTestSupport.LoadWith(diagnostics, ("time/extra.yaml", $"lexicon:\n  holidays:\n    {entry}\n"));
        var problem = diagnostics.ToImmutable().ShouldHaveSingleItem();
        problem.Code.ShouldBe(DiagnosticCodes.InvalidValue);
        (problem.File, problem.Line).ShouldBe(("time/extra.yaml", 3));
    }

    [Test]
    public void A_rule_file_may_add_lexicon_words_that_the_rules_then_understand()
    {
        var diagnostics = new DiagnosticBag();
        var dates = File.ReadAllText(Path.Combine(TestPaths.Rules, "time", "dates.yaml"));
        var recognizer = TimeTestSupport.LoadWith(diagnostics, ("time/dates.yaml", dates), ("time/extra.yaml", "lexicon:\n  months:\n    Janvier: 1\n"));
        diagnostics.ToImmutable().Where(d => d.Message != "'expect' must be a mapping of keys").ShouldBeEmpty();
        var mentions = TimeTestSupport.Recognize(recognizer, new Article("a", "o", new DateOnly(2016, 4, 28), "Signed in Janvier 2015.", "a.md"));
        mentions.ShouldHaveSingleItem().Value.Timex.ShouldBe("2015-01");
    }

    [Test]
    public void A_rule_that_times_out_is_reported_naming_its_file_and_rule_and_the_others_still_run()
    {
        var diagnostics = new DiagnosticBag();
        var recognizer = TimeTestSupport.LoadWith(diagnostics, ("time/good.yaml", GoodRule), ("time/slow.yaml", """
            rules:
              - id: time.test-catastrophic
                type: date
                pattern: '(?<year>(?:a|aa)+b)'
                examples:
                  - text: aab
                    expect: { value: x }
            """));
        diagnostics.ToImmutable().Where(d => d.Message != "'expect' must be a mapping of keys").ShouldBeEmpty();
        diagnostics = new DiagnosticBag();
        var text = "In 2011 " + new string('a', 40) + "c";
        var mentions = TimeTestSupport.Recognize(recognizer, new Article("slow", "o", new DateOnly(2016, 4, 28), text, "slow.md"), diagnostics);
        var timeout = diagnostics.ToImmutable().ShouldHaveSingleItem();
        timeout.Code.ShouldBe(DiagnosticCodes.RegexTimeout);
        timeout.File.ShouldBe("time/slow.yaml");
        timeout.Line.ShouldBe(4);
        timeout.Message.ShouldContain("time.test-catastrophic");
        timeout.Message.ShouldContain("'slow'");
        mentions.ShouldHaveSingleItem().Text.ShouldBe("2011");
    }

    [Test]
    public void Spec_files_beside_the_rules_are_not_read_as_rules()
    {
        var diagnostics = new DiagnosticBag();
        var recognizer = TimeTestSupport.LoadWith(diagnostics, ("time/seeds.spec.yaml", "seeds:\n  x: []\n"), ("time/good.yaml", GoodRule));
        diagnostics.ToImmutable().ShouldBeEmpty();
        recognizer.Rules.Length.ShouldBe(1);
    }
}
