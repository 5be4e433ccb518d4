using System.Globalization;
using System.Text;

namespace ClaimCheck.Corpus.Import;

/// <summary>
/// Reads the Python <c>repr</c> of a list of flat dicts, as GVA stores participants:
/// <c>[{'Name': " Jackson O'Quinn", 'Age': ' 19'}, ...]</c>. Strings may use either quote, with
/// backslash escapes; scalar values may also be numbers, <c>None</c>, <c>True</c> or <c>False</c>.
/// Values come back as text (numbers in their literal form, booleans as written); <c>None</c> is
/// null. Nested containers inside a record are not part of this format and are an error.
/// </summary>
internal sealed class PythonLiteral
{
    private readonly string text;
    private int position;

    private PythonLiteral(string text) => this.text = text;

    /// <summary>The records, or null with <paramref name="error"/> saying what is wrong and where.</summary>
    public static ImmutableArray<ImmutableDictionary<string, string?>>? ReadRecords(string text, out string? error)
    {
        var reader = new PythonLiteral(text);
        try
        {
            var records = reader.ReadList();
            reader.SkipSpace();
            if (reader.position != text.Length)
            {
                throw reader.Fail("unexpected text after the list");
            }

            error = null;
            return records;
        }
        catch (FormatException e)
        {
            error = e.Message;
            return null;
        }
    }

    private ImmutableArray<ImmutableDictionary<string, string?>> ReadList()
    {
        Expect('[');
        var records = ImmutableArray.CreateBuilder<ImmutableDictionary<string, string?>>();
        SkipSpace();
        if (TryConsume(']'))
        {
            return records.ToImmutable();
        }

        while (true)
        {
            records.Add(ReadDict());
            SkipSpace();
            if (TryConsume(']'))
            {
                return records.ToImmutable();
            }

            Expect(',');
            SkipSpace();
            if (TryConsume(']'))
            {
                return records.ToImmutable();
            }
        }
    }

    private ImmutableDictionary<string, string?> ReadDict()
    {
        SkipSpace();
        Expect('{');
        var entries = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        SkipSpace();
        if (TryConsume('}'))
        {
            return entries.ToImmutable();
        }

        while (true)
        {
            SkipSpace();
            var keyAt = position;
            var key = ReadString();
            SkipSpace();
            Expect(':');
            SkipSpace();
            var value = ReadScalar();
            if (!entries.TryAdd(key, value))
            {
                position = keyAt;
                throw Fail($"the key '{key}' appears twice");
            }

            SkipSpace();
            if (TryConsume('}'))
            {
                return entries.ToImmutable();
            }

            Expect(',');
            SkipSpace();
            if (TryConsume('}'))
            {
                return entries.ToImmutable();
            }
        }
    }

    private string? ReadScalar()
    {
        if (position >= text.Length)
        {
            throw Fail("a value is missing");
        }

        var c = text[position];
        if (c is '\'' or '"')
        {
            return ReadString();
        }

        if (c is '[' or '{' or '(')
        {
            throw Fail("nested containers are not expected in a participant record");
        }

        var start = position;
        while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '.' or '-' or '+' or '_'))
        {
            position++;
        }

        var word = text[start..position];
        if (word == "None")
        {
            return null;
        }

        if (word is "True" or "False"
            || double.TryParse(word.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return word;
        }

        position = start;
        throw Fail(word.Length == 0 ? $"unexpected '{c}'" : $"'{word}' is not a Python literal");
    }

    private string ReadString()
    {
        if (position >= text.Length || text[position] is not ('\'' or '"'))
        {
            throw Fail("a quoted string is expected");
        }

        var quote = text[position];
        var start = position;
        position++;
        var value = new StringBuilder();
        while (position < text.Length)
        {
            var c = text[position++];
            if (c == quote)
            {
                return value.ToString();
            }

            if (c is '\n' or '\r')
            {
                break;
            }

            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            if (position >= text.Length)
            {
                break;
            }

            var escaped = text[position++];
            switch (escaped)
            {
                case '\\' or '\'' or '"':
                    value.Append(escaped);
                    break;
                case 'n':
                    value.Append('\n');
                    break;
                case 't':
                    value.Append('\t');
                    break;
                case 'r':
                    value.Append('\r');
                    break;
                case '0':
                    value.Append('\0');
                    break;
                case 'x':
                    value.Append(ReadCodePoint(2));
                    break;
                case 'u':
                    value.Append(ReadCodePoint(4));
                    break;
                case 'U':
                    value.Append(ReadCodePoint(8));
                    break;
                default:
                    // Python keeps the backslash of an escape it does not know.
                    value.Append('\\').Append(escaped);
                    break;
            }
        }

        position = start;
        throw Fail("a string is never closed");
    }

    private string ReadCodePoint(int digits)
    {
        if (position + digits > text.Length
            || !int.TryParse(text.AsSpan(position, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code > 0x10FFFF
            || code is >= 0xD800 and <= 0xDFFF)
        {
            throw Fail($"a \\{(digits == 2 ? "x" : digits == 4 ? "u" : "U")} escape needs {digits} hex digits of a valid code point");
        }

        position += digits;
        return char.ConvertFromUtf32(code);
    }

    private void SkipSpace()
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }

    private bool TryConsume(char c)
    {
        if (position < text.Length && text[position] == c)
        {
            position++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        if (!TryConsume(c))
        {
            throw Fail(position < text.Length ? $"expected '{c}' but found '{text[position]}'" : $"expected '{c}' but the text ends");
        }
    }

    private FormatException Fail(string message) => new($"{message} at character {position + 1}");
}
