using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCheck.Rules;

namespace ClaimCheck.Reporting;

/// <summary>How ClaimCheck writes JSON everywhere: indented, '\n' newlines, non-ASCII kept readable.</summary>
internal static class JsonParts
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One JSON object, its members written by <paramref name="members"/>, as UTF-8 bytes (no BOM) ending with a newline.</summary>
    public static byte[] Document(Action<Utf8JsonWriter> members)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            members(json);
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    public static void WriteArray<T>(Utf8JsonWriter json, string name, ImmutableArray<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            writeItem(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteStrings(Utf8JsonWriter json, string name, ImmutableArray<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    public static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteString("file", diagnostic.File);
        json.WriteNumber("line", diagnostic.Line);
        json.WriteNumber("column", diagnostic.Column);
        json.WriteString("severity", diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning");
        json.WriteString("code", diagnostic.Code);
        json.WriteString("message", diagnostic.Message);
    }
}
