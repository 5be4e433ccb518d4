using System.Text;

namespace ClaimCheck.Tests.Snapshots;

/// <summary>
/// A line diff in the form of <c>diff -u</c>: hunks of changed lines with three lines of context,
/// cut after a number of output lines so a failing snapshot stays readable.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>Above this many cells in the table of common subsequences, the changed middle is shown as replaced whole.</summary>
    private const long MaxTableCells = 16_000_000;

    private enum Op
    {
        Same,
        Removed,
        Added,
    }

    private readonly record struct Edit(Op Op, int OldLine, int NewLine, string Text);

    public static string Format(string[] expected, string[] actual, string expectedName, string actualName, int maxLines = 60)
    {
        var edits = Edits(expected, actual);
        var output = new StringBuilder();
        output.Append($"--- {expectedName}\n+++ {actualName}\n");
        var written = 0;
        var changedLeft = 0;
        foreach (var (from, to) in Hunks(edits))
        {
            var hunk = edits.Skip(from).Take(to - from).ToList();
            var oldStart = hunk[0].OldLine;
            var newStart = hunk[0].NewLine;
            var oldCount = hunk.Count(e => e.Op != Op.Added);
            var newCount = hunk.Count(e => e.Op != Op.Removed);
            if (written >= maxLines)
            {
                changedLeft += hunk.Count(e => e.Op != Op.Same);
                continue;
            }

            output.Append($"@@ -{oldStart},{oldCount} +{newStart},{newCount} @@\n");
            foreach (var edit in hunk)
            {
                if (written++ >= maxLines)
                {
                    changedLeft += edit.Op == Op.Same ? 0 : 1;
                    continue;
                }

                var mark = edit.Op switch { Op.Removed => '-', Op.Added => '+', _ => ' ' };
                output.Append(mark).Append(edit.Text).Append('\n');
            }
        }

        if (changedLeft > 0)
        {
            output.Append($"... and {changedLeft} more changed lines\n");
        }

        return output.ToString();
    }

    /// <summary>The edit script: common prefix and suffix are kept apart so the table covers only the changed middle.</summary>
    private static List<Edit> Edits(string[] a, string[] b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var edits = new List<Edit>();
        for (var i = 0; i < prefix; i++)
        {
            edits.Add(new Edit(Op.Same, i + 1, i + 1, a[i]));
        }

        var n = a.Length - prefix - suffix;
        var m = b.Length - prefix - suffix;
        if ((long)n * m > MaxTableCells)
        {
            for (var i = 0; i < n; i++)
            {
                edits.Add(new Edit(Op.Removed, prefix + i + 1, prefix + 1, a[prefix + i]));
            }

            for (var j = 0; j < m; j++)
            {
                edits.Add(new Edit(Op.Added, prefix + n + 1, prefix + j + 1, b[prefix + j]));
            }
        }
        else
        {
            // lcs[i, j]: length of the longest common subsequence of the middles from i and j on.
            var lcs = new int[n + 1, m + 1];
            for (var i = n - 1; i >= 0; i--)
            {
                for (var j = m - 1; j >= 0; j--)
                {
                    lcs[i, j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
                }
            }

            int x = 0, y = 0;
            while (x < n || y < m)
            {
                if (x < n && y < m && a[prefix + x] == b[prefix + y])
                {
                    edits.Add(new Edit(Op.Same, prefix + x + 1, prefix + y + 1, a[prefix + x]));
                    x++;
                    y++;
                }
                else if (x < n && (y == m || lcs[x + 1, y] >= lcs[x, y + 1]))
                {
                    edits.Add(new Edit(Op.Removed, prefix + x + 1, prefix + y + 1, a[prefix + x]));
                    x++;
                }
                else
                {
                    edits.Add(new Edit(Op.Added, prefix + x + 1, prefix + y + 1, b[prefix + y]));
                    y++;
                }
            }
        }

        for (var i = a.Length - suffix; i < a.Length; i++)
        {
            var j = i - a.Length + b.Length;
            edits.Add(new Edit(Op.Same, i + 1, j + 1, a[i]));
        }

        return edits;
    }

    /// <summary>Ranges [from, to) of the edit script that hold changes with their context; close ones merge.</summary>
    private static IEnumerable<(int From, int To)> Hunks(List<Edit> edits)
    {
        var changes = Enumerable.Range(0, edits.Count).Where(i => edits[i].Op != Op.Same).ToList();
        var k = 0;
        while (k < changes.Count)
        {
            var from = Math.Max(0, changes[k] - Context);
            var last = changes[k];
            while (k + 1 < changes.Count && changes[k + 1] - last <= 2 * Context)
            {
                last = changes[++k];
            }

            k++;
            yield return (from, Math.Min(edits.Count, last + Context + 1));
        }
    }
}
