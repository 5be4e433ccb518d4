using System.Text.RegularExpressions;
using ClaimCheck.Rules;

namespace ClaimCheck.Text;

/// <summary>What a boilerplate rule removes: a whole line, or each match inside a line.</summary>
internal enum RemovalScope
{
    Line,
    Span,
}

/// <summary>
/// One rule of rules/text/boilerplate.yaml, compiled. A line rule's regex is anchored to the whole
/// trimmed line; a span rule removes its 'remove' group when it has one, else its whole match.
/// <see cref="Prefilter"/> holds the literal words a line must have for the pattern to match (null: none known).
/// </summary>
internal sealed record BoilerplateRule(
    string Id, RemovalScope Scope, bool OnlyAfterText, Regex Pattern, LiteralPrefilter? Prefilter, string File, int Line, int Column)
{
    public const string RemoveGroup = "remove";
}
