using System.Text.RegularExpressions;
using ClaimCheck.Rules;

namespace ClaimCheck.Claims;

/// <summary>Whether a concept is something that happens (it has a date and a duration), something that is counted or measured, or something that was or was not done at all (a distress call sent or not).</summary>
public enum ConceptKind
{
    Event,
    Thing,
    Occurrence,
}

/// <summary>One concept of the lexicon: the words news uses for one kind of thing or event ("talks", "negotiations", "meeting").</summary>
public sealed record Concept(string Id, ConceptKind Kind, ImmutableArray<string> Words, string File, int Line);

/// <summary>
/// The concept lexicon (design.md §1a, <c>rules/concepts/</c>): the words of each concept, read
/// from the <c>concepts:</c> sections of the folder's files. Generic frames (the folder's
/// <c>rules:</c>) reach a concept word through the <c>{concept}</c> fragment, a group named
/// <c>concept</c>; the word a frame matched says which concept its claim is about. A new domain is
/// new entries and examples here, not new code.
/// </summary>
public sealed class ConceptLexicon
{
    public const string FragmentName = "concept";

    private static readonly string[] EntryKeys = ["id", "kind", "words", "examples"];

    private readonly Dictionary<string, Concept> byWord;

    private ConceptLexicon(ImmutableArray<Concept> concepts)
    {
        Concepts = concepts;
        byWord = new Dictionary<string, Concept>(StringComparer.OrdinalIgnoreCase);
        foreach (var concept in concepts)
        {
            foreach (var word in concept.Words)
            {
                byWord.TryAdd(WordAlternation.Key(word), concept);
            }
        }
    }

    public static ConceptLexicon Empty { get; } = new([]);

    public ImmutableArray<Concept> Concepts { get; }

    /// <summary>
    /// The fragments frames reach concept words by, each a group named <c>concept</c> that never
    /// matches when it has no word: <c>{concept}</c> any word, <c>{event-concept}</c> a word of
    /// something that happens (it has a date and a duration), <c>{thing-concept}</c> a word of
    /// something counted or measured, <c>{occurrence-concept}</c> a word of something that was or
    /// was not done at all.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string>> Fragments =>
    [
        KeyValuePair.Create(FragmentName, Alternation(byWord.Keys)),
        .. KindFragments.Select(kind => KeyValuePair.Create(kind.Value, Alternation(byWord.Where(w => w.Value.Kind == kind.Key).Select(w => w.Key)))),
    ];

    /// <summary>The fragment that reaches the words of one kind of concept.</summary>
    private static readonly ImmutableDictionary<ConceptKind, string> KindFragments = new Dictionary<ConceptKind, string>
    {
        [ConceptKind.Event] = "event-concept",
        [ConceptKind.Thing] = "thing-concept",
        [ConceptKind.Occurrence] = "occurrence-concept",
    }.ToImmutableDictionary();

    /// <summary>Whether a frame's pattern reaches a concept word through one of the lexicon's fragments.</summary>
    public static bool NamedIn(string pattern) =>
        pattern.Contains($"{{{FragmentName}}}", StringComparison.Ordinal) || KindFragments.Values.Any(name => pattern.Contains($"{{{name}}}", StringComparison.Ordinal));

    private static string Alternation(IEnumerable<string> words) =>
        WordAlternation.Of(words) is { Length: > 0 } alternation ? $"(?<{FragmentName}>\\b(?:{alternation})\\b)" : $"(?<{FragmentName}>(?!))";

    /// <summary>The concept a matched word belongs to, with runs of white space read as one space.</summary>
    public Concept? Of(string word) => byWord.GetValueOrDefault(WordAlternation.Key(word));

    /// <summary>Reads the <c>concepts:</c> sections; a word two concepts claim is reported and kept by the first.</summary>
    public static ConceptLexicon Load(ImmutableArray<RuleFile> files, DiagnosticBag diagnostics, List<RuleExample> examples)
    {
        var concepts = new List<Concept>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            foreach (var item in file.Root.Maps("concepts"))
            {
                item.CheckKeys(EntryKeys);
                var id = item.String("id", required: true);
                var list = item.Strings("words", required: true);
                if (id is null || list.IsEmpty)
                {
                    continue;
                }

                var kindText = item.String("kind") ?? "event";
                if (!Enum.TryParse<ConceptKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
                {
                    item.Error(DiagnosticCodes.InvalidValue, "kind", "'kind' must be event, thing or occurrence");
                    continue;
                }

                if (ids.TryGetValue(id, out var first))
                {
                    item.Error(DiagnosticCodes.DuplicateRuleId, "id", $"concept '{id}' is already defined in {first}");
                    continue;
                }

                ids[id] = $"{file.Path}({item.Line},{item.Column})";
                var kept = new List<string>();
                foreach (var word in list.Select(w => WordAlternation.Key(w)).Where(w => w.Length > 0))
                {
                    if (words.TryGetValue(word, out var owner))
                    {
                        item.Error(DiagnosticCodes.InvalidValue, "words", $"'{word}' is already a word of concept '{owner}'");
                        continue;
                    }

                    words[word] = id;
                    kept.Add(word);
                }

                var conceptExamples = RuleExample.ReadAll(item, RuleIdOf(id), file.Root.Date("reference") ?? RuleExample.DefaultReference);
                if (conceptExamples.IsEmpty)
                {
                    item.Warning(DiagnosticCodes.NoExamples, "id", $"concept '{id}' has no examples");
                }

                examples.AddRange(conceptExamples);
                concepts.Add(new Concept(id, kind, [.. kept], file.Path, item.Line));
            }
        }

        return new ConceptLexicon([.. concepts]);
    }

    /// <summary>The id under which a concept's examples and the observations of its claims go: <c>concepts.</c> and the concept.</summary>
    public static string RuleIdOf(string conceptId) => $"concepts.{conceptId}";

}
