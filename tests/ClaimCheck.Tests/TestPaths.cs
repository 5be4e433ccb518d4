using NUnit.Framework;

namespace ClaimCheck.Tests;

/// <summary>Where the repository, its rule pack and the third-party data beside it are, from a test run.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimCheck.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository root (ClaimCheck.sln) above the test directory");
    });

    public static string Repository => Root.Value;

    public static string Rules => Path.Combine(Repository, "rules");

    public static string Samples => Path.Combine(Repository, "samples");

    /// <summary>The third-party data beside the repository (../shared); read it, never copy it.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Repository, "..", "shared"));

    public static string Seeds => Path.Combine(Shared, "corpus", "seeds");

    /// <summary>Skips the calling test when the shared data is not beside the repository.</summary>
    public static string RequireShared(params string[] parts)
    {
        var path = Path.Combine([Shared, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Ignore($"{path} is not available");
        }

        return path;
    }
}
