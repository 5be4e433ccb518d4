using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>One tally an article states ("5-2", "52 to 48"), where it is written.</summary>
public sealed record TallyMention(TextSpan Span, TallyClaimValue Value);

/// <summary>
/// Tallies of two sides, as the <c>tallies:</c> section of <c>rules/concepts/</c> lets them be
/// told from other pairs of numbers: a score, a vote or a ruling is written beside a word that
/// says so ("a 5-2 victory", "a 7-2 ruling", "a 52-48 vote") or after a verb of winning, leading
/// or voting ("beat the hosts 3-1", "made it 2-2", "voted 52 to 48"). Ranges of ages, years and
/// pages have no such word and are never tallies.
/// </summary>
public sealed class TallyLexicon
{
    public const string RuleId = "tallies.score";

    private readonly SentencePattern? pattern;

    private TallyLexicon(ImmutableArray<string> nouns, ImmutableArray<string> verbs, (string File, int Line, int Column) origin)
    {
        if (nouns.IsEmpty && verbs.IsEmpty)
        {
            return;
        }

        static string Alternation(IEnumerable<string> words) => WordAlternation.Of(words) is { Length: > 0 } alternation ? alternation : "(?!)";

        // Not a range ("between 2-3 a.m.", "from 10-12 percent"): no "between" or "from" before it,
        // no clock, unit or period after it.
        const string Before = @"(?<![\w.,$€£-])(?<!\b(?:between|from)\s+)";
        const string After = @"(?![\w%]|[.,]\d|\s?[-–]\s?\d)(?!\s*(?:a\.?m\b|p\.?m\b)|\s+(?:per\s*cent|percent|years?|months?|weeks?|days?|hours?|minutes?|seconds?|miles?|km|feet|metres|meters|degrees)\b)";
        const string Written = Before + @"(?<tally>(?<a>[0-9]{1,3})(?:\s?[-–]\s?|-to-|\s+to\s+)(?<b>[0-9]{1,3}))" + After;
        // After a verb only the dash is a tally, and not before a plural: "lost 10 to 15 pounds",
        // "won 10-12 seats" are ranges.
        const string Dashed = Before + @"(?<tally>(?<a>[0-9]{1,3})\s?[-–]\s?(?<b>[0-9]{1,3}))" + After + @"(?!\s+(?-i:[a-z]+s)\b)";
        // Up to three words between the verb and the tally name the other side or the match ("beat
        // Japan 5-2", "overwhelmed defending champion Japan 5-2", "won the final 3-1").
        var regex = CompiledPatterns.Deferred(new Regex(
            $@"{Written}(?=\s+(?:{Alternation(nouns)})\b)|(?<=\b(?:{Alternation(verbs)})\s+(?:[\w.'’-]+\s+){{0,3}}){Dashed}|(?<=\b(?:by|with)\s+an?\s+(?:{Alternation(nouns)})\s+of\s+){Written}",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
            PatternCompiler.MatchTimeout));
        pattern = new SentencePattern(regex, Joins, RuleId, origin.File, origin.Line, origin.Column);
    }

    /// <summary>What joins a tally's two numbers; a sentence without any has none.</summary>
    private static readonly SearchValues<string> Joins = SearchValues.Create(["-", "\u2013", " to "], StringComparison.OrdinalIgnoreCase);

    public static TallyLexicon Empty { get; } = new([], [], ("", 0, 0));

    /// <summary>The tallies one sentence of an article states, in text order; a timeout is reported (CC0201) and ends the sentence's tallies.</summary>
    public ImmutableArray<TallyMention> In(Corpus.Article article, string text, Sentence sentence, DiagnosticBag diagnostics)
    {
        if (pattern is null)
        {
            return [];
        }

        return pattern.Read(article, text, sentence, diagnostics, match => new TallyMention(
            new TextSpan(match.Groups["tally"].Index, match.Groups["tally"].Length),
            new TallyClaimValue(int.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["b"].Value, CultureInfo.InvariantCulture))));
    }

    /// <summary>Reads the <c>tallies:</c> sections: their <c>nouns</c>, <c>verbs</c> and examples.</summary>
    public static TallyLexicon Load(ImmutableArray<RuleFile> files, List<RuleExample> examples)
    {
        var (nouns, verbs) = (ImmutableArray.CreateBuilder<string>(), ImmutableArray.CreateBuilder<string>());
        var origin = ("", 0, 0);
        foreach (var file in files)
        {
            if (file.Root.Map("tallies") is not { } section)
            {
                continue;
            }

            section.CheckKeys("nouns", "verbs", "examples");
            origin = origin.Item1.Length == 0 ? (file.Path, section.Line, section.Column) : origin;
            nouns.AddRange(section.Strings("nouns", required: true));
            verbs.AddRange(section.Strings("verbs", required: true));
            var tallyExamples = RuleExample.ReadAll(section, RuleId, file.Root.Date("reference") ?? RuleExample.DefaultReference);
            if (tallyExamples.IsEmpty)
            {
                section.Warning(DiagnosticCodes.NoExamples, "nouns", "tallies have no examples");
            }

            examples.AddRange(tallyExamples);
        }

        return new TallyLexicon(nouns.ToImmutable(), verbs.ToImmutable(), origin);
    }
}
