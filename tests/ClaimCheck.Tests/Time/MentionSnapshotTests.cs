using System.Text;
using ClaimCheck.Corpus;
using ClaimCheck.Corpus.Import;
using ClaimCheck.Rules;
using ClaimCheck.Tests.Snapshots;
using ClaimCheck.Text;
using NUnit.Framework;

namespace ClaimCheck.Tests.Time;

/// <summary>
/// The time and number mentions of the samples, the seed articles and the first 200 Gun Violence
/// Archive articles, against an approved file: a change to how the recognizers match (the engines)
/// must leave every span, rule and value as it was. A change to the rules changes the file on
/// purpose; look at the diff and approve it. The file holds offsets, rule ids and values only,
/// never article text.
/// </summary>
public class MentionSnapshotTests
{
    private const int GvaArticles = 200;

    [Test]
    public void Time_and_number_mentions_match_the_approved_file()
    {
        var pack = TimeTestSupport.Pack;
        var articles = CorpusLoader.Load([TestPaths.Samples]).Articles
            .Concat(CorpusLoader.Load([TestPaths.RequireShared("corpus", "seeds")]).Articles)
            .Concat(GvaImporter.ReadArticles(TestPaths.RequireShared("data", "gva", "articles.jsonl")).Articles.Take(GvaArticles));
        var snapshot = new StringBuilder();
        foreach (var article in articles)
        {
            var document = pack.Text.Clean(article);
            var diagnostics = new DiagnosticBag();
            snapshot.Append("# ").Append(article.Id).Append('\n');
            foreach (var mention in pack.Time.Recognize(document, diagnostics).Concat<Mention>(pack.Numbers.Recognize(document, diagnostics)))
            {
                var observation = mention.Observe();
                snapshot.Append(mention.Span.Start).Append(' ').Append(mention.Span.Length).Append(' ')
                    .Append(new Observation(observation.RuleId, observation.Fields.Remove("text"))).Append('\n');
            }
        }

        Approvals.Verify(snapshot.ToString(), "Approved/mentions.approved.txt");
    }
}
