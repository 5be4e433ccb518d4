using ClaimCheck.Names;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Names;

public class NameMatcherTests
{
    private static NameMatcher Matcher => NameRulesTests.Rules.Names.Matcher;

    [TestCase("Erdoğan", "erdogan")]
    [TestCase("Çavuşoğlu", "cavusoglu")]
    [TestCase("Łukasz Żółw", "lukasz zolw")]
    [TestCase("al-Assad", "al assad")]
    [TestCase("Ja'afari", "jaafari")]
    [TestCase("Ja’afari", "jaafari")]
    [TestCase("Сергей Лавров", "сергей лавров")]
    [TestCase("  JOHN   Kerry ", "john kerry")]
    public void The_preprocessor_folds_case_and_diacritics_and_keeps_letters(string name, string expected) =>
        NameMatcher.Preprocess(name).ShouldBe(expected);

    [TestCase("Erdoğan", "Erdogan")]
    [TestCase("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan")]
    [TestCase("Sergei Lavrov", "Sergey Lavrov")]
    [TestCase("Bashar al-Assad", "Bashar al Assad")]
    [TestCase("J. Smith", "John Smith")]
    [TestCase("Staffan de Mistura", "Staffan De Mistura")]
    [TestCase("Andy Parish", "Andrew Parish")]
    [TestCase("Bill Dorsey", "Willie Dorsey")]
    public void Spelling_variants_of_one_person_match(string a, string b) =>
        Matcher.ComparePeople(a, b).IsMatch.ShouldBeTrue(Matcher.ComparePeople(a, b).Reason);

    [TestCase("John Smith", "Jane Smith")]
    [TestCase("J. Smith", "M. Smith")]
    [TestCase("John Kerry", "John Kirby")]
    [TestCase("Sergei Lavrov", "Sergei Shoigu")]
    [TestCase("Andy Parish", "Anna Parish")]
    [TestCase("Bill Dorsey", "Robert Dorsey")]
    public void Different_people_do_not_match(string a, string b) =>
        Matcher.ComparePeople(a, b).IsMatch.ShouldBeFalse(Matcher.ComparePeople(a, b).Reason);

    [Test]
    public void Mentions_with_gazetteer_ids_match_by_id_and_unknown_ones_by_name()
    {
        var kerry = GazetteerTests.Recognize("John Kerry spoke.").Single();
        var kerryLater = GazetteerTests.Recognize("Secretary of State John Kerry spoke.").Single();
        var smith = GazetteerTests.Recognize("Maria Fernández, 34, was hurt.").Single();
        var smithAgain = GazetteerTests.Recognize("Maria Fernandez, 34, was hurt.").Single();
        Matcher.Compare(kerry, kerryLater).IsMatch.ShouldBeTrue();
        Matcher.Compare(kerry, smith).IsMatch.ShouldBeFalse();
        Matcher.Compare(smith, smithAgain).IsMatch.ShouldBeTrue();
    }

    [Test]
    public void Thresholds_come_from_matching_yaml()
    {
        var settings = Matcher.Settings;
        (settings.FullName, settings.GivenName, settings.Surname).ShouldBe((90, 80, 88));
        settings.Suffixes.ShouldBe(["ii", "iii", "iv", "jr", "sr"]);
        settings.Nicknames["andy"].ShouldBe("andrew");
    }

    [TestCase("John Smith Jr.", "John Smith")]
    [TestCase("Robert Lee Jones III", "Robert Jones")]
    public void Generational_suffixes_do_not_hide_the_surname(string a, string b) =>
        Matcher.ComparePeople(a, b).IsMatch.ShouldBeTrue(Matcher.ComparePeople(a, b).Reason);

    [Test]
    public void A_suffix_keeps_father_and_son_apart_only_by_their_given_names()
    {
        Matcher.ComparePeople("Mark Davis Sr.", "Kevin Davis Jr.").IsMatch.ShouldBeFalse();
    }

    [TestCase("Lessa Strachan", "Lesa Strachan", SpellingDifference.Slip)]
    [TestCase("Tamsin Kroll", "Tamsin Krol", SpellingDifference.Slip)]
    [TestCase("Jaime Ortega", "Jamie Ortega", SpellingDifference.Slip)]
    [TestCase("Marisol Quintero", "Marisol Quinteros", SpellingDifference.Other)]
    [TestCase("Mohamed Saleh", "Mohammed Saleh", SpellingDifference.Transliteration)]
    [TestCase("Sergey V. Lavrov", "Sergei Lavrov", SpellingDifference.Transliteration)]
    [TestCase("Andy Parish", "Andrew Parish", SpellingDifference.Other)]
    [TestCase("Ron Haskell", "Ronald Haskell", SpellingDifference.Other)]
    [TestCase("J. Ortega", "Jaime Ortega", SpellingDifference.Other)]
    [TestCase("Jaime Ortega", "Jaime Ortega Jr.", SpellingDifference.Same)]
    [TestCase("JAIME ORTEGA", "Jaime Ortega", SpellingDifference.Same)]
    [TestCase("Jaime Ortega", "Jaime Rodrigo Ortega", SpellingDifference.Same)]
    [TestCase("Mara Quill", "Moira Quill", SpellingDifference.Other)]
    [TestCase("Jaime Ortega", "Jamie Orteja", SpellingDifference.Other)]
    public void Two_spellings_of_one_name_differ_by_a_slip_only_when_one_part_is_a_letter_or_two_off(string a, string b, SpellingDifference expected)
    {
        Matcher.Spelling(a, b).ShouldBe(expected);
        Matcher.Spelling(b, a).ShouldBe(expected);
    }
}
