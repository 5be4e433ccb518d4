using ClaimCheck.Rules;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Reporting;

/// <summary>What an expected entry says a report should hold; <see cref="NotAContradiction"/> says what it must not.</summary>
public enum ExpectedKind
{
    Contradiction,
    Agreement,
    Omission,
    Update,
    QuoteVariant,
    NotAContradiction,
}

/// <summary>One article an expected entry names, and the exact phrase it expects quoted from it.</summary>
public sealed record ExpectedValue(string Article, string Phrase)
{
    /// <summary>The phrase as it is compared (<see cref="Expectations.Fold"/>), folded once.</summary>
    public string Folded { get; } = Expectations.Fold(Phrase);
}

/// <summary>
/// One finding a fact-checker expects (or, for <see cref="ExpectedKind.NotAContradiction"/>, expects
/// not to see as a contradiction), with its position in the file it came from. A <see cref="Must"/>
/// entry that fails fails the run.
/// </summary>
public sealed record ExpectedFinding(string Slot, ExpectedKind Kind, ImmutableArray<ExpectedValue> Values, bool Must, int Line, int Column)
{
    public string KindName => ExpectedFindings.KindName(Kind);
}

/// <summary>
/// The expected findings of a corpus, read from YAML: either a bare list of entries, or a mapping
/// whose <c>findings</c> key holds that list (other top-level keys, such as <c>stories</c>, are
/// information). Each entry has <c>slot</c>, <c>kind</c>, <c>values</c> (article id to an exact
/// phrase of that article) and optionally <c>must</c> (default false); any other key (<c>priority</c>,
/// <c>note</c>...) is information. A malformed entry is a diagnostic (CC0030) and is left out.
/// </summary>
public sealed record ExpectedFindings(string File, ImmutableArray<ExpectedFinding> Entries)
{
    private static readonly ImmutableArray<(string Name, ExpectedKind Kind)> KindNames =
    [
        ("contradiction", ExpectedKind.Contradiction),
        ("agreement", ExpectedKind.Agreement),
        ("omission", ExpectedKind.Omission),
        ("update", ExpectedKind.Update),
        ("quote-variant", ExpectedKind.QuoteVariant),
        ("not-a-contradiction", ExpectedKind.NotAContradiction),
    ];

    /// <summary>How a kind is spelled in the expected-findings file and in reports.</summary>
    public static string KindName(ExpectedKind kind) => KindNames.First(k => k.Kind == kind).Name;

    /// <summary>Reads the file at <paramref name="path"/>; diagnostics name it as <paramref name="shownAs"/> (default: the path).</summary>
    public static ParseResult<ExpectedFindings> Read(string path, string? shownAs = null)
    {
        var shown = shownAs ?? path;
        try
        {
            return Parse(shown, System.IO.File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ParseResult<ExpectedFindings>.Failure(Problem(shown, 0, 0, $"cannot read the expected findings: {e.Message}"));
        }
    }

    /// <summary>
    /// Parses the text of an expected-findings file; <paramref name="file"/> is only used in
    /// diagnostics. A file that is not YAML, or holds no list of entries, is a failure; a malformed
    /// entry is a diagnostic on a successful result, and the entry is left out.
    /// </summary>
    public static ParseResult<ExpectedFindings> Parse(string file, string text)
    {
        var (root, error) = YamlText.Parse(text);
        if (error is not null)
        {
            return ParseResult<ExpectedFindings>.Failure(Problem(file, error.Line, error.Column, $"not valid YAML: {error.Message}"));
        }

        YamlNode? list = root;
        if (root is YamlMappingNode top)
        {
            list = top.Children.TryGetValue(new YamlScalarNode("findings"), out var findings) ? findings : null;
            if (list is null)
            {
                return ParseResult<ExpectedFindings>.Failure(Problem(file, root, "the file is a mapping without a 'findings' list"));
            }
        }

        if (list is not YamlSequenceNode sequence)
        {
            return ParseResult<ExpectedFindings>.Failure(list is null
                ? Problem(file, 1, 1, "the file is empty; expected a list of expected findings")
                : Problem(file, list, "expected a list of expected findings (or a mapping with a 'findings' list)"));
        }

        var problems = new List<Diagnostic>();
        var entries = ImmutableArray.CreateBuilder<ExpectedFinding>();
        foreach (var item in sequence.Children)
        {
            var entry = ParseEntry(file, item, problems);
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        return ParseResult<ExpectedFindings>.Success(new ExpectedFindings(file, entries.ToImmutable()), [.. problems]);
    }

    private static ExpectedFinding? ParseEntry(string file, YamlNode item, List<Diagnostic> problems)
    {
        if (item is not YamlMappingNode entry)
        {
            problems.Add(Problem(file, item, "each expected finding must be a mapping with slot, kind and values"));
            return null;
        }

        var before = problems.Count;
        var slot = Scalar(file, entry, "slot", problems);
        var kindText = Scalar(file, entry, "kind", problems);
        ExpectedKind? kind = null;
        if (kindText is not null)
        {
            kind = KindNames.Where(k => k.Name == kindText).Select(k => (ExpectedKind?)k.Kind).FirstOrDefault();
            if (kind is null)
            {
                problems.Add(Problem(file, Value(entry, "kind")!, $"unknown kind '{kindText}'; expected one of: {string.Join(", ", KindNames.Select(k => k.Name))}"));
            }
        }

        var values = Values(file, entry, problems);
        var must = Must(file, entry, problems);
        return problems.Count > before || slot is null || kind is null
            ? null
            : new ExpectedFinding(slot, kind.Value, values, must, (int)entry.Start.Line, (int)entry.Start.Column);
    }

    private static string? Scalar(string file, YamlMappingNode entry, string key, List<Diagnostic> problems)
    {
        switch (Value(entry, key))
        {
            case null:
                problems.Add(Problem(file, entry, $"the expected finding has no '{key}'"));
                return null;
            case YamlScalarNode { Value: var text } when !string.IsNullOrWhiteSpace(text):
                return text;
            case var other:
                problems.Add(Problem(file, other, $"'{key}' must be a single, non-empty value"));
                return null;
        }
    }

    private static ImmutableArray<ExpectedValue> Values(string file, YamlMappingNode entry, List<Diagnostic> problems)
    {
        var node = Value(entry, "values");
        if (node is not YamlMappingNode { Children.Count: > 0 } map)
        {
            problems.Add(node is null
                ? Problem(file, entry, "the expected finding has no 'values'")
                : Problem(file, node, "'values' must map each article id to the exact phrase expected from it"));
            return [];
        }

        var values = ImmutableArray.CreateBuilder<ExpectedValue>();
        foreach (var (key, value) in map.Children)
        {
            var article = (key as YamlScalarNode)?.Value;
            var phrase = (value as YamlScalarNode)?.Value;
            if (string.IsNullOrWhiteSpace(article) || Expectations.Fold(phrase ?? "").Length == 0)
            {
                problems.Add(Problem(file, string.IsNullOrWhiteSpace(article) ? key : value, "each value must be an article id and a non-empty phrase of that article"));
                continue;
            }

            values.Add(new ExpectedValue(article, phrase!));
        }

        return values.ToImmutable();
    }

    private static bool Must(string file, YamlMappingNode entry, List<Diagnostic> problems)
    {
        var node = Value(entry, "must");
        switch ((node as YamlScalarNode)?.Value?.ToLowerInvariant())
        {
            case null when node is null:
                return false;
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            default:
                problems.Add(Problem(file, node!, "'must' must be true or false"));
                return false;
        }
    }

    private static YamlNode? Value(YamlMappingNode entry, string key) =>
        entry.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static Diagnostic Problem(string file, YamlNode at, string message) =>
        Problem(file, (int)at.Start.Line, (int)at.Start.Column, message);

    private static Diagnostic Problem(string file, int line, int column, string message) =>
        Diagnostic.Error(DiagnosticCodes.InvalidExpectedFindings, file, line, column, message);
}
