using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Rules;

/// <summary>Whatever text YamlText reads, it gives a node or an error with a position: never an exception, never a crash.</summary>
public class YamlTextTests
{
    [Test]
    public void An_unclosed_list_before_another_key_is_an_error_not_an_exception()
    {
        var (root, error) = YamlText.Parse("title: [an open list\npublished: 2016-04-28\n");

        root.ShouldBeNull();
        error.ShouldNotBeNull();
        (error.Line, error.Column).ShouldBe((1, 8), "the '[' left open");
        error.Message.ShouldStartWith("the YAML cannot be read past this point");
    }

    [TestCase("[")]
    [TestCase("{a: ")]
    [TestCase("- ")]
    public void Text_nested_far_deeper_than_the_limit_is_refused_where_the_limit_is_passed(string opener)
    {
        var (root, error) = YamlText.Parse(string.Concat(Enumerable.Repeat(opener, 100_000)));

        root.ShouldBeNull();
        error.ShouldNotBeNull();
        error.Message.ShouldContain($"deeper than {YamlText.MaxNesting} levels");
        error.Line.ShouldBe(1);
    }

    [Test]
    public void Nesting_up_to_the_limit_is_read()
    {
        var depth = YamlText.MaxNesting - 1;
        var (root, error) = YamlText.Parse("key: " + new string('[', depth) + new string(']', depth));

        error.ShouldBeNull();
        root.ShouldNotBeNull();
    }
}
