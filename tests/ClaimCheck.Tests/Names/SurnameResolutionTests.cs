using System.Collections.Immutable;
using ClaimCheck.Names;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Names;

public class SurnameResolutionTests
{
    /// <summary>The entity of every mention written exactly as <paramref name="text"/>, in text order.</summary>
    private static List<string> EntitiesOf(ImmutableArray<EntityMention> mentions, string text) =>
        mentions.Where(m => m.Text == text).Select(m => m.EntityId).ToList();

    [Test]
    public void A_surname_keeps_the_person_it_was_first_used_for_when_a_relative_of_that_surname_is_named_later()
    {
        var mentions = GazetteerTests.Recognize(
            "Kyle Brandt, 30, was charged on Friday. Brandt fled the scene. His father, Owen Brandt, said the family was shocked. "
            + "Brandt had no record, his lawyer said. Owen Brandt asked for privacy. Brandt is held without bail.");

        EntitiesOf(mentions, "Brandt").ShouldBe(["new:kyle-brandt", "new:kyle-brandt", "new:kyle-brandt"]);
        EntitiesOf(mentions, "Owen Brandt").ShouldBe(["new:owen-brandt", "new:owen-brandt"]);
    }

    [Test]
    public void A_surname_first_used_after_a_second_person_of_that_surname_is_named_goes_to_that_person_and_stays()
    {
        var mentions = GazetteerTests.Recognize(
            "Mara Voss, 7, was hurt by a stray bullet. Her mother, Lena Voss, heard the shots. "
            + "Voss said she ran to the window. Mara is recovering, Voss said.");

        EntitiesOf(mentions, "Voss").ShouldBe(["new:lena-voss", "new:lena-voss"]);
    }

    [Test]
    public void A_surname_before_anyone_is_named_in_full_is_the_first_person_named_after_it()
    {
        var mentions = GazetteerTests.Recognize("Police said Brandt fled. Kyle Brandt, 30, was charged later. Owen Brandt, his father, spoke.");

        EntitiesOf(mentions, "Brandt").ShouldBe(["new:kyle-brandt"]);
    }

    [TestCase("Jordan Harris, 20, was shot on Sunday, said Nia Ward-Harris, a neighbor. Harris died at the hospital.", "new:jordan-harris")]
    [TestCase("Nia Ward-Harris, 41, was hurt on Sunday. Harris was treated at the scene.", "new:nia-ward-harris")]
    public void A_part_of_a_hyphenated_surname_is_a_person_of_exactly_that_surname_when_the_article_names_one(string text, string entity) =>
        EntitiesOf(GazetteerTests.Recognize(text), "Harris").ShouldBe([entity]);

    [Test]
    public void A_first_name_and_a_surname_each_keep_their_own_person()
    {
        var mentions = GazetteerTests.Recognize(
            "Ana Pruitt, 10, was shot at home. Her grandmother, Della Pruitt, called police. "
            + "Ana was asleep, Pruitt said. Pruitt said Ana would recover.");

        EntitiesOf(mentions, "Ana").ShouldBe(["new:ana-pruitt", "new:ana-pruitt"]);
        EntitiesOf(mentions, "Pruitt").ShouldBe(["new:della-pruitt", "new:della-pruitt"]);
    }

    /// <summary>
    /// A long surname mistyped by one letter ("Castellano" as "Castelano" or "Castellnao") stands for
    /// the person named in full; a short one ("Lee" as "Lew") or one two people would fit does not.
    /// </summary>
    [TestCase("Marco Castellano, 41, was charged on Friday. Castelano, a former guard, denied it.", "Castelano", "new:marco-castellano")]
    [TestCase("Marco Castellano, 41, was charged on Friday. Castellnao, a former guard, denied it.", "Castellnao", "new:marco-castellano")]
    public void A_long_surname_mistyped_by_one_letter_is_the_person_named_in_full(string text, string written, string entity) =>
        EntitiesOf(GazetteerTests.Recognize(text), written).ShouldBe([entity]);

    [TestCase("Dana Lee, 41, was charged on Friday. Lew, a former guard, denied it.", "Lew", "new:dana-lee")]
    [TestCase("Anna Hollister and Rita Hollisted were charged on Friday. Hollistel denied it.", "Hollistel", "new:anna-hollister")]
    [TestCase("Anna Hollister and Rita Hollisted were charged on Friday. Hollistel denied it.", "Hollistel", "new:rita-hollisted")]
    public void A_short_surname_or_one_two_people_would_fit_is_not_taken_for_a_misspelling(string text, string written, string entity) =>
        EntitiesOf(GazetteerTests.Recognize(text), written).ShouldNotContain(entity);
}
