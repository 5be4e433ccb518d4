using ClaimCheck.Alignment;
using ClaimCheck.Names;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Names;

public class EntityLinkerTests
{
    private static readonly EntityLinker Linker = new(NameRulesTests.Rules.Names.Matcher);

    private static IEnumerable<(string, EntityMention)> Article(string id, string text) =>
        GazetteerTests.Recognize(text).Select(m => (id, m));

    [Test]
    public void A_person_named_with_and_without_a_middle_name_or_by_a_short_given_name_is_one_entity()
    {
        var links = Linker.Link([
            .. Article("a", "Marcus Lee Tolliver, 40, was charged."),
            .. Article("b", "Marcus Tolliver, 40, was charged."),
            .. Article("c", "Marc Tolliver, 40, was held."),
        ]);

        links[new ArticleEntity("a", "new:marcus-lee-tolliver")].ShouldBe("new:marcus-lee-tolliver");
        links[new ArticleEntity("b", "new:marcus-tolliver")].ShouldBe("new:marcus-lee-tolliver");
        links[new ArticleEntity("c", "new:marc-tolliver")].ShouldBe("new:marcus-lee-tolliver");
    }

    [Test]
    public void Two_people_with_one_surname_stay_apart_and_a_bare_surname_between_them_is_left_alone()
    {
        var links = Linker.Link([
            .. Article("a", "Rosa Kemper, 52, was shot."),
            .. Article("b", "Lionel Kemper, 55, was shot."),
            .. Article("c", "Mr. Kemper declined to comment."),
        ]);

        links[new ArticleEntity("a", "new:rosa-kemper")].ShouldBe("new:rosa-kemper");
        links[new ArticleEntity("b", "new:lionel-kemper")].ShouldBe("new:lionel-kemper");
        links[new ArticleEntity("c", "new:kemper")].ShouldBe("new:kemper");
    }

    [Test]
    public void A_given_name_alone_joins_the_one_person_named_in_full_with_it_and_no_one_when_two_have_it()
    {
        var alone = Linker.Link([
            .. Article("a", "Mia Tull, 9, was hurt."),
            .. Article("b", "His daughter, Mia, said she was scared."),
        ]);
        var two = Linker.Link([
            .. Article("a", "Mia Tull, 9, was hurt. Mia Orrick, 12, was hurt."),
            .. Article("b", "His daughter, Mia, said she was scared."),
        ]);

        alone[new ArticleEntity("b", "new:mia")].ShouldBe("new:mia-tull");
        two[new ArticleEntity("b", "new:mia")].ShouldBe("new:mia");
    }

    [Test]
    public void An_initial_and_a_suffix_join_the_one_person_they_fit()
    {
        var links = Linker.Link([
            .. Article("a", "Dwayne Okafor Jr., 19, was hurt."),
            .. Article("b", "D. Okafor, 19, was hurt."),
        ]);

        links[new ArticleEntity("b", "new:d-okafor")].ShouldBe(links[new ArticleEntity("a", "new:dwayne-okafor-jr")]);
    }

    [Test]
    public void A_spelling_the_gazetteer_lacks_joins_the_known_person_and_the_result_ignores_input_order()
    {
        var mentions = Article("a", "Sergei Lavrov met reporters.").Concat(Article("b", "Sergeij Lavrov, 66, met reporters.")).ToList();

        var links = Linker.Link(mentions);
        var reversed = Linker.Link(Enumerable.Reverse(mentions));

        links[new ArticleEntity("b", "new:sergeij-lavrov")].ShouldBe("sergei-lavrov");
        reversed.ShouldBe(links, ignoreOrder: true);
        links.Keys.ShouldAllBe(k => k.EntityId.StartsWith("new:", StringComparison.Ordinal));
    }
}
