using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// What a recognizer's <see cref="RuleGate"/> does over a corpus, as the recognizer asks it: for
/// each rule, the sentences it opens (by document and sentence), and the time the gate takes
/// over all sentences (best of several passes) with the requirement runs that cost.
/// </summary>
internal sealed record GateProfile(IReadOnlyList<List<(int Document, int Sentence)>> Opened, double Milliseconds, int RequirementRuns)
{
    /// <summary>Runs the gate over the sentences that <paramref name="asked"/> lets through, by document index and sentence (the numbers recognizer asks only where a number is).</summary>
    public static GateProfile Of(RuleGate gate, IReadOnlyList<Document> documents, Func<int, Sentence, bool> asked)
    {
        var opened = gate.Rules.Select(_ => new List<(int, int)>()).ToList();
        var runs = 0;
        var milliseconds = Passes.Best(() =>
        {
            opened.ForEach(list => list.Clear());
            runs = 0;
            for (var d = 0; d < documents.Count; d++)
            {
                var document = documents[d];
                var open = gate.For(document.Article, new DiagnosticBag());
                foreach (var sentence in document.Sentences.Where(s => asked(d, s)))
                {
                    open.Sentence(document.Slice(sentence.Span), sentence.Index);
                    for (var r = 0; r < opened.Count; r++)
                    {
                        if (open.IsOpen(r))
                        {
                            opened[r].Add((d, sentence.Index));
                        }
                    }
                }

                runs += open.RequirementRuns;
            }
        });

        return new GateProfile(opened, milliseconds, runs);
    }
}
