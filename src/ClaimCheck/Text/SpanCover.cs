namespace ClaimCheck.Text;

/// <summary>
/// Spans of one text, asked whether any of them contains a given span: a long article's figures
/// each asking this of all its claims cost time in the square of its length, and here it is a
/// binary search. Immutable.
/// </summary>
internal sealed class SpanCover
{
    private readonly TextSpan[] spans;

    /// <summary>For each span (in order of start), the furthest end of it and those before it.</summary>
    private readonly int[] furthestEnd;

    public SpanCover(IEnumerable<TextSpan> spans)
    {
        this.spans = [.. spans.OrderBy(s => s.Start)];
        furthestEnd = new int[this.spans.Length];
        for (var i = 0; i < this.spans.Length; i++)
        {
            furthestEnd[i] = Math.Max(this.spans[i].End, i > 0 ? furthestEnd[i - 1] : 0);
        }
    }

    /// <summary>Whether one of the spans contains <paramref name="span"/> (starts at or before it and ends at or after it).</summary>
    public bool Contains(TextSpan span)
    {
        var last = Sorted.FirstFrom(spans, span.Start + 1, s => s.Start) - 1;
        return last >= 0 && furthestEnd[last] >= span.End;
    }
}
