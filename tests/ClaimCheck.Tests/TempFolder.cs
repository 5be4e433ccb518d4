namespace ClaimCheck.Tests;

/// <summary>A fresh folder under the system temp folder for files made on the fly, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "claimcheck-")
    {
        Path = Directory.CreateTempSubdirectory(prefix).FullName;
    }

    public string Path { get; }

    /// <summary>Writes a file as UTF-8 without a byte order mark (creating its folders) and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var full = Prepare(relativePath);
        File.WriteAllText(full, text);
        return full;
    }

    /// <summary>Writes a file of exactly these bytes (creating its folders) and returns its full path.</summary>
    public string Write(string relativePath, byte[] bytes)
    {
        var full = Prepare(relativePath);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private string Prepare(string relativePath)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        return full;
    }
}
