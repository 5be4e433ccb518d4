using ClaimCheck.Corpus;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Text;

/// <summary>
/// Cleaning the five seed articles: every chrome line goes, every line of the story stays. Chrome
/// is named here by short line openings only; the seeds' sentences are read from ../shared, never copied.
/// </summary>
public class SeedCleaningTests
{
    private static readonly Lazy<TextRules> Rules = new(() => RulePack.Load(TestPaths.Rules).Text);

    private static readonly Dictionary<string, string[]> ChromeLineOpenings = new()
    {
        ["kcur-npr-2017-01-23"] =
        [
            "© 2023", "NPR in Kansas City", "Play Live Radio", "Next Up:", "Available On Air Stations", "Sergei Grits",
            "Copyright 2020 NPR", "Bill Chappell is a writer", "KCUR serves", "Your donation helps",
        ],
        ["npr-2013-09-13"] =
        [
            "• Playlist", "• Download", "• Embed", "<iframe", "• Transcript", "Copyright © 2013", "NPR transcripts are",
            "Please keep your community civil", "NPR thanks our sponsors", "Become an NPR sponsor", "Support comes from",
        ],
        ["ibtimes-2016-04-28"] = [],
        ["rferl-2016-10-15"] = [],
        ["washexaminer-2016-04-28"] = [],
    };

    private static IEnumerable<string> SeedIds => ChromeLineOpenings.Keys.Order(StringComparer.Ordinal);

    private static Article Seed(string id)
    {
        var seeds = TestPaths.RequireShared("corpus", "seeds");
        return CorpusLoader.Load([Path.Combine(seeds, id + ".md")]).Articles.Single();
    }

    private static IEnumerable<TextSpan> Lines(string text)
    {
        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                yield return new TextSpan(start + line.IndexOf(trimmed, StringComparison.Ordinal), trimmed.Length);
            }

            start += line.Length + 1;
        }
    }

    [TestCaseSource(nameof(SeedIds))]
    public void Chrome_lines_are_removed_whole_and_every_other_line_is_kept_whole(string id)
    {
        var article = Seed(id);
        var document = Rules.Value.Clean(article);
        var openings = ChromeLineOpenings[id];

        foreach (var line in Lines(article.Text))
        {
            var text = document.Slice(line);
            var isChrome = openings.Any(o => text.StartsWith(o, StringComparison.Ordinal));
            var covered = document.Sentences.Where(s => line.Overlaps(s.Span)).Sum(s => s.Span.Length);
            if (isChrome)
            {
                document.Removed.ShouldContain(r => r.Span == line, $"chrome line kept: {text}");
                covered.ShouldBe(0, text);
            }
            else
            {
                document.Removed.ShouldNotContain(r => r.Span == line, $"story line removed: {text}");
            }
        }

        openings.ShouldAllBe(o => document.Removed.Any(r => document.Slice(r.Span).StartsWith(o, StringComparison.Ordinal)));
    }

    [TestCaseSource(nameof(SeedIds))]
    public void No_story_text_is_removed_apart_from_the_chrome(string id)
    {
        var article = Seed(id);
        var document = Rules.Value.Clean(article);
        var openings = ChromeLineOpenings[id];

        foreach (var line in Lines(article.Text).Where(l => !openings.Any(o => article.Text.AsSpan(l.Start, l.Length).StartsWith(o, StringComparison.Ordinal))))
        {
            var removedInLine = document.Removed.Where(r => line.Overlaps(r.Span)).ToList();
            var keptNonSpace = document.Sentences.Where(s => line.Contains(s.Span)).Sum(s => document.Slice(s.Span).Count(c => !char.IsWhiteSpace(c)));
            var removedNonSpace = removedInLine.Sum(r => document.Slice(r.Span).Count(c => !char.IsWhiteSpace(c)));
            var lineNonSpace = document.Slice(line).Count(c => !char.IsWhiteSpace(c));
            (keptNonSpace + removedNonSpace).ShouldBe(lineNonSpace, document.Slice(line));
            removedInLine.ShouldAllBe(r => r.RuleId == "text.photo-credit", document.Slice(line));
        }
    }

    [Test]
    public void A_photo_credit_at_the_end_of_a_caption_goes_and_the_caption_stays()
    {
        var article = Seed("ibtimes-2016-04-28");
        var document = Rules.Value.Clean(article);

        var credit = document.Removed.ShouldHaveSingleItem();
        (credit.RuleId, document.Slice(credit.Span)).ShouldBe(("text.photo-credit", "Denis Balibouse/Reuters"));
        var caption = document.SentenceAt(credit.Span.Start - 3).ShouldNotBeNull();
        caption.Span.End.ShouldBeLessThanOrEqualTo(credit.Span.Start);
    }

    [TestCaseSource(nameof(SeedIds))]
    public void Sentences_and_tokens_are_exact_trimmed_ordered_spans_of_the_original_text(string id)
    {
        var article = Seed(id);
        var document = Rules.Value.Clean(article);

        document.Sentences.ShouldNotBeEmpty();
        var previousEnd = 0;
        var previousParagraph = 0;
        foreach (var sentence in document.Sentences)
        {
            sentence.Span.Start.ShouldBeGreaterThanOrEqualTo(previousEnd);
            sentence.Paragraph.ShouldBeInRange(previousParagraph, previousParagraph + 1);
            var text = article.Text.Substring(sentence.Span.Start, sentence.Span.Length);
            document.SentenceText(sentence).ShouldBe(text);
            text.ShouldBe(text.Trim());
            text.ShouldNotContain('\n');
            document.Removed.ShouldNotContain(r => r.Span.Overlaps(sentence.Span));
            document.SentenceAt(sentence.Span.Start).ShouldBe(sentence);
            sentence.Tokens.ShouldNotBeEmpty();
            sentence.Tokens.ShouldAllBe(t => t.Span.Length > 0 && !char.IsWhiteSpace(article.Text[t.Span.Start]));
            sentence.Tokens.Zip(sentence.Tokens.Skip(1)).ShouldAllBe(p => p.First.Span.End <= p.Second.Span.Start);
            previousEnd = sentence.Span.End;
            previousParagraph = sentence.Paragraph;
        }

        document.Sentences.Select(s => s.Index).ShouldBe(Enumerable.Range(0, document.Sentences.Length));
    }

    [Test]
    public void Abbreviations_do_not_end_sentences_in_the_seeds()
    {
        var checkedCount = 0;
        foreach (var id in SeedIds)
        {
            var document = Rules.Value.Clean(Seed(id));
            foreach (var abbreviation in new[] { "U.S. ", "U.N. ", "Feb. ", "D.C. " })
            {
                for (var at = document.Text.IndexOf(abbreviation, StringComparison.Ordinal); at >= 0; at = document.Text.IndexOf(abbreviation, at + 1, StringComparison.Ordinal))
                {
                    var sentence = document.SentenceAt(at);
                    var followedByOpener = char.IsUpper(document.Text[at + abbreviation.Length]) && abbreviation != "Feb. ";
                    if (sentence is null || followedByOpener)
                    {
                        continue;
                    }

                    document.SentenceAt(at + abbreviation.Length).ShouldBe(sentence, $"{id}: '{abbreviation.Trim()}' ended a sentence at {at}");
                    checkedCount++;
                }
            }
        }

        checkedCount.ShouldBeGreaterThan(10);
    }

    [Test]
    public void Blank_lines_separate_paragraphs_and_a_headline_is_its_own_sentence()
    {
        var article = Seed("kcur-npr-2017-01-23");
        var document = Rules.Value.Clean(article);

        var headline = document.Sentences[0];
        document.SentenceText(headline).ShouldBe(article.Title);
        headline.Paragraph.ShouldBe(0);
        document.Sentences[1].Paragraph.ShouldBe(1);
        document.Sentences.Max(s => s.Paragraph).ShouldBeGreaterThan(8);
        var feb = document.Text.IndexOf("Feb. 8", StringComparison.Ordinal);
        document.SentenceAt(feb).ShouldBe(document.SentenceAt(feb + 5));
    }

    [Test]
    public void Text_without_commas_from_fakes_splits_into_sentences_at_full_stops()
    {
        var csv = TestPaths.RequireShared("data", "fakes", "fakes.csv");
        var contents = File.ReadLines(csv).Skip(1).Take(200).ToList();
        var article = new Article("fakes-sample", "fakes", new DateOnly(2016, 1, 1), string.Join("\n\n", contents), csv);

        var document = Rules.Value.Clean(article);

        document.Sentences.Length.ShouldBeGreaterThan(contents.Count * 3);
        document.Sentences.Average(s => s.Span.Length).ShouldBeInRange(40, 400);
    }
}
