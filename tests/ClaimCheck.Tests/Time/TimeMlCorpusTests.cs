using ClaimCheck.Rules;
using ClaimCheck.Time.TimeMl;
using NUnit.Framework;
using Shouldly;

namespace ClaimCheck.Tests.Time;

/// <summary>
/// The time recognizer scored on the real TimeBank and AQUAINT gold (read from ../shared, never
/// copied). The floors are the figures reached, less a small margin: a change that loses ground fails.
/// </summary>
public class TimeMlCorpusTests
{
    [TestCase("TimeBank", 0.93, 0.815)]
    [TestCase("AQUAINT", 0.944, 0.792)]
    public void The_recognizer_keeps_its_scores_on_the_corpus(string corpus, double relaxedF1, double valueF1)
    {
        var folder = TestPaths.RequireShared("data", "timeml", "TBAQ-cleaned", corpus);
        var gold = TimeMlCorpus.Read([folder]);
        gold.Diagnostics.ShouldBeEmpty();
        var diagnostics = new DiagnosticBag();

        var score = gold.Evaluate(new TimeMlAnnotator(TimeTestSupport.Pack), diagnostics);

        diagnostics.ToImmutable().ShouldBeEmpty();
        score.Documents.ShouldBeGreaterThan(50);
        score.RelaxedF1.ShouldBeGreaterThanOrEqualTo(relaxedF1);
        score.ValueF1.ShouldBeGreaterThanOrEqualTo(valueF1);
    }
}
