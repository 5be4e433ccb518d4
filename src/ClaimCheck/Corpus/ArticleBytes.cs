using System.Buffers;
using System.Text.Unicode;
using ClaimCheck.Rules;

namespace ClaimCheck.Corpus;

/// <summary>
/// Reads an article file as text, refusing what is not an article: too large, unreadable, binary,
/// not UTF-8. Each refusal is one diagnostic; the text keeps every byte's meaning (only a BOM goes).
/// </summary>
internal static class ArticleBytes
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>How far binary detection looks for a NUL byte, as git does.</summary>
    private const int BinaryProbeBytes = 8 * 1024;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static ParseResult<string> Read(string fullPath, string displayPath)
    {
        if (!File.Exists(fullPath))
        {
            return Fail(DiagnosticCodes.CorpusPathNotFound, displayPath, 0, 0, "no such file");
        }

        if (FileKind.IsSpecial(fullPath))
        {
            return Fail(DiagnosticCodes.NotRegularFile, displayPath, 0, 0, FileKind.NotRead);
        }

        byte[] bytes;
        try
        {
            var length = new FileInfo(fullPath).Length;
            if (length > MaxFileBytes)
            {
                return Fail(DiagnosticCodes.ArticleTooLarge, displayPath, 0, 0,
                    $"the file is {length / (1024.0 * 1024.0):0.0} MB; articles larger than {MaxFileBytes / (1024 * 1024)} MB are skipped");
            }

            // A link's own length is not its target's: the read itself stops past the limit.
            bytes = ReadAtMost(fullPath, MaxFileBytes + 1);
            if (bytes.Length > MaxFileBytes)
            {
                return Fail(DiagnosticCodes.ArticleTooLarge, displayPath, 0, 0,
                    $"the file is larger than {MaxFileBytes / (1024 * 1024)} MB; articles larger than that are skipped");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(DiagnosticCodes.UnreadableFile, displayPath, 0, 0, $"cannot read the file: {e.Message}");
        }

        var nul = bytes.AsSpan(0, Math.Min(bytes.Length, BinaryProbeBytes)).IndexOf((byte)0);
        if (nul >= 0)
        {
            return Fail(DiagnosticCodes.BinaryFile, displayPath, 0, 0, $"the file is binary (a NUL byte at byte {nul}), not an article");
        }

        var body = bytes.AsSpan();
        if (body.StartsWith(Utf8Bom))
        {
            body = body[Utf8Bom.Length..];
        }

        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var decoded = chars.AsSpan(0, charsWritten);
            var line = decoded.Count('\n') + 1;
            var column = charsWritten - (decoded.LastIndexOf('\n') + 1) + 1;
            var offset = bytesRead + (bytes.Length - body.Length);
            return Fail(DiagnosticCodes.InvalidUtf8, displayPath, line, column,
                $"the file is not valid UTF-8: byte 0x{body[bytesRead]:X2} at byte offset {offset} does not start a valid character");
        }

        return ParseResult<string>.Success(new string(chars, 0, charsWritten));
    }

    private static byte[] ReadAtMost(string fullPath, long limit)
    {
        using var file = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var bytes = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while (bytes.Length < limit && (read = file.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - bytes.Length))) > 0)
        {
            bytes.Write(chunk, 0, read);
        }

        return bytes.ToArray();
    }

    private static ParseResult<string> Fail(string code, string file, int line, int column, string message) =>
        ParseResult<string>.Failure(Diagnostic.Error(code, file, line, column, message));
}
