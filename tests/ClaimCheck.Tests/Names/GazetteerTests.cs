using System.Collections.Immutable;
using ClaimCheck.Names;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Names;

public class GazetteerTests
{
    private static NameRecognizer Names => NameRulesTests.Rules.Names;

    [Test]
    public void All_193_UN_member_states_are_countries()
    {
        Names.Entities.Values.Count(e => e.Type == EntityType.Country).ShouldBe(193);
    }

    [Test]
    public void Every_country_has_a_capital_city_except_city_states_and_Maldives()
    {
        // City-states' capitals share the country's name; Malé folds to "Male", an everyday English word.
        string[] exceptions = ["djibouti", "luxembourg", "maldives", "monaco", "san-marino", "singapore"];
        var withCapital = Names.Entities.Values.Where(e => e.Type == EntityType.City && e.Country is not null).Select(e => e.Country!).ToHashSet();
        var missing = Names.Entities.Values
            .Where(e => e.Type == EntityType.Country && !withCapital.Contains(e.Id) && !exceptions.Contains(e.Id))
            .Select(e => e.Id)
            .ToList();
        missing.ShouldBeEmpty();
    }

    [TestCase("U.S.", "united-states")]
    [TestCase("US", "united-states")]
    [TestCase("USA", "united-states")]
    [TestCase("United States", "united-states")]
    [TestCase("America", "united-states")]
    [TestCase("UK", "united-kingdom")]
    [TestCase("Britain", "united-kingdom")]
    [TestCase("United Kingdom", "united-kingdom")]
    [TestCase("UAE", "united-arab-emirates")]
    [TestCase("Ivory Coast", "cote-d-ivoire")]
    [TestCase("Côte d'Ivoire", "cote-d-ivoire")]
    [TestCase("Türkiye", "turkey")]
    [TestCase("Burma", "myanmar")]
    public void Common_variants_of_country_names_resolve(string name, string id) =>
        Recognize($"Officials from {name} arrived.").ShouldContain(m => m.EntityId == id && m.Type == EntityType.Country);

    // A country that is also a given name, before an office: the country, not a person "Jordan Foreign".
    [TestCase("Jordan Foreign Minister said the talks had failed.", "jordan")]
    [TestCase("Chad Defense Minister said the border was closed.", "chad")]
    [TestCase("Georgia Foreign Minister said the border was closed.", "georgia")]
    public void A_country_that_is_also_a_given_name_before_an_office_is_the_country(string text, string id) =>
        Recognize(text).ShouldContain(m => m.EntityId == id && m.Type == EntityType.Country);

    [Test]
    public void A_country_that_is_also_a_given_name_gives_the_office_holder_its_demonym() =>
        Recognize("Jordan Foreign Minister Ayman Safadi said the talks had failed.")
            .ShouldContain(m => m.CanonicalName == "Ayman Safadi" && m.Role == "Jordanian Foreign Minister");

    [TestCase("Russian", "russia")]
    [TestCase("American", "united-states")]
    [TestCase("British", "united-kingdom")]
    [TestCase("Emirati", "united-arab-emirates")]
    [TestCase("Iranian", "iran")]
    public void Demonyms_name_their_country(string demonym, string id) =>
        Recognize($"The {demonym} delegation left.").ShouldContain(m => m.EntityId == id && m.Form == MentionForm.Demonym);

    [Test]
    public void No_role_has_overlapping_holders()
    {
        foreach (var role in Names.Roles.Values)
        {
            for (var i = 1; i < role.Holders.Length; i++)
            {
                var before = role.Holders[i - 1];
                before.To.ShouldNotBeNull($"{role.Id}: {before.PersonId} holds it with no end before {role.Holders[i].PersonId}");
                before.To.Value.ShouldBeLessThanOrEqualTo(role.Holders[i].From, role.Id);
            }
        }
    }

    [TestCase("2012-05-01", "kofi-annan")]
    [TestCase("2013-09-13", "lakhdar-brahimi")]
    [TestCase("2016-04-28", "staffan-de-mistura")]
    [TestCase("2020-01-01", "geir-pedersen")]
    public void The_UN_envoy_for_Syria_is_whoever_held_the_role_that_day(string date, string person) =>
        Names.Roles["un-syria-envoy"].HolderAt(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))!.PersonId.ShouldBe(person);

    [Test]
    public void An_alias_given_to_two_entities_is_reported_and_kept_for_the_first()
    {
        var (recognizer, diagnostics) = LoadYaml("""
            entities:
              - {id: first-body, type: organization, name: First Body, aliases: [FB]}
              - {id: second-body, type: organization, name: Second Body, aliases: [FB]}
            rules:
              - {id: names.alias, examples: [{text: FB met., expect: {entity: first-body}}]}
            """);
        diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.AmbiguousAlias && d.Line == 3 && d.Message.Contains("first-body", StringComparison.Ordinal));
        Recognize(recognizer, "FB met.").ShouldHaveSingleItem().EntityId.ShouldBe("first-body");
    }

    [Test]
    public void Overlapping_role_periods_and_unknown_holders_are_reported()
    {
        var (_, diagnostics) = LoadYaml("""
            people:
              - {id: ann-one, name: Ann One}
              - {id: bob-two, name: Bob Two}
            roles:
              - id: chair
                name: Chair
                holders:
                  - {person: ann-one, from: 2010-01-01, to: 2012-01-01}
                  - {person: bob-two, from: 2011-06-01}
                  - {person: nobody, from: 2013-01-01}
            """);
        diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.OverlappingRolePeriods && d.Line == 9);
        diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.UnknownReference && d.Line == 10);
    }

    [Test]
    public void Unknown_keys_duplicate_ids_and_unknown_rules_are_reported_not_thrown()
    {
        var (_, diagnostics) = LoadYaml("""
            entities:
              - {id: a-body, type: organization, name: A Body, alias: [AB]}
              - {id: a-body, type: organization, name: Another Body}
              - {id: Bad Id, type: organization, name: Bad}
              - {id: a-town, type: planet, name: A Town}
            rules:
              - {id: names.nonsense, examples: []}
            """);
        diagnostics.Select(d => (d.Code, d.Line)).ShouldBe(
            [
                (DiagnosticCodes.UnknownKey, 2),
                (DiagnosticCodes.DuplicateRuleId, 3),
                (DiagnosticCodes.InvalidValue, 4),
                (DiagnosticCodes.InvalidValue, 5),
                (DiagnosticCodes.UnknownReference, 7),
            ],
            ignoreOrder: true);
    }

    /// <summary>
    /// A place keeps the tz zone written for it, else its country's; a country that spans zones has
    /// none, its capital its own; a zone the tz database lacks is an invalid value, not a silent miss.
    /// </summary>
    [Test]
    public void Places_keep_their_own_or_their_countrys_time_zone_and_an_unknown_zone_is_reported()
    {
        var (recognizer, diagnostics) = LoadYaml("""
            countries:
              - {id: wide-land, name: Wide Land, capital: Eastport, capital-tz: America/New_York}
              - {id: one-clock, name: One Clock, capital: Midtown, tz: Asia/Damascus}
            entities:
              - {id: westport, type: city, name: Westport, country: wide-land, tz: America/Los_Angeles}
              - {id: hilltown, type: city, name: Hilltown, country: one-clock}
              - {id: lost-town, type: city, name: Lost Town, country: wide-land, tz: Nowhere/Atlantis}
            """);
        diagnostics.Select(d => (d.Code, d.Line)).ShouldBe([(DiagnosticCodes.InvalidValue, 7)]);
        var zones = recognizer.Entities.Values.ToDictionary(e => e.Id, e => e.TimeZoneId);
        zones.ShouldBe(new Dictionary<string, string?>
        {
            ["wide-land"] = null,
            ["eastport"] = "America/New_York",
            ["one-clock"] = "Asia/Damascus",
            ["midtown"] = "Asia/Damascus",
            ["westport"] = "America/Los_Angeles",
            ["hilltown"] = "Asia/Damascus",
            ["lost-town"] = null,
        }, ignoreOrder: true);
    }

    [Test]
    public void A_negative_example_is_read_without_a_diagnostic()
    {
        var (recognizer, diagnostics) = LoadYaml("""
            rules:
              - {id: names.alias, examples: [{text: nothing here, expect: none}]}
            """);
        diagnostics.ShouldBeEmpty();
        recognizer.Examples.ShouldHaveSingleItem().IsNegative.ShouldBeTrue();
    }

    [Test]
    public void The_spec_file_is_not_read_as_rules()
    {
        var bag = new DiagnosticBag();
        var spec = RuleFile.Parse("names/seeds.spec.yaml", "articles: {}", bag)!;
        NameRecognizer.Load([spec], bag);
        bag.ToImmutable().ShouldBeEmpty();
    }

    private static (NameRecognizer Recognizer, ImmutableArray<Diagnostic> Diagnostics) LoadYaml(string yaml)
    {
        var bag = new DiagnosticBag();
        var file = RuleFile.Parse("names/test.yaml", yaml, bag)!;
        var recognizer = NameRecognizer.Load([file], bag);
        return (recognizer, bag.ToImmutable());
    }

    internal static ImmutableArray<EntityMention> Recognize(string text, string published = "2016-04-28") =>
        Recognize(Names, text, published);

    private static ImmutableArray<EntityMention> Recognize(NameRecognizer recognizer, string text, string published = "2016-04-28")
    {
        var article = new ClaimCheck.Corpus.Article("t", "t", DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), text, "t");
        return recognizer.Recognize(NameRulesTests.Rules.Text.Clean(article), new DiagnosticBag());
    }
}
