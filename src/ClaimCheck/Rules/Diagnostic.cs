namespace ClaimCheck.Rules;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>
/// A problem with an input file (article or rule), with a stable code so that users and tests
/// can rely on it. Line and column are 1-based; 0 means the position is not known.
/// </summary>
public sealed record Diagnostic
{
    public Diagnostic(string code, DiagnosticSeverity severity, string file, int line, int column, string message)
    {
        Preconditions.CheckArgument(DiagnosticCodes.IsKnown(code), nameof(code), $"unknown diagnostic code {code}");
        Preconditions.CheckArgument(line >= 0 && column >= 0, nameof(line), "positions are 1-based or 0 when unknown");
        Code = code;
        Severity = severity;
        File = file;
        Line = line;
        Column = column;
        Message = Preconditions.CheckNotBlank(message, nameof(message));
    }

    public string Code { get; }

    public DiagnosticSeverity Severity { get; }

    public string File { get; }

    public int Line { get; }

    public int Column { get; }

    public string Message { get; }

    public static Diagnostic Error(string code, string file, int line, int column, string message) =>
        new(code, DiagnosticSeverity.Error, file, line, column, message);

    public static Diagnostic Warning(string code, string file, int line, int column, string message) =>
        new(code, DiagnosticSeverity.Warning, file, line, column, message);

    /// <summary>
    /// A rule's pattern ran past its match timeout (CC0201): the diagnostic points at the rule and
    /// says where in which article; the rule is skipped there and the run goes on.
    /// </summary>
    public static Diagnostic RegexTimeout(string ruleId, string ruleFile, int line, int column, string where) =>
        RegexTimeout(ruleId, ruleFile, line, column, where, inRequirement: false);

    /// <summary>
    /// A rule's pattern, or the <c>requires</c> that gates it (<paramref name="inRequirement"/>),
    /// ran past its match timeout on a sentence of an article (CC0201); the rule is skipped there.
    /// </summary>
    public static Diagnostic RegexTimeout(string ruleId, string ruleFile, int line, int column, Corpus.Article article, int sentenceIndex, bool inRequirement = false) =>
        RegexTimeout(ruleId, ruleFile, line, column, SentenceOf(article, sentenceIndex), inRequirement);

    /// <summary>How a diagnostic names a sentence of an article: its number, the file and the article id.</summary>
    public static string SentenceOf(Corpus.Article article, int sentenceIndex) =>
        $"sentence {sentenceIndex + 1} of {article.SourcePath} (article '{article.Id}')";

    private static Diagnostic RegexTimeout(string ruleId, string ruleFile, int line, int column, string where, bool inRequirement) =>
        Warning(DiagnosticCodes.RegexTimeout, ruleFile, line, column,
            $"rule '{ruleId}' took longer than {PatternCompiler.MatchTimeout.TotalMilliseconds:0} ms{(inRequirement ? " in its 'requires'" : "")} on {where} and was skipped there");

    /// <summary>The conventional compiler form: <c>file(line,col): error CC0001: message</c>.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}({Line},{Column})" : File;
        var level = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{where}: {level} {Code}: {Message}";
    }
}
