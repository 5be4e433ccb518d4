using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Claims;

/// <summary>One place in a ranking an article states, where it is written.</summary>
/// <param name="RuleId">The superlative's entry (<c>ranks.</c> and its quality), for provenance and examples.</param>
public sealed record RankMention(TextSpan Span, RankClaimValue Value, string RuleId);

/// <summary>
/// The superlatives of the <c>superlatives:</c> sections of <c>rules/concepts/</c> ("the third
/// most intense", "the largest", "Britain's biggest-ever"): each entry is one quality and the
/// words outlets use for it, so "strongest", "most powerful" and "most intense" rank by one
/// quality. Only a rank said of one thing counts: it follows a determiner or a possessive, and
/// "one of the deadliest", "among the largest" and "at its strongest" are no place in a ranking.
/// The <c>ordinals:</c> list gives the places after the first, in order ("second", "third" …).
/// </summary>
public sealed class RankLexicon
{
    public const string RuleIdPrefix = "ranks.";

    private static readonly string[] EntryKeys = ["id", "words", "examples"];

    private readonly Dictionary<string, string> qualityOf;

    private readonly Dictionary<string, int> rankOf;

    private readonly SentencePattern? pattern;

    private RankLexicon(Dictionary<string, string> qualityOf, Dictionary<string, int> rankOf, (string File, int Line, int Column) origin)
    {
        this.qualityOf = qualityOf;
        this.rankOf = rankOf;
        if (qualityOf.Count == 0)
        {
            return;
        }

        var ordinals = WordAlternation.Of(rankOf.Keys) + @"|[0-9]{1,2}(?:st|nd|rd|th)";
        var superlatives = WordAlternation.Of(qualityOf.Keys, space: @"[\s-]+");
        var regex = CompiledPatterns.Deferred(new Regex(
            $@"(?<![\w-])(?<!\b(?:(?:one|some|two|three|four|five|several|many|few)\s+of|among)\s+(?:the\s+)?)(?<!\bat\s+)(?:the|its|their|his|her|our|this|[\w.]+['’]s)\s+(?:(?:new|all-time)\s+)?(?<rank>(?:(?<ordinal>{ordinals})[\s-]+)?(?<superlative>{superlatives})(?:-ever)?)(?![\w-])(?!\s+(?:is|was|are|were|will|would|has|had|have|of)\b)(?!\s+[a-z][\w'’-]*[^siu\W]s\b)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
            PatternCompiler.MatchTimeout));
        var firstWords = qualityOf.Keys.Select(w => w.Split(' ')[0]).Distinct(StringComparer.Ordinal).ToArray();
        pattern = new SentencePattern(regex, SearchValues.Create(firstWords, StringComparison.OrdinalIgnoreCase), RuleIdPrefix + "superlatives", origin.File, origin.Line, origin.Column);
    }

    public static RankLexicon Empty { get; } = new([], [], ("", 0, 0));

    /// <summary>The places in a ranking one sentence of an article states, in text order; a timeout is reported (CC0201) and ends the sentence's ranks.</summary>
    public ImmutableArray<RankMention> In(Corpus.Article article, string text, Sentence sentence, DiagnosticBag diagnostics)
    {
        if (pattern is null)
        {
            return [];
        }

        return pattern.Read(article, text, sentence, diagnostics, Read);
    }

    private RankMention? Read(Match match)
    {
        var ordinal = match.Groups["ordinal"];
        // "0th" is no place; it reads as the first, as a bare superlative would.
        int? rank = !ordinal.Success ? 1
            : char.IsDigit(ordinal.Value[0]) ? Math.Max(1, int.Parse(ordinal.Value[..^2], CultureInfo.InvariantCulture))
            : rankOf.TryGetValue(Normalize(ordinal.Value), out var place) ? place : null;
        if (rank is null || !qualityOf.TryGetValue(Normalize(match.Groups["superlative"].Value), out var quality))
        {
            return null;
        }

        var span = match.Groups["rank"];
        return new RankMention(new TextSpan(span.Index, span.Length), new RankClaimValue(rank.Value, quality), RuleIdPrefix + quality);
    }

    /// <summary>Reads the <c>superlatives:</c> and <c>ordinals:</c> sections; a word two entries claim is reported and kept by the first.</summary>
    public static RankLexicon Load(ImmutableArray<RuleFile> files, DiagnosticBag diagnostics, List<RuleExample> examples)
    {
        var qualityOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var rankOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var origin = ("", 0, 0);
        foreach (var file in files)
        {
            var place = 2;
            foreach (var word in file.Root.Strings("ordinals"))
            {
                rankOf.TryAdd(Normalize(word), place++);
            }

            foreach (var item in file.Root.Maps("superlatives"))
            {
                if (origin.Item1.Length == 0)
                {
                    origin = (file.Path, item.Line, item.Column);
                }

                item.CheckKeys(EntryKeys);
                var id = item.String("id", required: true);
                var words = item.Strings("words", required: true);
                if (id is null || words.IsEmpty)
                {
                    continue;
                }

                foreach (var word in words.Select(Normalize).Where(w => w.Length > 0))
                {
                    if (!qualityOf.TryAdd(word, id))
                    {
                        item.Error(DiagnosticCodes.InvalidValue, "words", $"'{word}' is already a word of superlative '{qualityOf[word]}'");
                    }
                }

                var entryExamples = RuleExample.ReadAll(item, RuleIdPrefix + id, file.Root.Date("reference") ?? RuleExample.DefaultReference);
                if (entryExamples.IsEmpty)
                {
                    item.Warning(DiagnosticCodes.NoExamples, "id", $"superlative '{id}' has no examples");
                }

                examples.AddRange(entryExamples);
            }
        }

        return new RankLexicon(qualityOf, rankOf, origin);
    }

    private static string Normalize(string word) => WordAlternation.Key(word, hyphens: true);
}
