using ClaimCheck.Numbers;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Numbers;

/// <summary>The counts the seed articles rely on, read from the real articles in ../shared.</summary>
public class SeedQuantityTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, (string Text, IReadOnlyList<QuantityMention> Mentions)>> Seeds = new(() =>
        SeedArticles.Load().ToDictionary(
            a => a.Id,
            a => (a.Text, (IReadOnlyList<QuantityMention>)new Pipeline(NumbersTestPack.Pack).Analyze(a, new ClaimCheck.Rules.DiagnosticBag()).Quantities)));

    // article, text of the mention, value, low, high ("" = open), noun, category, per (ISO or "")
    [TestCase("rferl-2016-10-15", "275,000 civilians", "275000", "275000", "275000", "civilians", "civilians", "")]
    [TestCase("rferl-2016-10-15", "8,000 rebels", "8000", "8000", "8000", "rebels", "fighters", "")]
    [TestCase("kcur-npr-2017-01-23", "Thirteen rebel factions", "13", "13", "13", "rebel factions", "factions", "")]
    [TestCase("npr-2013-09-13", "more than 6 million Syrians", "6000000", "6000001", "", "syrians", "people", "")]
    [TestCase("kcur-npr-2017-01-23", "some 13.5 million people", "13500000", "12150000", "14850000", "people", "people", "")]
    [TestCase("kcur-npr-2017-01-23", "more than 22 million people", "22000000", "22000001", "", "people", "people", "")]
    [TestCase("ibtimes-2016-04-28", "250 Special Operations troops", "250", "250", "250", "special operations troops", "troops", "")]
    [TestCase("washexaminer-2016-04-28", "one Syrian killed every 25 minutes", "1", "1", "1", "syrian", "people", "PT25M")]
    [TestCase("washexaminer-2016-04-28", "one Syrian wounded every 13 minutes", "1", "1", "1", "syrian", "people", "PT13M")]
    public void A_must_handle_count_comes_out_with_its_value_bounds_noun_and_category(
        string article, string text, string value, string low, string high, string noun, string category, string per)
    {
        var mention = Seeds.Value[article].Mentions.SingleOrDefault(m => m.Text == text);
        mention.ShouldNotBeNull($"no quantity '{text}' in {article}; found: {string.Join(" | ", Seeds.Value[article].Mentions.Select(m => m.Text))}");
        var fields = mention.Observe().Fields;
        fields["value"].ShouldBe(value);
        fields["low"].ShouldBe(low);
        fields["high"].ShouldBe(high);
        mention.Value.Noun.ShouldBe(noun);
        mention.Value.Category.ShouldBe(category);
        (mention.Value.Per?.Iso ?? "").ShouldBe(per);
    }

    // Years, dates and durations in the seeds belong to the time recognizer.
    [TestCase("ibtimes-2016-04-28", "February 2016")]
    [TestCase("ibtimes-2016-04-28", "two-month-old")]
    [TestCase("kcur-npr-2017-01-23", "Feb. 8")]
    [TestCase("kcur-npr-2017-01-23", "six-year")]
    [TestCase("npr-2013-09-13", "two and half years")]
    [TestCase("npr-2013-09-13", "two days")]
    [TestCase("rferl-2016-10-15", "October 17")]
    [TestCase("rferl-2016-10-15", "October 3")]
    [TestCase("rferl-2016-10-15", "more than four hours")]
    [TestCase("rferl-2016-10-15", "40-minute")]
    [TestCase("rferl-2016-10-15", "three weeks")]
    [TestCase("washexaminer-2016-04-28", "48 hours")]
    public void A_year_date_or_duration_is_not_a_count(string article, string phrase)
    {
        var (text, mentions) = Seeds.Value[article];
        var at = text.IndexOf(phrase, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, $"the seed no longer contains '{phrase}'");
        mentions.Where(m => m.Span.Start < at + phrase.Length && at < m.Span.End)
            .Select(m => m.Text)
            .ShouldBeEmpty();
    }

    [Test]
    public void Every_mention_quotes_the_article_exactly()
    {
        foreach (var (text, mentions) in Seeds.Value.Values)
        {
            foreach (var mention in mentions)
            {
                text.Substring(mention.Span.Start, mention.Span.Length).ShouldBe(mention.Text);
            }
        }
    }
}
