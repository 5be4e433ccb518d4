namespace ClaimCheck;

/// <summary>Invariant checks for constructors, in the manner of NodaTime's Preconditions.</summary>
internal static class Preconditions
{
    public static void CheckArgument(bool condition, string parameter, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, parameter);
        }
    }

    public static T CheckNotNull<T>(T? value, string parameter)
        where T : class =>
        value ?? throw new ArgumentNullException(parameter);

    public static string CheckNotBlank(string? value, string parameter) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("must not be blank", parameter) : value;
}
