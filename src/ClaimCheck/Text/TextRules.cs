using System.Text.RegularExpressions;
using ClaimCheck.Corpus;
using ClaimCheck.Rules;

namespace ClaimCheck.Text;

/// <summary>
/// The clean stage: removes boilerplate by the rules of rules/text, then splits what is kept into
/// paragraphs, sentences and tokens. Nothing is rewritten: every sentence and token is a span of
/// <see cref="Article.Text"/>, and every removed stretch is recorded with the rule that removed it.
/// Linear in the length of the text apart from the rules' own regexes.
/// </summary>
public sealed class TextRules
{
    public const string SentencesCheckId = "text.sentences";
    public const string TokensCheckId = "text.tokens";

    private static readonly string[] FileKeys = ["fragments", "rules", "abbreviations", "sentence-openers", "checks"];
    private static readonly string[] RuleKeys = ["id", "description", "scope", "after", "pattern", "examples"];
    private static readonly string[] CheckKeys = ["id", "description", "examples"];

    private readonly ImmutableArray<BoilerplateRule> lineRules;
    private readonly ImmutableArray<BoilerplateRule> spanRules;

    /// <summary>
    /// The literals of every rule, the line rules' then the span rules', tested in one pass over a
    /// line: a line of prose holds none of most rules' words, and their regexes (".*" runs over the
    /// whole line for each alternative) cost most of the stage on a long article.
    /// </summary>
    private readonly CombinedPrefilter prefilters;

    private readonly SentenceSplitter splitter;
    private readonly Tokenizer tokenizer;

    private TextRules(ImmutableArray<BoilerplateRule> rules, AbbreviationLexicon abbreviations, ImmutableArray<RuleExample> examples)
    {
        lineRules = [.. rules.Where(r => r.Scope == RemovalScope.Line)];
        spanRules = [.. rules.Where(r => r.Scope == RemovalScope.Span)];
        prefilters = new CombinedPrefilter([.. lineRules.Concat(spanRules).Select(r => r.Prefilter)]);
        splitter = new SentenceSplitter(abbreviations);
        tokenizer = new Tokenizer(abbreviations);
        Examples = examples;
    }

    public ImmutableArray<RuleExample> Examples { get; }

    /// <summary>The ids of the boilerplate rules, in the order they are tried.</summary>
    public ImmutableArray<string> RuleIds => [.. lineRules.Concat(spanRules).Select(r => r.Id)];

    public static TextRules Load(ImmutableArray<RuleFile> files, DiagnosticBag diagnostics)
    {
        foreach (var file in files)
        {
            file.Root.CheckKeys(FileKeys);
        }

        var compiler = new PatternCompiler(files.SelectMany(f => f.Root.StringPairs("fragments")));
        var rules = ImmutableArray.CreateBuilder<BoilerplateRule>();
        var examples = ImmutableArray.CreateBuilder<RuleExample>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var neverFinal = new List<string>();
        var mayEnd = new List<string>();
        var openers = new List<string>();
        foreach (var file in files)
        {
            foreach (var map in file.Root.Maps("rules"))
            {
                var rule = LoadRule(map, compiler, ids);
                if (rule is not null)
                {
                    rules.Add(rule);
                    examples.AddRange(ReadExamples(map, rule.Id));
                }
            }

            foreach (var map in file.Root.Maps("checks"))
            {
                map.CheckKeys(CheckKeys);
                var id = ReadId(map, ids);
                if (id is null)
                {
                    continue;
                }

                if (id is not (SentencesCheckId or TokensCheckId))
                {
                    map.Error(DiagnosticCodes.UnknownReference, "id", $"'{id}' is not a check of the clean stage; checks are {SentencesCheckId} and {TokensCheckId}");
                    continue;
                }

                examples.AddRange(ReadExamples(map, id));
            }

            if (file.Root.Map("abbreviations") is { } abbreviations)
            {
                abbreviations.CheckKeys("never-final", "may-end");
                neverFinal.AddRange(Abbreviations(abbreviations, "never-final"));
                mayEnd.AddRange(Abbreviations(abbreviations, "may-end"));
            }

            openers.AddRange(file.Root.Strings("sentence-openers"));
        }

        return new TextRules(rules.ToImmutable(), new AbbreviationLexicon(neverFinal, mayEnd, openers), examples.ToImmutable());
    }

    /// <summary>Cleans an article; a rule that times out is skipped for it and reported to <paramref name="diagnostics"/>.</summary>
    public Document Clean(Article article, DiagnosticBag diagnostics) =>
        new ArticleCleaner(this, article, diagnostics).Run();

    /// <summary>Cleans an article, dropping any regex-timeout diagnostics; prefer the overload that takes a bag.</summary>
    public Document Clean(Article article) => Clean(article, new DiagnosticBag());

    /// <summary>
    /// Observations for rule examples: each removed span (field <c>text</c>), the sentences
    /// (<c>text.sentences</c>: count, paragraphs, first, last, split) and the tokens (<c>text.tokens</c>: tokens, numbers).
    /// </summary>
    public static IEnumerable<Observation> Observe(Document document)
    {
        foreach (var removed in document.Removed)
        {
            yield return Fields(removed.RuleId, ("text", document.Slice(removed.Span)));
        }

        var sentences = document.Sentences.Select(document.SentenceText).ToList();
        yield return Fields(SentencesCheckId,
            ("count", sentences.Count.ToString()),
            ("paragraphs", document.Sentences.IsEmpty ? "0" : (document.Sentences[^1].Paragraph + 1).ToString()),
            ("first", sentences.FirstOrDefault() ?? ""),
            ("last", sentences.LastOrDefault() ?? ""),
            ("split", string.Join(" | ", sentences)));

        var tokens = document.Sentences.SelectMany(s => s.Tokens).ToList();
        yield return Fields(TokensCheckId,
            ("tokens", string.Join(' ', tokens.Select(t => document.Slice(t.Span)))),
            ("numbers", string.Join(' ', tokens.Where(t => t.Kind == TokenKind.Number).Select(t => document.Slice(t.Span)))));
    }

    private static Observation Fields(string ruleId, params (string Key, string Value)[] fields) =>
        new(ruleId, fields.ToImmutableSortedDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));

    private static BoilerplateRule? LoadRule(YamlMap map, PatternCompiler compiler, HashSet<string> ids)
    {
        map.CheckKeys(RuleKeys);
        var id = ReadId(map, ids);
        var scope = map.String("scope") ?? "line";
        if (scope is not ("line" or "span"))
        {
            map.Error(DiagnosticCodes.InvalidValue, "scope", $"'scope' must be 'line' or 'span', not '{scope}'");
            return null;
        }

        var after = map.String("after");
        if (after is not (null or "text"))
        {
            map.Error(DiagnosticCodes.InvalidValue, "after", $"'after' can only be 'text' (the line directly above is kept text), not '{after}'");
            return null;
        }

        var checkedPattern = compiler.Compile(map, "pattern");
        if (id is null || checkedPattern is null)
        {
            return null;
        }

        // Compiled once here, at load; a line rule must match the whole trimmed line.
        var options = PatternCompiler.DefaultOptions | RegexOptions.Compiled;
        var pattern = scope == "line"
            ? new Regex($"^(?:{checkedPattern})$", options, PatternCompiler.MatchTimeout)
            : new Regex(checkedPattern.ToString(), options, PatternCompiler.MatchTimeout);
        var (line, column) = map.PositionOf("id");
        return new BoilerplateRule(id, scope == "line" ? RemovalScope.Line : RemovalScope.Span, after == "text", pattern, LiteralPrefilter.Of(checkedPattern), map.File, line, column);
    }

    private static string? ReadId(YamlMap map, HashSet<string> ids)
    {
        var id = map.String("id", required: true);
        if (id is null)
        {
            return null;
        }

        if (!id.StartsWith("text.", StringComparison.Ordinal) || id.Length == "text.".Length)
        {
            map.Error(DiagnosticCodes.InvalidValue, "id", $"rule ids of the clean stage start with 'text.', not '{id}'");
            return null;
        }

        if (!ids.Add(id))
        {
            map.Error(DiagnosticCodes.DuplicateRuleId, "id", $"the rule id '{id}' is used twice");
            return null;
        }

        return id;
    }

    private static ImmutableArray<RuleExample> ReadExamples(YamlMap map, string id)
    {
        var examples = RuleExample.ReadAll(map, id, RuleExample.DefaultReference);
        if (examples.IsEmpty)
        {
            map.Warning(DiagnosticCodes.NoExamples, "id", $"'{id}' has no examples; add positive and negative ones");
        }

        return examples;
    }

    private static IEnumerable<string> Abbreviations(YamlMap map, string key)
    {
        foreach (var abbreviation in map.Strings(key))
        {
            if (abbreviation.EndsWith('.') && !abbreviation.Any(char.IsWhiteSpace))
            {
                yield return abbreviation;
            }
            else
            {
                map.Error(DiagnosticCodes.InvalidValue, key, $"'{abbreviation}' is not an abbreviation: one word ending in a full stop");
            }
        }
    }

    /// <summary>The state of cleaning one article: a look for any blank line, then one pass over its lines.</summary>
    private sealed class ArticleCleaner(TextRules rules, Article article, DiagnosticBag diagnostics)
    {
        private readonly string text = article.Text;
        private readonly ImmutableArray<RemovedSpan>.Builder removed = ImmutableArray.CreateBuilder<RemovedSpan>();
        // Sentences are tokenized once the text is read: a sentence a wrap runs on grows line by line.
        private readonly List<(TextSpan Span, int Paragraph)> sentences = [];
        private readonly List<RemovedSpan> lineRemovals = [];
        private readonly List<TextSpan> pieces = [];

        /// <summary>For each rule (line rules, then span rules), whether its literals are in the current line.</summary>
        private readonly bool[] mayMatch = new bool[rules.prefilters.Count];

        private HashSet<BoilerplateRule>? timedOut;
        private int paragraph;
        private bool paragraphBreak;
        private bool linesAreParagraphs;
        private bool previousLineKept;
        private int previousLineStart;
        private int previousLineEnd = -1;
        private bool hardWrapped;
        private int lineNumber;

        public Document Run()
        {
            // Some outlets put each paragraph on one line with no blank line between them.
            linesAreParagraphs = !HasBlankLine(text);
            hardWrapped = IsHardWrapped(text);
            for (var start = 0; start <= text.Length; lineNumber++)
            {
                var newline = text.IndexOf('\n', start);
                var end = newline < 0 ? text.Length : newline;
                CleanLine(start, end);
                if (newline < 0)
                {
                    break;
                }

                start = newline + 1;
            }

            return new Document(article, [.. sentences.Select((s, i) => new Sentence(i, s.Span, rules.tokenizer.Tokenize(text, s.Span), s.Paragraph))], removed.ToImmutable());
        }

        private void CleanLine(int start, int end)
        {
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            rules.prefilters.Test(text.AsSpan(start, end - start), mayMatch);
            if (start == end || RemoveWholeLine(start, end))
            {
                paragraphBreak = true;
                previousLineKept = false;
                return;
            }

            paragraphBreak |= linesAreParagraphs;
            RemoveSpans(start, end);
            var kept = start;
            var sentencesBefore = sentences.Count;
            var lastEndBefore = sentencesBefore > 0 ? sentences[^1].Span.End : -1;
            var wrapped = WrapsOnto(start);
            foreach (var span in lineRemovals)
            {
                AddSentences(kept, span.Span.Start, wrapped && kept == start);
                kept = span.Span.End;
                removed.Add(span);
            }

            AddSentences(kept, end, wrapped && kept == start);
            // A line wholly taken into the sentence the line before broke off is kept too.
            previousLineKept = sentences.Count > sentencesBefore || (sentencesBefore > 0 && sentences[^1].Span.End != lastEndBefore);
            (previousLineStart, previousLineEnd) = (start, previousLineKept && sentences[^1].Span.End == end ? end : -1);
        }

        /// <summary>
        /// Whether the line starting at <paramref name="start"/> goes on with the sentence the line
        /// before it broke off: text wrapped at a fixed width ("talks with Foreign Minister Sergei" /
        /// "Lavrov on Friday") breaks its lines inside sentences, and Markdown reads such a line break
        /// as a space. Not after a blank line (where blank lines part paragraphs) or a removed line,
        /// nor after a sentence's end mark or a colon, nor before a list item, a heading, a quote
        /// block, a table row or a number.
        /// </summary>
        private bool WrapsOnto(int start)
        {
            // Where no blank line parts the paragraphs, only the end of a sentence ends one.
            if ((paragraphBreak && !linesAreParagraphs) || previousLineEnd < 0 || "-*+#>|".Contains(text[start]) || char.IsDigit(text[start])
                || EndsSentence(text[previousLineEnd - 1]))
            {
                return false;
            }

            // A line broken by a wrap is long; one that goes on in lower case continues its sentence,
            // and one in capitals may follow a headline, unless the text is wrapped at a width.
            return previousLineEnd - previousLineStart >= WrappedLineLength && (char.IsLower(text[start]) || hardWrapped);
        }

        /// <summary>The shortest line a text wrapped at a width breaks inside a sentence: a headline or a page's heading is mostly shorter.</summary>
        private const int WrappedLineLength = 40;

        /// <summary>How many lines must break inside a sentence for a text to be wrapped at a width.</summary>
        private const int WrappedLines = 3;

        private static bool EndsSentence(char last) => ".?!\u2026:;\"'\u201D\u2019)]".Contains(last);

        /// <summary>Whether lines of <see cref="WrappedLineLength"/> or more break off inside sentences, three times at least, each followed by another line of text.</summary>
        private static bool IsHardWrapped(string text)
        {
            var broken = 0;
            var line = text.AsSpan();
            for (var newline = line.IndexOf('\n'); newline >= 0 && broken < WrappedLines; newline = line.IndexOf('\n'))
            {
                var current = line[..newline].TrimEnd();
                line = line[(newline + 1)..];
                var next = line.IndexOf('\n') is var end and >= 0 ? line[..end] : line;
                if (current.Length >= WrappedLineLength && !EndsSentence(current[^1]) && !next.IsWhiteSpace())
                {
                    broken++;
                }
            }

            return broken >= WrappedLines;
        }

        private bool RemoveWholeLine(int start, int end)
        {
            for (var r = 0; r < rules.lineRules.Length; r++)
            {
                var rule = rules.lineRules[r];
                if (!mayMatch[r] || (rule.OnlyAfterText && !previousLineKept) || IsTimedOut(rule))
                {
                    continue;
                }

                if (Find(rule, null, start, end) is { Success: true })
                {
                    removed.Add(new RemovedSpan(TextSpan.FromBounds(start, end), rule.Id));
                    return true;
                }
            }

            return false;
        }

        /// <summary>Fills <see cref="lineRemovals"/> with the span rules' matches in the line, in order, none overlapping.</summary>
        private void RemoveSpans(int start, int end)
        {
            lineRemovals.Clear();
            for (var r = 0; r < rules.spanRules.Length; r++)
            {
                var rule = rules.spanRules[r];
                if (!mayMatch[rules.lineRules.Length + r] || IsTimedOut(rule))
                {
                    continue;
                }

                for (var match = Find(rule, null, start, end); match is { Success: true }; match = Find(rule, match, start, end))
                {
                    var group = match.Groups[BoilerplateRule.RemoveGroup];
                    var span = group.Success ? new TextSpan(group.Index, group.Length) : new TextSpan(match.Index, match.Length);
                    if (span.Length > 0 && !lineRemovals.Exists(r => r.Span.Overlaps(span)))
                    {
                        lineRemovals.Add(new RemovedSpan(span, rule.Id));
                    }
                }
            }

            lineRemovals.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        /// <param name="wrapped">Whether the text goes on with the last sentence of the line before (<see cref="WrapsOnto"/>): its first sentence is that one's end.</param>
        private void AddSentences(int start, int end, bool wrapped = false)
        {
            pieces.Clear();
            rules.splitter.Split(text, start, end, pieces);
            foreach (var span in pieces)
            {
                if (wrapped)
                {
                    sentences[^1] = (TextSpan.FromBounds(sentences[^1].Span.Start, span.End), sentences[^1].Paragraph);
                    wrapped = paragraphBreak = false;
                    continue;
                }

                if (paragraphBreak && sentences.Count > 0)
                {
                    paragraph++;
                }

                paragraphBreak = false;
                sentences.Add((span, paragraph));
            }
        }

        /// <summary>The rule's first match in text[start..end), or the one after <paramref name="previous"/>; null when it timed out.</summary>
        private Match? Find(BoilerplateRule rule, Match? previous, int start, int end)
        {
            try
            {
                return previous is null ? rule.Pattern.Match(text, start, end - start) : previous.NextMatch();
            }
            catch (RegexMatchTimeoutException)
            {
                (timedOut ??= []).Add(rule);
                diagnostics.Add(Diagnostic.RegexTimeout(rule.Id, rule.File, rule.Line, rule.Column,
                    $"line {article.BodyLine + lineNumber} of {article.SourcePath} (article '{article.Id}'), and for the rest of that article"));
                return null;
            }
        }

        /// <summary>Whether a blank line stands between two lines of text.</summary>
        private static bool HasBlankLine(string text)
        {
            var seenText = false;
            var blankSinceText = false;
            var lineHasText = false;
            foreach (var c in text)
            {
                if (c == '\n')
                {
                    blankSinceText |= seenText && !lineHasText;
                    lineHasText = false;
                }
                else if (!lineHasText && !char.IsWhiteSpace(c))
                {
                    if (blankSinceText)
                    {
                        return true;
                    }

                    lineHasText = seenText = true;
                }
            }

            return false;
        }

        private bool IsTimedOut(BoilerplateRule rule) => timedOut?.Contains(rule) == true;
    }
}
