using ClaimCheck.Cli;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Cli;

public class RulesCommandTests : CliTestBase
{
    private const string SyntaxError = "# Broken on purpose: a flow sequence that never closes.\nrules:\n  - id: time.broken\n    pattern: [unclosed\n";
    private const string UnknownKey = "# A rule file with a key no stage knows.\ncolour: red\n";

    [Test]
    public void Lint_prints_each_problem_with_file_line_and_column_and_exits_1()
    {
        Cli.Folder.Write("rules/time/broken.yaml", SyntaxError);
        Cli.Folder.Write("rules/claims/unknown-key.yaml", UnknownKey);

        var result = Cli.Run("rules", "lint", "--rules", "rules");

        result.ExitCode.ShouldBe(ExitCodes.Findings);
        result.Out.ShouldContain("rules/time/broken.yaml(5,1): error CC0101: ");
        result.Out.ShouldContain("rules/claims/unknown-key.yaml(2,1): error CC0102: unknown key 'colour'");
        result.Out.TrimEnd().Split('\n')[^1].ShouldEndWith(" errors, 0 warnings in rules");
    }

    [Test]
    public void Lint_of_clean_rules_exits_0()
    {
        var result = Cli.Run("rules", "lint", "--rules", "rules");
        result.ExitCode.ShouldBe(ExitCodes.Success, result.Out + result.Error);
        result.Out.ShouldContain("0 errors, 0 warnings in rules");
    }

    [Test]
    public void Lint_of_a_missing_folder_is_bad_input() =>
        Cli.Run("rules", "lint", "--rules", "nowhere").ExitCode.ShouldBe(ExitCodes.Stopped);

    [Test]
    public void Test_counts_examples_and_fails_when_a_rule_file_did_not_load()
    {
        Cli.Run("rules", "test", "--rules", "rules").Out.ShouldContain("0 passed, 0 failed");

        Cli.Folder.Write("rules/time/broken.yaml", SyntaxError);
        var result = Cli.Run("rules", "test", "--rules", "rules");
        result.ExitCode.ShouldBe(ExitCodes.Findings);
        result.Error.ShouldContain("rules/time/broken.yaml(5,1): error CC0101");
        result.Out.ShouldContain("0 passed, 0 failed; 1 rule error kept some rules from loading");
    }

    /// <summary>YamlDotNet throws InvalidOperationException, not a YamlException, on this text.</summary>
    [TestCase("lint")]
    [TestCase("test")]
    public void A_list_left_open_before_the_next_key_is_a_syntax_error_not_a_crash(string command)
    {
        Cli.Folder.Write("rules/time/open-list.yaml", "# A list that never closes, then another key.\nrules: [time.open\nexamples: []\n");

        var result = Cli.Run("rules", command, "--rules", "rules");

        result.ExitCode.ShouldBe(ExitCodes.Findings);
        (result.Out + result.Error).ShouldContain("rules/time/open-list.yaml(2,8): error CC0101: the YAML cannot be read past this point");
    }

    [Test]
    public void A_pipe_and_a_folder_link_in_the_rules_are_reported_not_read()
    {
        Unix.MakePipe(Cli.Folder.Combine("rules", "time", "pipe.yaml"));
        Unix.Link(Cli.Folder.Combine("rules", "time", "again"), "..");

        var result = Cli.Run("rules", "lint", "--rules", "rules");

        result.ExitCode.ShouldBe(ExitCodes.Findings);
        result.Out.ShouldContain($"rules/time/pipe.yaml: error {DiagnosticCodes.NotRegularFile}: ");
        result.Out.ShouldContain($"rules/time/again: warning {DiagnosticCodes.FolderLinkNotFollowed}: a link to the folder '..' is not followed");
    }

    [Test]
    public void A_policies_folder_without_policies_yaml_is_a_warning()
    {
        Cli.Folder.Write("rules/policies/stopwords.yaml", "# The one word story grouping ignores here.\nstopwords: [the]\n");
        Cli.Folder.Write("rules/policies/background.tsv", "the\t900000\nunseen\t1\n");

        var result = Cli.Run("rules", "lint", "--rules", "rules");

        result.ExitCode.ShouldBe(ExitCodes.Success, result.Out);
        result.Out.ShouldContain($"rules/policies/policies.yaml: warning {DiagnosticCodes.MissingPolicies}: no policies file");
    }

    [Test]
    public void No_command_is_bad_usage() => Cli.Run().ExitCode.ShouldBe(ExitCodes.Stopped);
}
