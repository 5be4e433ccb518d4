using System.Collections.Immutable;
using System.Diagnostics;
using ClaimCheck.Corpus;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Text;

public class TextRulesTests
{
    private static readonly Lazy<TextRules> DefaultRules = new(() => RulePack.Load(TestPaths.Rules).Text);

    private static Article ArticleOf(string text) => new("t", "test", new DateOnly(2016, 4, 28), text, "t.md");

    private static (TextRules Rules, ImmutableArray<Diagnostic> Diagnostics) LoadText(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var file = RuleFile.Parse("rules/text/test.yaml", yaml, diagnostics).ShouldNotBeNull();
        return (TextRules.Load([file], diagnostics), diagnostics.ToImmutable());
    }

    [Test]
    public void Broken_rules_are_diagnostics_and_the_good_rule_still_loads()
    {
        var (rules, diagnostics) = LoadText("""
            # test rules
            rules:
              - id: text.good
                pattern: 'remove me'
                examples: [{ text: 'remove me', expect: { text: 'remove me' } }]
              - id: text.good
                pattern: 'again'
                examples: [{ text: 'again', expect: { text: 'again' } }]
              - id: time.wrong-stage
                pattern: 'x'
                examples: [{ text: 'x', expect: { text: 'x' } }]
              - id: text.bad-scope
                scope: paragraph
                pattern: 'x'
              - id: text.bad-regex
                pattern: 'a(?<n>b'
              - id: text.no-examples
                scope: span
                pattern: 'zz'
              - id: text.typo
                patern: 'x'
            abbreviations:
              never-final: [Mr., not an abbreviation]
            checks:
              - id: text.paragraphs
                examples: [{ text: 'x', expect: { count: '1' } }]
            """);

        diagnostics.Select(d => (d.Code, d.Line)).ShouldBe(
        [
            (DiagnosticCodes.DuplicateRuleId, 6),
            (DiagnosticCodes.InvalidValue, 9),
            (DiagnosticCodes.InvalidValue, 13),
            (DiagnosticCodes.InvalidRegex, 16),
            (DiagnosticCodes.NoExamples, 17),
            (DiagnosticCodes.UnknownKey, 21),
            (DiagnosticCodes.MissingKey, 20),
            (DiagnosticCodes.InvalidValue, 23),
            (DiagnosticCodes.UnknownReference, 25),
        ], ignoreOrder: true);
        diagnostics.ShouldAllBe(d => d.File == "rules/text/test.yaml");
        rules.RuleIds.ShouldBe(["text.good", "text.no-examples"]);
        rules.Clean(ArticleOf("Please remove me\nremove me")).Removed.ShouldHaveSingleItem().RuleId.ShouldBe("text.good");
    }

    [Test]
    public void A_rule_that_times_out_is_reported_and_skipped_and_cleaning_goes_on()
    {
        var (rules, loadDiagnostics) = LoadText("""
            rules:
              - id: text.catastrophic
                scope: span
                pattern: '^(?:\w+\s?)*$'
                examples: [{ text: 'xx', expect: { text: 'xx' } }]
              - id: text.sponsor
                pattern: 'sponsored'
                examples: [{ text: 'sponsored', expect: { text: 'sponsored' } }]
            """);
        loadDiagnostics.ShouldBeEmpty();
        var diagnostics = new DiagnosticBag();

        var document = rules.Clean(ArticleOf("sponsored\n" + new string('x', 40) + "!\nThe talks went on!\n" + new string('x', 40) + "!"), diagnostics);

        var timeout = diagnostics.ToImmutable().ShouldHaveSingleItem();
        timeout.Code.ShouldBe(DiagnosticCodes.RegexTimeout);
        (timeout.File, timeout.Line).ShouldBe(("rules/text/test.yaml", 2));
        timeout.Message.ShouldContain("text.catastrophic");
        document.Removed.ShouldHaveSingleItem().RuleId.ShouldBe("text.sponsor");
        document.Sentences.Select(document.SentenceText).ShouldContain("The talks went on!");
    }

    [TestCase(',')]
    [TestCase('.')]
    [TestCase('<')]
    [TestCase('-')]
    [TestCase('\'')]
    public void A_line_of_100000_repeated_characters_is_cleaned_quickly_without_timeouts(char repeated)
    {
        var line = "Talks " + new string(repeated, 100_000) + " ended. Next";
        var diagnostics = new DiagnosticBag();
        var stopwatch = Stopwatch.StartNew();

        var document = DefaultRules.Value.Clean(ArticleOf(line + "\n" + line), diagnostics);

        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), "quadratic work would take minutes");
        diagnostics.ToImmutable().ShouldBeEmpty();
        document.Sentences.ShouldNotBeEmpty();
    }

    [Test]
    public void A_hundred_thousand_short_sentences_split_in_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat("Mr. Doe met the U.S. envoy on Feb. 8. He left. ", 20_000));
        var stopwatch = Stopwatch.StartNew();

        var document = DefaultRules.Value.Clean(ArticleOf(text));

        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), "quadratic work would take minutes");
        document.Sentences.Length.ShouldBe(40_000);
    }

    [Test]
    public void Tokens_have_kinds_and_keep_internal_hyphens_apostrophes_and_abbreviation_stops()
    {
        var document = DefaultRules.Value.Clean(ArticleOf("Al-Assad's U.S.-backed foes lost 1,250 men (13.5%) at 5 p.m., €2m."));

        var tokens = document.Sentences.ShouldHaveSingleItem().Tokens.Select(t => (document.Slice(t.Span), t.Kind));
        tokens.ShouldBe(
        [
            ("Al-Assad's", TokenKind.Word), ("U.S.-backed", TokenKind.Word), ("foes", TokenKind.Word), ("lost", TokenKind.Word),
            ("1,250", TokenKind.Number), ("men", TokenKind.Word), ("(", TokenKind.Punctuation), ("13.5", TokenKind.Number),
            ("%", TokenKind.Punctuation), (")", TokenKind.Punctuation), ("at", TokenKind.Word), ("5", TokenKind.Number),
            ("p.m.", TokenKind.Word), (",", TokenKind.Punctuation), ("€", TokenKind.Symbol), ("2m", TokenKind.Number),
            (".", TokenKind.Punctuation),
        ]);
    }

    [Test]
    public void An_empty_or_chrome_only_article_has_no_sentences()
    {
        DefaultRules.Value.Clean(ArticleOf("")).Sentences.ShouldBeEmpty();
        var chrome = DefaultRules.Value.Clean(ArticleOf("• Playlist\n\n• Download\n"));
        chrome.Sentences.ShouldBeEmpty();
        chrome.Removed.Length.ShouldBe(2);
    }

    [Test]
    public void Crlf_line_ends_stay_out_of_sentences_and_removed_spans()
    {
        var document = DefaultRules.Value.Clean(ArticleOf("Talks began.\r\n• Embed\r\nThey ended.\r\n"));

        document.Sentences.Select(document.SentenceText).ShouldBe(["Talks began.", "They ended."]);
        document.Slice(document.Removed.ShouldHaveSingleItem().Span).ShouldBe("• Embed");
    }

    [Test]
    public void Cleaning_is_deterministic_across_threads()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 50).Select(i => $"Item {i}: the U.N. said {i},000 fled. Support comes from\n• Share"));
        static string Shape(Document d) => string.Join(";", d.Sentences.Select(s => $"{s.Span}/{s.Paragraph}/{string.Join(",", s.Tokens)}"))
            + "|" + string.Join(";", d.Removed);
        var first = Shape(DefaultRules.Value.Clean(ArticleOf(text)));

        var others = Enumerable.Range(0, 16).AsParallel().Select(_ => Shape(DefaultRules.Value.Clean(ArticleOf(text)))).ToList();

        others.ShouldAllBe(shape => shape == first);
    }
}
