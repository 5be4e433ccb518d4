namespace ClaimCheck.Text;

/// <summary>A half-open range of UTF-16 offsets [Start, End) into an article's original text.</summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int length)
    {
        Preconditions.CheckArgument(start >= 0, nameof(start), "must not be negative");
        Preconditions.CheckArgument(length >= 0, nameof(length), "must not be negative");
        Start = start;
        Length = length;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public TextSpan Union(TextSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public TextSpan Shift(int offset) => new(Start + offset, Length);

    public override string ToString() => $"[{Start}..{End})";
}
