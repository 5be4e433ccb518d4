using System.Text;

namespace ClaimCheck.Corpus.Import;

/// <summary>
/// One record of a CSV file: its fields and the 1-based line it starts on. A record the reader could
/// not make sense of carries a <see cref="Problem"/> and whatever fields it managed to read.
/// </summary>
internal sealed record CsvRecord(int Line, ImmutableArray<string> Fields, string? Problem);

/// <summary>
/// An RFC 4180 reader: comma-separated fields, optionally double-quoted; inside quotes, commas and
/// line breaks are data and <c>""</c> is one quote. Records end at LF or CRLF outside quotes.
/// </summary>
internal static class CsvReader
{
    public static IEnumerable<CsvRecord> Read(string text)
    {
        var fields = ImmutableArray.CreateBuilder<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        string? problem = null;
        var i = 0;
        var atFieldStart = true;

        while (i < text.Length)
        {
            var c = text[i];
            if (atFieldStart && c == '"')
            {
                var openedOn = line;
                i++;
                var closed = false;
                while (i < text.Length)
                {
                    c = text[i];
                    if (c == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        closed = true;
                        break;
                    }

                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                    i++;
                }

                if (!closed)
                {
                    problem ??= $"the quoted field opened on line {openedOn} is never closed";
                }
                else if (i < text.Length && text[i] is not (',' or '\n' or '\r'))
                {
                    problem ??= $"text follows the closing quote of a field on line {line}";
                }

                atFieldStart = false;
                continue;
            }

            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                    i++;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    i++;
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return new CsvRecord(recordLine, fields.ToImmutable(), problem);
                    fields.Clear();
                    problem = null;
                    atFieldStart = true;
                    i++;
                    line++;
                    recordLine = line;
                    break;
                default:
                    if (c == '"')
                    {
                        problem ??= $"a quote appears inside an unquoted field on line {line}";
                    }

                    field.Append(c);
                    atFieldStart = false;
                    i++;
                    break;
            }
        }

        // A final record without a line break still counts; an empty last line does not.
        if (fields.Count > 0 || field.Length > 0 || !atFieldStart)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(recordLine, fields.ToImmutable(), problem);
        }
    }
}
