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
