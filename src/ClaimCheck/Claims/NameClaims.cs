using ClaimCheck.Names;
using ClaimCheck.Text;
using FuzzySharp;
using FuzzySharp.PreProcess;

namespace ClaimCheck.Claims;

/// <summary>
/// A person's name as an article writes it in full ("Lesa Strachan"), and whether the gazetteer
/// knows that spelling as the person's (<see cref="Known"/>: "Sergey Lavrov" and "Sergei Lavrov"
/// both are).
/// </summary>
public sealed record NameClaimValue(string Written, bool Known) : ClaimValue
{
    public override string Display => Written;
}

/// <summary>
/// Each person an article names in full, once per spelling it uses: keyed by the person, so the
/// spellings of outlets that name one person are compared (<c>Consistency.NameSpellingComparison</c>).
/// </summary>
internal static class NameClaims
{
    public const string EventType = "name";

    public const string RuleId = "names.spelling";

    /// <summary>A word of the mention this alike to a word of the person's name is where the name begins ("sergey" and "sergei" are 83).</summary>
    private const int SameWordRatio = 75;

    public static IEnumerable<Claim> Of(AnalyzedArticle analysis, NameRecognizer names)
    {
        var written = new HashSet<(string, string)>();
        foreach (var person in analysis.Entities)
        {
            if (person.Type != EntityType.Person || person.Form is not (MentionForm.FullName or MentionForm.Unknown) || !person.Text.Trim().Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var start = NameStart(person);
            var spelling = string.Join(' ', person.Text[start..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (spelling.Contains(' ', StringComparison.Ordinal) && !names.IsPersonCue(spelling[..spelling.IndexOf(' ', StringComparison.Ordinal)]) && written.Add((person.EntityId, spelling)))
            {
                var value = new NameClaimValue(spelling, !EntityIds.IsUnknown(person.EntityId));
                var span = TextSpan.FromBounds(person.Span.Start + start, person.Span.End);
                yield return ClaimExtractor.MakeClaim(analysis, EventType, $"{person.EntityId}.name", value, span, person.Sentence, RuleId) with { Subject = person.EntityId };
            }
        }
    }

    /// <summary>
    /// Where the name begins in a mention that opens with the person's title or a cue ("Russian
    /// Foreign Minister Sergey V. Lavrov", "U.S. President Barack Obama"): at the first word that is
    /// one of the person's name, however spelled.
    /// </summary>
    private static int NameStart(EntityMention person)
    {
        var names = NameMatcher.Preprocess(person.CanonicalName).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var text = person.Text;
        for (var start = 0; start < text.Length;)
        {
            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            var folded = NameMatcher.Preprocess(text[start..end]);
            if (folded.Length > 0 && names.Any(name => Fuzz.Ratio(name, folded, PreprocessMode.None) >= SameWordRatio))
            {
                return start;
            }

            start = end;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        return 0;
    }
}
