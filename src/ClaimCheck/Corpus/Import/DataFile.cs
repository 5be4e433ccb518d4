using System.Text;
using ClaimCheck.Rules;

namespace ClaimCheck.Corpus.Import;

/// <summary>Reads a third-party data file as text, turning what can go wrong into diagnostics.</summary>
internal static class DataFile
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The file's text, or null (with CC0008) when it cannot be read. Bytes that are not UTF-8
    /// (FA-KES carries a few stray Windows bytes) become U+FFFD with one CC0001 warning naming the
    /// first such line, since guessing their intended character would invent text.
    /// </summary>
    public static string? ReadText(string path, List<Diagnostic> diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, path, 0, 0, $"cannot read the file: {e.Message}"));
            return null;
        }

        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            var (firstLine, count) = InvalidBytes(bytes.AsSpan(start));
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.InvalidUtf8,
                path,
                firstLine,
                0,
                $"{count} byte(s) are not UTF-8 (first on line {firstLine}); each is read as U+FFFD"));
            return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
        }
    }

    private static (int FirstLine, int Count) InvalidBytes(ReadOnlySpan<byte> bytes)
    {
        var line = 1;
        var firstLine = 0;
        var count = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                count++;
                firstLine = firstLine == 0 ? line : firstLine;
            }
            else if (bytes[i] == (byte)'\n')
            {
                line++;
            }

            i += consumed;
        }

        return (firstLine, count);
    }

    /// <summary>1-based lines of a text, each with its number; a trailing empty line is not a line.</summary>
    public static IEnumerable<(int Number, string Text)> Lines(string text)
    {
        var number = 0;
        var start = 0;
        while (start < text.Length)
        {
            number++;
            var end = text.IndexOf('\n', start);
            var stop = end < 0 ? text.Length : end;
            var lineText = text[start..(stop > start && text[stop - 1] == '\r' ? stop - 1 : stop)];
            yield return (number, lineText);
            start = end < 0 ? text.Length : end + 1;
        }
    }
}
