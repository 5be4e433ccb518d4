using ClaimCheck.Rules;

namespace ClaimCheck.Corpus;

/// <summary>The files under a folder, and what the walk could not enter.</summary>
internal sealed record FolderContents(ImmutableArray<string> Files, ImmutableArray<FolderProblem> Problems);

/// <summary>A folder the walk did not enter: one it cannot read (an error) or a link to a folder, which it never follows (a warning).</summary>
internal sealed record FolderProblem(string FullPath, bool IsError, string Message);

/// <summary>
/// Walks a folder tree, each real folder once: links to folders are not followed, since a link to
/// '.' or to a parent would make the walk endless (and each copy of a file a duplicate). Hidden
/// and system entries (such as .git) are skipped. Files come in ordinal path order.
/// </summary>
internal static class FolderWalk
{
    private static readonly EnumerationOptions OneLevel = new() { RecurseSubdirectories = false, IgnoreInaccessible = false };

    /// <summary>The files under <paramref name="root"/>, never entering the folders <paramref name="skipped"/> (full paths).</summary>
    public static FolderContents Files(string root, ImmutableArray<string> skipped = default)
    {
        var skip = skipped.IsDefault ? [] : skipped.Select(Path.TrimEndingDirectorySeparator).ToHashSet(StringComparer.Ordinal);
        var files = new List<string>();
        var problems = new List<FolderProblem>();
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
        while (pending.TryPop(out var folder))
        {
            List<FileSystemInfo> entries;
            try
            {
                entries = [.. folder.EnumerateFileSystemInfos("*", OneLevel)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new FolderProblem(folder.FullName, IsError: true, $"cannot read the folder, so none of its files are checked: {e.Message}"));
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry is not DirectoryInfo subfolder)
                {
                    files.Add(entry.FullName);
                }
                else if (subfolder.LinkTarget is { } target)
                {
                    problems.Add(new FolderProblem(subfolder.FullName, IsError: false, $"a link to the folder '{target}' is not followed; give that folder itself to check it"));
                }
                else if (!skip.Contains(subfolder.FullName))
                {
                    pending.Push(subfolder);
                }
            }
        }

        return new FolderContents([.. files.Order(StringComparer.Ordinal)], [.. problems.OrderBy(p => p.FullPath, StringComparer.Ordinal)]);
    }
}
