using System.Buffers;
using System.Text;
using System.Text.Unicode;
using ClaimCheck.Rules;

namespace ClaimCheck.Corpus;

/// <summary>
/// Reads an article file as text (UTF-8, or UTF-16 with its byte order mark), refusing what is not
/// an article: not a regular file, too large, unreadable, binary, neither encoding. Each refusal is
/// one diagnostic; the text keeps every character's place (a BOM goes, a lone carriage return
/// becomes a line feed).
/// </summary>
internal static class ArticleBytes
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>How far binary detection looks for a NUL byte, as git does.</summary>
    private const int BinaryProbeBytes = 8 * 1024;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];

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

        if (bytes.AsSpan().StartsWith(Utf16LittleEndianBom) || bytes.AsSpan().StartsWith(Utf16BigEndianBom))
        {
            return DecodeUtf16(bytes, displayPath);
        }

        var probe = bytes.AsSpan(0, Math.Min(bytes.Length, BinaryProbeBytes));
        var nul = probe.IndexOf((byte)0);
        if (nul >= 0)
        {
            return LooksLikeUtf16(probe)
                ? Fail(DiagnosticCodes.InvalidUtf8, displayPath, 0, 0, "the file looks like UTF-16 text without a byte order mark; save it as UTF-8 (or UTF-16 with its byte order mark)")
                : Fail(DiagnosticCodes.BinaryFile, displayPath, 0, 0, $"the file is binary (a NUL byte at byte {nul}), not an article");
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

        return ParseResult<string>.Success(WithLineFeeds(chars.AsSpan(0, charsWritten)));
    }

    /// <summary>UTF-16 with its byte order mark, as some Windows editors save text; the mark goes, as a UTF-8 one does.</summary>
    private static ParseResult<string> DecodeUtf16(byte[] bytes, string displayPath)
    {
        var bigEndian = bytes.AsSpan().StartsWith(Utf16BigEndianBom);
        try
        {
            var text = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
            return text.Contains('\0')
                ? Fail(DiagnosticCodes.BinaryFile, displayPath, 0, 0, "the file is binary (a NUL character in UTF-16), not an article")
                : ParseResult<string>.Success(WithLineFeeds(text));
        }
        catch (DecoderFallbackException e)
        {
            return Fail(DiagnosticCodes.InvalidUtf8, displayPath, 0, 0, $"the file starts as UTF-16 ({(bigEndian ? "big" : "little")}-endian) but is not valid UTF-16: {e.Message}");
        }
    }

    /// <summary>Text in UTF-16 without a mark: in a stretch of mostly Latin text, NUL bytes fill every other byte, and only those.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> probe)
    {
        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < probe.Length; i++)
        {
            if (probe[i] != 0)
            {
                continue;
            }

            if (i % 2 == 0)
            {
                evenNuls++;
            }
            else
            {
                oddNuls++;
            }
        }

        var half = probe.Length / 2;
        return half > 0 && (evenNuls == 0 || oddNuls == 0) && Math.Max(evenNuls, oddNuls) * 2 >= half;
    }

    /// <summary>
    /// A carriage return alone (old Mac line ends) becomes a line feed, which every stage reads as
    /// the end of a line; one character for one, so every offset still points at the same place in the file.
    /// </summary>
    private static string WithLineFeeds(ReadOnlySpan<char> text)
    {
        var first = text.IndexOf('\r');
        if (first < 0)
        {
            return new string(text);
        }

        var chars = text.ToArray();
        for (var i = first; i < chars.Length; i++)
        {
            if (chars[i] == '\r' && (i + 1 == chars.Length || chars[i + 1] != '\n'))
            {
                chars[i] = '\n';
            }
        }

        return new string(chars);
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
