using ClaimCheck.Rules;

namespace ClaimCheck;

/// <summary>An expected failure returned as a value: either a result or the diagnostics that prevented it.</summary>
public sealed record ParseResult<T>
    where T : class
{
    private ParseResult(T? value, ImmutableArray<Diagnostic> diagnostics)
    {
        Value = value;
        Diagnostics = diagnostics;
    }

    public T? Value { get; }

    /// <summary>Problems found; a successful result may still carry warnings.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public bool Succeeded => Value is not null;

    public static ParseResult<T> Success(T value, ImmutableArray<Diagnostic> warnings = default) =>
        new(Preconditions.CheckNotNull(value, nameof(value)), warnings.IsDefault ? [] : warnings);

    public static ParseResult<T> Failure(params Diagnostic[] diagnostics)
    {
        Preconditions.CheckArgument(diagnostics.Length > 0, nameof(diagnostics), "a failure needs a diagnostic");
        return new(null, [.. diagnostics]);
    }

    public static ParseResult<T> Failure(IEnumerable<Diagnostic> diagnostics) => Failure([.. diagnostics]);
}
