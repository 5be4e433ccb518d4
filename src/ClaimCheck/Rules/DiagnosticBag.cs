namespace ClaimCheck.Rules;

/// <summary>Collects diagnostics while a stage loads or runs; thread-safe, since articles run in parallel.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];
    private readonly Lock gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (gate)
        {
            items.Add(diagnostic);
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (gate)
            {
                return items.Exists(d => d.Severity == DiagnosticSeverity.Error);
            }
        }
    }

    /// <summary>The diagnostics in a stable order: file, line, column, code, message.</summary>
    public ImmutableArray<Diagnostic> ToImmutable()
    {
        lock (gate)
        {
            return [.. items.Distinct()
                .OrderBy(d => d.File, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)];
        }
    }
}
