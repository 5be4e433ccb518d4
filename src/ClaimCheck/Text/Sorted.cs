namespace ClaimCheck.Text;

/// <summary>Binary search in lists kept in the order of a text offset.</summary>
internal static class Sorted
{
    /// <summary>
    /// The index of the first item whose offset is at or after <paramref name="offset"/>, or the
    /// count when there is none, in a list ordered by that offset.
    /// </summary>
    public static int FirstFrom<T>(IReadOnlyList<T> items, int offset, Func<T, int> offsetOf)
    {
        var (low, high) = (0, items.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (offsetOf(items[middle]) < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
