using System.Text.RegularExpressions;
using ClaimCheck.Names;
using ClaimCheck.Rules;
using NUnit.Framework;
using Shouldly;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Tests.Names;

/// <summary>rules/names/seeds.spec.yaml: each phrase a seed article uses for an entity resolves to that entity, wherever it occurs.</summary>
public class SeedSpecTests
{
    private static readonly string SpecPath = Path.Combine(TestPaths.Rules, "names", "seeds.spec.yaml");

    public static IEnumerable<string> ArticleIds() => Spec().Keys.Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(ArticleIds))]
    public void Every_form_in_the_spec_resolves_to_its_entity(string articleId)
    {
        var article = SeedArticles.Load(articleId);
        var mentions = NameRulesTests.Rules.Names.Recognize(NameRulesTests.Rules.Text.Clean(article), new DiagnosticBag());
        var failures = new List<string>();
        foreach (var (entity, forms) in Spec()[articleId])
        {
            foreach (var form in forms)
            {
                var occurrences = Regex.Matches(article.Text, @"(?<![\w])" + Regex.Escape(form) + @"(?![\w])", RegexOptions.None, TimeSpan.FromSeconds(1));
                if (occurrences.Count == 0)
                {
                    failures.Add($"'{form}' does not occur in {articleId}");
                }

                foreach (Match occurrence in occurrences)
                {
                    var overlapping = mentions.Where(m => m.Span.Start < occurrence.Index + occurrence.Length && occurrence.Index < m.Span.End).ToList();
                    if (!overlapping.Exists(m => m.EntityId == entity))
                    {
                        var got = overlapping.Count == 0 ? "nothing" : string.Join(", ", overlapping.Select(m => $"{m.Text} → {m.EntityId}"));
                        failures.Add($"'{form}' at {occurrence.Index} should be {entity}; got {got}");
                    }
                }
            }
        }

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    [Test]
    public void The_spec_names_only_entities_the_gazetteer_has_or_new_ones()
    {
        var entities = NameRulesTests.Rules.Names.Entities;
        var unknown = Spec().Values.SelectMany(a => a.Keys)
            .Where(id => !id.StartsWith("new:", StringComparison.Ordinal) && !entities.ContainsKey(id))
            .Distinct()
            .ToList();
        unknown.ShouldBeEmpty();
    }

    private static Dictionary<string, Dictionary<string, List<string>>> Spec()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(SpecPath))
        {
            stream.Load(reader);
        }

        var articles = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children["articles"];
        return articles.Children.ToDictionary(
            a => ((YamlScalarNode)a.Key).Value!,
            a => ((YamlMappingNode)a.Value).Children.ToDictionary(
                e => ((YamlScalarNode)e.Key).Value!,
                e => ((YamlSequenceNode)e.Value).Children.Select(f => ((YamlScalarNode)f).Value!).ToList()));
    }
}
