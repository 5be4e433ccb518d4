using System.Globalization;
using ClaimCheck.Corpus;
using ClaimCheck.Rules;

namespace ClaimCheck.Time.TimeMl;

/// <summary>
/// Annotates TimeML documents with the project's own TIMEX3: the plain text of TEXT goes through
/// the text cleaner and the time recognizer as an article published on the document's creation date.
/// </summary>
public sealed class TimeMlAnnotator(RulePack rules)
{
    public const string Outlet = "timeml";

    /// <summary>A document as the article the recognizer reads: its text, published on its creation date.</summary>
    public static Article ArticleOf(TimeMlDocument document) => new(document.Id, Outlet, document.Created, document.Text, document.Path);

    public ImmutableArray<Timex> Annotate(TimeMlDocument document, DiagnosticBag diagnostics)
    {
        var mentions = rules.Time.Recognize(rules.Text.Clean(ArticleOf(document), diagnostics), diagnostics);
        var result = ImmutableArray.CreateBuilder<Timex>(mentions.Length);
        foreach (var mention in mentions)
        {
            result.Add(Timex.Of(mention, "t" + (result.Count + 1).ToString(CultureInfo.InvariantCulture)));
        }

        return result.MoveToImmutable();
    }
}
