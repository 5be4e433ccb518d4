using System.Collections.Immutable;
using ClaimCheck.Alignment;
using ClaimCheck.Claims;
using ClaimCheck.Consistency;
using ClaimCheck.Corpus;
using ClaimCheck.Numbers;
using ClaimCheck.Reporting;
using ClaimCheck.Rules;
using ClaimCheck.Text;
using ClaimCheck.Time;

namespace ClaimCheck.Tests.Reporting;

/// <summary>
/// A hand-made report over three small invented articles: one finding of each kind a reader meets
/// most, an event spanning two stories, an event outside any story, a finding whose event is not
/// listed, a skipped input and a rule diagnostic. Its text holds markup and non-ASCII on purpose.
/// </summary>
internal static class ReportFixture
{
    public static readonly Article Ledger = new(
        "harbor-ledger-0428", "Harbor Ledger", new DateOnly(2016, 4, 28),
        "Truce frays as talks stall\n\nThe truce, implemented in February 2016, is fraying.\n" +
        "A local page listed 12 civilians & <script>alert(\"x\")</script> among the dead.\n" +
        "The envoy said: \"We need a push.\"\n",
        "corpus/harbor-ledger-0428.md", bodyLine: 7)
    { Title = "Truce frays as talks stall" };

    public static readonly Article Wire = new(
        "meridian-wire-0428", "Meridian Wire", new DateOnly(2016, 4, 28),
        "Envoys met for more than four hours.\nA March truce is now in doubt.\n",
        "corpus/meridian-wire-0428.md", bodyLine: 6)
    { Title = "Envoys meet | truce in doubt" };

    public static readonly Article Post = new(
        "northgate-post-0427", "Northgate Post", new DateOnly(2016, 4, 27),
        "In Genève, the envoy told reporters: \"We need an urgent push.\"\n",
        "corpus/northgate-post-0427.md", bodyLine: 5)
    { Title = "Envoy in Genève urges a push" };

    public static Report Build()
    {
        var ledgerStart = Claim("c1", Ledger, "truce.start", new TimeClaimValue(TimeInterval.Month(2016, 2), "2016-02", null), "implemented in February 2016", "time.month-year");
        var wireStart = Claim("c2", Wire, "truce.start", new TimeClaimValue(TimeInterval.Month(2016, 3), "2016-03", null), "A March truce", "time.month-in-year");
        var killed = Claim("c3", Ledger, "casualties.killed", new CountClaimValue(new Quantity(12, 12, 12) { Noun = "civilians" }), "12 civilians & <script>alert(\"x\")</script>", "numbers.counted-noun");
        var duration = Claim("c4", Wire, "meeting.duration", new DurationClaimValue(new DurationValue(4, TimeUnit.Hour, 4, null), TimeModifier.MoreThan), "more than four hours", "time.hedged-duration");
        var shortQuote = Claim("c5", Ledger, "quote.staffan-de-mistura", new QuoteClaimValue("We need a push.", "staffan-de-mistura", "Staffan de Mistura"), "\"We need a push.\"", "claims.said-quote");
        var longQuote = Claim("c6", Post, "quote.staffan-de-mistura", new QuoteClaimValue("We need an urgent push.", "staffan-de-mistura", "Staffan de Mistura"), "\"We need an urgent push.\"", "claims.said-quote");

        ImmutableArray<Finding> findings =
        [
            new("f-omission-duration", FindingKind.Omission, "talks-2016-04", "meeting.duration", Severity.Low,
                "Only Meridian Wire says how long the envoys met.", [duration], "policies.duration-omission"),
            new("f-contradiction-truce", FindingKind.Contradiction, "truce-2016-02", "truce.start", Severity.High,
                "The truce cannot have started both in February and in March 2016.", [ledgerStart, wireStart], "policies.time-overlap"),
            new("f-quote-variant", FindingKind.QuoteVariant, "talks-2016-04", "quote.staffan-de-mistura", Severity.Medium,
                "The envoy's words differ: one outlet has \"urgent\".", [shortQuote, longQuote], "policies.quote-wording"),
            new("f-unresolved-killed", FindingKind.Unresolved, "casualties-unplaced", "casualties.killed", Severity.Info,
                "A death toll could not be tied to an event.", [killed], "policies.unplaced"),
        ];

        return new Report(
            [Summary(Post, 1), Summary(Ledger, 3), Summary(Wire, 2)],
            [
                new Story("story-truce", "Truce under strain", [Ledger.Id, Wire.Id], new DateOnly(2016, 4, 28), new DateOnly(2016, 4, 28)),
                new Story("story-talks", "Envoy's appeal for a push", [Post.Id, Ledger.Id], new DateOnly(2016, 4, 27), new DateOnly(2016, 4, 28)),
            ],
            [
                new Event("truce-2016-02", "truce", "The February 2016 truce", ["story-truce"], ["c1", "c2"]),
                new Event("talks-2016-04", "meeting", "Talks on the truce, April 2016", ["story-talks", "story-truce"], ["c4", "c5", "c6"]),
                new Event("war-syria", "war", "The war in Syria", [], []),
            ],
            findings,
            [new SkippedInput("corpus/broken.md", Diagnostic.Error(DiagnosticCodes.BrokenFrontMatter, "corpus/broken.md", 3, 1, "the front matter has no closing '---' line"))],
            [Diagnostic.Warning(DiagnosticCodes.NoExamples, "rules/time/months.yaml", 12, 5, "rule 'time.month-alone' has no examples")]);
    }

    public static Claim Claim(string id, Article article, string slot, ClaimValue value, string evidence, string rule)
    {
        var start = article.Text.IndexOf(evidence, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{evidence}' is not in {article.Id}", nameof(evidence));
        }

        var (line, column) = article.SourcePosition(start);
        var sentence = article.Text[..start].Count(c => c == '\n');
        var ev = new Evidence(article.Id, new TextSpan(start, evidence.Length), evidence, sentence) { Line = line, Column = column };
        return new Claim(id, article.Id, article.Outlet, article.Published, slot.Split('.')[0], slot, value, ev, rule);
    }

    private static ArticleSummary Summary(Article a, int claims) => new(a.Id, a.Outlet, a.Published, a.Title, a.SourcePath, claims);
}
