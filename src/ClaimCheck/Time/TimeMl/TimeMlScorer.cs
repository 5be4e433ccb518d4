namespace ClaimCheck.Time.TimeMl;

/// <summary>Scores system TIMEX3 annotations against the gold ones of their documents (see <see cref="TimeMlScore"/>).</summary>
public static class TimeMlScorer
{
    public static TimeMlScore Score(IEnumerable<(TimeMlDocument Document, ImmutableArray<Timex> System)> annotated)
    {
        var documents = 0;
        int gold = 0, system = 0, strictSystem = 0, strictGold = 0, relaxedSystem = 0, relaxedGold = 0, matched = 0, typeCorrect = 0, valueCorrect = 0, valueCorrectAnySpelling = 0, goldWrongWeekday = 0;
        var errors = ImmutableArray.CreateBuilder<TimeMlError>();
        foreach (var (document, found) in annotated)
        {
            documents++;
            var expected = document.Timexes;
            gold += expected.Length;
            system += found.Length;
            strictSystem += found.Count(s => expected.Any(g => g.Span == s.Span));
            strictGold += expected.Count(g => found.Any(s => s.Span == g.Span));
            relaxedSystem += found.Count(s => expected.Any(g => g.Span.Overlaps(s.Span)));
            relaxedGold += expected.Count(g => found.Any(s => s.Span.Overlaps(g.Span)));

            string TextOf(Timex t) => document.Text.Substring(t.Span.Start, t.Span.Length);
            var paired = new HashSet<Timex>();
            foreach (var g in expected)
            {
                var best = found.Where(s => !paired.Contains(s) && s.Span.Overlaps(g.Span))
                    .OrderByDescending(s => Overlap(s, g))
                    .FirstOrDefault();
                if (best is null)
                {
                    if (!found.Any(s => s.Span.Overlaps(g.Span)))
                    {
                        errors.Add(new TimeMlError(TimeMlErrorKind.Missed, document.Id, g, null, TextOf(g), null));
                    }

                    continue;
                }

                paired.Add(best);
                matched++;
                var sameType = string.Equals(best.Type, g.Type, StringComparison.OrdinalIgnoreCase);
                var sameValue = string.Equals(best.Value.Trim(), g.Value.Trim(), StringComparison.OrdinalIgnoreCase);
                var goldIssue = sameValue ? GoldValueIssue.None : GoldValueAudit.Explain(TextOf(g), g.Value, best.Value);
                typeCorrect += sameType ? 1 : 0;
                valueCorrect += sameValue ? 1 : 0;
                valueCorrectAnySpelling += sameValue || goldIssue == GoldValueIssue.Spelling ? 1 : 0;
                goldWrongWeekday += goldIssue == GoldValueIssue.WrongWeekday ? 1 : 0;
                if (best.Span != g.Span)
                {
                    errors.Add(new TimeMlError(TimeMlErrorKind.WrongExtent, document.Id, g, best, TextOf(g), TextOf(best)));
                }

                if (!sameValue)
                {
                    errors.Add(new TimeMlError(TimeMlErrorKind.WrongValue, document.Id, g, best, TextOf(g), TextOf(best)) { GoldIssue = goldIssue });
                }
                else if (!sameType)
                {
                    errors.Add(new TimeMlError(TimeMlErrorKind.WrongType, document.Id, g, best, TextOf(g), TextOf(best)));
                }
            }

            foreach (var s in found.Where(s => !expected.Any(g => g.Span.Overlaps(s.Span))))
            {
                errors.Add(new TimeMlError(TimeMlErrorKind.Spurious, document.Id, null, s, null, TextOf(s)));
            }
        }

        return new TimeMlScore
        {
            Documents = documents,
            Gold = gold,
            System = system,
            StrictSystem = strictSystem,
            StrictGold = strictGold,
            RelaxedSystem = relaxedSystem,
            RelaxedGold = relaxedGold,
            Matched = matched,
            TypeCorrect = typeCorrect,
            ValueCorrect = valueCorrect,
            ValueCorrectAnySpelling = valueCorrectAnySpelling,
            GoldWrongWeekday = goldWrongWeekday,
            Errors = errors.ToImmutable(),
        };
    }

    private static int Overlap(Timex a, Timex b) =>
        Math.Min(a.Span.End, b.Span.End) - Math.Max(a.Span.Start, b.Span.Start);
}
