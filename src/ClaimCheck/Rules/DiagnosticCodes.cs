namespace ClaimCheck.Rules;

/// <summary>
/// Every diagnostic code ClaimCheck emits. Codes are stable: tools and users match on them, so a
/// code is never reused for another meaning. CC00xx are about articles and corpora, CC01xx about
/// rule files, CC02xx about running rules. CC00xx also cover the other inputs a command reads:
/// imported data sets, TimeML and expected findings.
/// </summary>
public static class DiagnosticCodes
{
    public const string InvalidUtf8 = "CC0001";
    public const string EmptyArticle = "CC0002";
    public const string BrokenFrontMatter = "CC0003";
    public const string MissingPublished = "CC0004";
    public const string DuplicateArticleId = "CC0005";
    public const string BinaryFile = "CC0006";
    public const string ArticleTooLarge = "CC0007";
    public const string UnreadableFile = "CC0008";
    public const string UnknownFrontMatterKey = "CC0009";
    public const string CorpusPathNotFound = "CC0010";
    public const string InvalidManifest = "CC0011";
    public const string NotRegularFile = "CC0012";
    public const string FolderLinkNotFollowed = "CC0013";
    public const string ArticleFailed = "CC0015";
    public const string InvalidDataRecord = "CC0020";
    public const string InvalidTimeMl = "CC0021";
    public const string InvalidExpectedFindings = "CC0030";

    public const string YamlSyntax = "CC0101";
    public const string UnknownKey = "CC0102";
    public const string MissingKey = "CC0103";
    public const string InvalidRegex = "CC0104";
    public const string UnknownFragment = "CC0105";
    public const string UnnamedGroup = "CC0106";
    public const string DuplicateRuleId = "CC0107";
    public const string InvalidValue = "CC0108";
    public const string NoExamples = "CC0109";
    public const string UnknownReference = "CC0110";
    public const string AmbiguousAlias = "CC0111";
    public const string OverlappingRolePeriods = "CC0112";
    public const string BackgroundTable = "CC0113";
    public const string MissingPolicies = "CC0114";

    public const string RegexTimeout = "CC0201";

    private static readonly ImmutableDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        [InvalidUtf8] = "the article file is not valid UTF-8 (nor UTF-16 with its byte order mark)",
        [EmptyArticle] = "the article has no text",
        [BrokenFrontMatter] = "the article's YAML front matter cannot be read",
        [MissingPublished] = "the article has no usable publication date",
        [DuplicateArticleId] = "two articles share one id",
        [BinaryFile] = "the file is binary, not text",
        [ArticleTooLarge] = "the article file is larger than the limit",
        [UnreadableFile] = "the file or folder cannot be read",
        [UnknownFrontMatterKey] = "the front matter has a key ClaimCheck does not know",
        [CorpusPathNotFound] = "a corpus path does not exist",
        [InvalidManifest] = "the corpus manifest cannot be read",
        [NotRegularFile] = "the path is a pipe, socket or device, not a regular file, and is not read",
        [FolderLinkNotFollowed] = "a link to a folder inside a folder being read is not followed",
        [ArticleFailed] = "ClaimCheck itself failed on the article (a bug); the article is skipped and the run exits with 3",
        [InvalidDataRecord] = "a record of an imported data set (CSV row, JSON line) is malformed and was skipped",
        [InvalidTimeMl] = "a TimeML file cannot be read: not XML, no TEXT, no creation time, or a broken TIMEX3",
        [InvalidExpectedFindings] = "the expected-findings file given to --expect, or one of its entries, is malformed",
        [YamlSyntax] = "the rule file is not valid YAML",
        [UnknownKey] = "the rule file has a key the schema does not know",
        [MissingKey] = "a required key is missing",
        [InvalidRegex] = "a pattern is not a valid regular expression",
        [UnknownFragment] = "a pattern references a fragment that does not exist",
        [UnnamedGroup] = "a pattern uses an unnamed group; name it or make it non-capturing",
        [DuplicateRuleId] = "two rules share one id",
        [InvalidValue] = "a value has the wrong type or form",
        [NoExamples] = "a rule has no examples",
        [UnknownReference] = "a rule refers to an entity, lexicon or slot that does not exist",
        [AmbiguousAlias] = "one name or alias is given to two entities; it is kept for the first",
        [OverlappingRolePeriods] = "two people hold one role over overlapping periods",
        [BackgroundTable] = "the background table of word frequencies for story grouping is missing or has a malformed line",
        [MissingPolicies] = "the rule pack's policies folder has no policies.yaml, so slots and stories are compared with the built-in defaults",
        [RegexTimeout] = "a pattern took longer than its match timeout and was skipped for this text",
    }.ToImmutableDictionary();

    public static bool IsKnown(string code) => Descriptions.ContainsKey(code);

    public static string Describe(string code) => Descriptions[code];

    public static IEnumerable<string> All => Descriptions.Keys.Order(StringComparer.Ordinal);
}
