using System.Text.RegularExpressions;
using ClaimCheck.Rules;

namespace ClaimCheck.Claims;

/// <summary>
/// The patterns that tie quoted words to a speaker (rules/claims/quotes.yaml): a speech verb after
/// the quote ("…," Kirby said), one before it (De Mistura called for a "…"), a verb right after a
/// person that makes them a subject who speaks, and the start of a sentence. A group named
/// <c>pronoun</c> in the first two marks "he said": the speaker is then the last subject.
/// </summary>
public sealed record QuoteCues(Regex After, Regex Before, Regex SubjectVerb, Regex SentenceLead)
{
    /// <summary>
    /// The start of a transcript's line ("SECRETARY JANE DOE: ..."): its group <c>label</c> names
    /// the speaker, and the rest of the line is what they said. Optional in a rule pack.
    /// </summary>
    public Regex Transcript { get; init; } = Never();

    private static readonly string[] Keys = ["after", "before", "subject-verb", "sentence-lead"];

    /// <summary>Cues that never match: quotes are still found, but nobody is named as their speaker.</summary>
    public static readonly QuoteCues None = new(Never(), Never(), Never(), Never());

    public static QuoteCues Load(YamlMap quotes, PatternCompiler compiler)
    {
        quotes.CheckKeys([.. Keys, "transcript", "examples"]);
        var patterns = Keys.Select(key => compiler.Compile(quotes, key)).ToArray();
        var transcript = quotes.Has("transcript") ? compiler.Compile(quotes, "transcript", PatternCompiler.DefaultOptions | RegexOptions.Multiline) : Never();
        return patterns.Any(p => p is null) || transcript is null
            ? None
            : new QuoteCues(patterns[0]!, patterns[1]!, patterns[2]!, patterns[3]!) { Transcript = transcript };
    }

    private static Regex Never() => new("(?!)", RegexOptions.None, PatternCompiler.MatchTimeout);
}
