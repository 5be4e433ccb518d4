using ClaimCheck.Alignment;
using ClaimCheck.Rules;
using ClaimCheck.Tests.Cli;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Alignment;

public class BackgroundWeightsTests
{
    [Test]
    public void A_common_word_weighs_less_than_a_rare_one_and_an_unlisted_one_weighs_most()
    {
        var diagnostics = new DiagnosticBag();
        var table = BackgroundWeights.Parse("# a header\nunseen\t10\ncouncil\t200000\nfloodgate\t100\n", "background.tsv", diagnostics);

        diagnostics.ToImmutable().ShouldBeEmpty();
        table.Weight("council").ShouldBe(Math.Log(5), 1e-9);
        table.Weight("floodgate").ShouldBe(Math.Log(10_000), 1e-9);
        table.Weight("zeppelin").ShouldBe(table.Unseen);
        table.Unseen.ShouldBeGreaterThan(table.Weight("floodgate"));
    }

    [Test]
    public void A_malformed_line_is_CC0113_at_its_line_and_the_rest_is_read()
    {
        var diagnostics = new DiagnosticBag();
        var table = BackgroundWeights.Parse("unseen\t10\ncouncil 200000\nharbour\t-3\nferry\t500\nferry\t600\n", "policies/background.tsv", diagnostics);

        var problems = diagnostics.ToImmutable();
        problems.Select(d => (d.Code, d.File, d.Line)).ShouldBe(
        [
            (DiagnosticCodes.BackgroundTable, "policies/background.tsv", 2),
            (DiagnosticCodes.BackgroundTable, "policies/background.tsv", 3),
            (DiagnosticCodes.BackgroundTable, "policies/background.tsv", 5),
        ]);
        table.Count.ShouldBe(1);
        table.Weight("ferry").ShouldBe(Math.Log(2000), 1e-9);
    }

    [Test]
    public void A_rule_pack_with_policies_but_no_table_warns_and_weighs_words_alike()
    {
        using var folder = new TempFolder();
        folder.Write("rules/policies/policies.yaml", "stories:\n  window-days: 3\n");

        var pack = RulePack.Load(folder.Combine("rules"), "rules");

        var warning = pack.Diagnostics.Single(d => d.Code == DiagnosticCodes.BackgroundTable);
        warning.File.ShouldBe("rules/policies/background.tsv");
        pack.Background.Weight("council").ShouldBe(pack.Background.Weight("floodgate"));
    }

    [Test]
    public void The_shipped_table_loads_cleanly_and_knows_news_words_from_rare_ones()
    {
        var pack = RulePack.Load(TestPaths.Rules);

        pack.Diagnostics.Where(d => d.Code == DiagnosticCodes.BackgroundTable).ShouldBeEmpty();
        pack.Background.Weight("police").ShouldBeLessThan(pack.Background.Weight("earthquake"));
        pack.Background.Weight("earthquake").ShouldBeLessThan(pack.Background.Unseen);
    }

    [Test]
    public void The_background_command_writes_shares_averaged_over_sources_that_load_back()
    {
        using var cli = new CliHarness();
        cli.Folder.Write("rules/policies/policies.yaml", "stories:\n  window-days: 3\n");
        for (var i = 0; i < 4; i++)
        {
            cli.Folder.Write($"ports/p{i}.md", $"---\nid: port-{i}\noutlet: Quay Gazette\npublished: 2020-01-0{i + 1}\n---\nThe harbour ferry sailed late{(i < 2 ? " because of the gale" : "")}.\n");
            cli.Folder.Write($"farms/f{i}.md", $"---\nid: farm-{i}\noutlet: Field Weekly\npublished: 2020-02-0{i + 1}\n---\nThe barley harvest came in early{(i == 0 ? " despite the gale" : "")}.\n");
        }

        var result = cli.Run("rules", "background", "ports=ports", "farms=farms", "--out", "table.tsv", "--rules", "rules");

        result.ExitCode.ShouldBe(0, result.Error);
        var text = File.ReadAllText(cli.Folder.Combine("table.tsv"));
        text.ShouldContain("# sources: ports (4 articles), farms (4 articles)");
        text.ShouldContain("ferry\t500000\n");
        text.ShouldContain("gale\t250000\n");
        text.ShouldNotContain("despite");
        var diagnostics = new DiagnosticBag();
        BackgroundWeights.Parse(text, "table.tsv", diagnostics).Weight("barley").ShouldBe(Math.Log(2), 1e-9);
        diagnostics.ToImmutable().ShouldBeEmpty();
    }
}
