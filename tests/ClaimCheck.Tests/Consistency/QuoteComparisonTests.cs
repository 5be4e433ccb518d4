using ClaimCheck.Consistency;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Consistency;

public class QuoteComparisonTests
{
    private static readonly QuotePolicy Policy = new(MinWords: 4, MatchThreshold: 85) { LongMatchWords = 10, LongMatchThreshold = 70 };

    [Test]
    public void A_word_added_inside_the_same_quote_is_a_variant_naming_the_word()
    {
        var match = QuoteComparison.Compare(
            "We need a U.S.-Russian plan at the highest level",
            "Our hope is for a US-Russian joint plan at the highest level, because time is short.",
            Policy);

        match.ShouldNotBeNull();
        match.Identical.ShouldBeFalse();
        match.OnlyInA.ShouldBeEmpty();
        match.OnlyInB.ShouldContain("joint");
    }

    [Test]
    public void One_sentence_shared_word_for_word_by_two_longer_quotes_is_an_agreement()
    {
        var match = QuoteComparison.Compare(
            "Nobody is safe here. How can families plan anything when the shelling never stops?",
            "How can families plan anything when the shelling never stops? We ask for calm.",
            Policy);

        match.ShouldNotBeNull();
        match.Identical.ShouldBeTrue();
    }

    [Test]
    public void Different_quotes_that_share_a_few_common_words_do_not_match()
    {
        QuoteComparison.Compare(
            "We will continue to work for peace in the region",
            "The region needs more food and medicine before winter",
            Policy).ShouldBeNull();
    }

    [Test]
    public void Quotes_shorter_than_the_minimum_are_never_compared()
    {
        QuoteComparison.Compare("barely alive", "barely alive", Policy).ShouldBeNull();
    }

    [Test]
    public void Accents_and_case_do_not_make_a_quote_differ()
    {
        var match = QuoteComparison.Compare("We will meet again in Genève next week.", "we will meet again in Geneve next week", Policy);

        match.ShouldNotBeNull();
        match.Identical.ShouldBeTrue();
    }

    [Test]
    public void A_long_sentence_reworded_inside_quote_marks_is_a_variant()
    {
        var match = QuoteComparison.Compare(
            "I do not believe it would be wise for me to try to be the one who leads the party into the next election",
            "It would not be wise for me to be the one leading the party into the next election.",
            Policy);

        match.ShouldNotBeNull();
        match.Identical.ShouldBeFalse();
    }

    [Test]
    public void A_word_matched_far_from_the_shared_sentence_does_not_hide_a_variant()
    {
        var match = QuoteComparison.Compare(
            "In a few words: in the last two days we had on the average one family displaced every ten minutes",
            "In the last two days, we have had an average of one family displaced every ten minutes.",
            Policy);

        match.ShouldNotBeNull();
        match.Identical.ShouldBeFalse();
        match.OnlyInA.ShouldBe(["on", "the"]);
    }

    [Test]
    public void Two_sentences_of_one_speaker_that_share_common_words_are_not_variants()
    {
        QuoteComparison.Compare(
            "We will work with our partners in the region to bring the fighting to an end this year",
            "We will not accept that our partners in the region are left to deal with the refugees alone",
            Policy).ShouldBeNull();
    }

    [Test]
    public void One_sentence_worded_otherwise_makes_the_quote_a_variant_though_another_is_identical()
    {
        var match = QuoteComparison.Compare(
            "She remembers reaching the bridge. She remembers trying to brake and then nothing at all.",
            "She remembers reaching bridge. She remembers trying to brake and then nothing at all.",
            Policy);

        match.ShouldNotBeNull();
        match.Identical.ShouldBeFalse();
        match.OnlyInA.ShouldBe(["the"]);
    }

    [Test]
    public void A_difference_at_the_edge_of_the_shared_words_is_a_variant_and_the_same_words_cut_elsewhere_are_not()
    {
        var edge = QuoteComparison.Compare("It is a complete and utter shambles", "It's a complete and utter shambles", Policy);
        var cut = QuoteComparison.Compare("We came to buy bread for our mother.", "We came to buy bread for our mother. Then the shooting started and everyone ran.", Policy);

        edge.ShouldNotBeNull().Identical.ShouldBeFalse();
        cut.ShouldNotBeNull().Identical.ShouldBeTrue();
    }

    [Test]
    public void A_few_words_shared_by_two_different_sentences_are_no_variant()
    {
        QuoteComparison.Compare("If you are going to wave the flag, wave it", "Did he pull out the flag and wave it, or was it someone else?", Policy).ShouldBeNull();
    }
}
