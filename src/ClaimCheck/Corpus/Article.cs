using System.Runtime.CompilerServices;

namespace ClaimCheck.Corpus;

/// <summary>The order of day and month in an outlet's numeric dates: "03/04/2017" is March 4 month first, April 3 day first.</summary>
public enum DateOrder
{
    MonthFirst,
    DayFirst,
}

/// <summary>
/// One news article as loaded. <see cref="Text"/> is the body exactly as in the source (after the
/// front matter); every offset ClaimCheck reports is an offset into it.
/// </summary>
public sealed record Article
{
    public Article(string id, string outlet, DateOnly published, string text, string sourcePath, int bodyLine = 1)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Outlet = Preconditions.CheckNotBlank(outlet, nameof(outlet));
        Published = published;
        Text = Preconditions.CheckNotNull(text, nameof(text));
        SourcePath = Preconditions.CheckNotNull(sourcePath, nameof(sourcePath));
        Preconditions.CheckArgument(bodyLine >= 1, nameof(bodyLine), "lines are 1-based");
        BodyLine = bodyLine;
    }

    public string Id { get; }

    public string Outlet { get; }

    public DateOnly Published { get; }

    /// <summary>The publication time when the source gives one (with its offset).</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    public string? Byline { get; init; }

    public string Language { get; init; } = "en";

    /// <summary>How the outlet writes a numeric date whose first two parts could each be the month ("03/04/2017"); null: the rules' default.</summary>
    public DateOrder? DateOrder { get; init; }

    public string Text { get; }

    /// <summary>Where the article came from, as given to ClaimCheck (relative when it was relative).</summary>
    public string SourcePath { get; }

    /// <summary>The 1-based line of the source file on which <see cref="Text"/> begins.</summary>
    public int BodyLine { get; }

    /// <summary>1-based line and column in the source file of an offset into <see cref="Text"/>.</summary>
    public (int Line, int Column) SourcePosition(int offset)
    {
        Preconditions.CheckArgument(offset >= 0 && offset <= Text.Length, nameof(offset), "outside the text");
        var starts = LineStarts.GetValue(Text, FindLineStarts);
        var index = Array.BinarySearch(starts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (BodyLine + line, offset - starts[line] + 1);
    }

    /// <summary>
    /// Where each line of a text begins, found once per text (keyed by the string's identity, so the
    /// record's equality is untouched): a report quoting thousands of spans stays linear.
    /// </summary>
    private static readonly ConditionalWeakTable<string, int[]> LineStarts = new();

    private static int[] FindLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return [.. starts];
    }
}
