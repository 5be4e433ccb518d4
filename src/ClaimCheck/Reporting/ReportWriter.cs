using System.Text;

namespace ClaimCheck.Reporting;

/// <summary>The report formats ClaimCheck writes.</summary>
[Flags]
public enum ReportFormats
{
    None = 0,
    Markdown = 1,
    Json = 2,
    Html = 4,
}

/// <summary>Writes a report in the chosen formats to a folder: <c>report.md</c>, <c>report.json</c>, <c>report.html</c>.</summary>
public static class ReportWriter
{
    public const ReportFormats DefaultFormats = ReportFormats.Markdown | ReportFormats.Json;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The file name a format is written to.</summary>
    private static string FileName(ReportFormats format) => format switch
    {
        ReportFormats.Markdown => "report.md",
        ReportFormats.Json => "report.json",
        ReportFormats.Html => "report.html",
        _ => throw new ArgumentException($"not a single format: {format}", nameof(format)),
    };

    /// <summary>Writes each chosen format (creating the folder) and returns the paths written, in format order.</summary>
    public static ImmutableArray<string> Write(Report report, string outDir, ReportFormats formats)
    {
        Preconditions.CheckArgument(formats != ReportFormats.None, nameof(formats), "choose at least one format");
        Directory.CreateDirectory(outDir);
        var written = ImmutableArray.CreateBuilder<string>();
        foreach (var format in new[] { ReportFormats.Markdown, ReportFormats.Json, ReportFormats.Html })
        {
            if (!formats.HasFlag(format))
            {
                continue;
            }

            var path = Path.Combine(outDir, FileName(format));
            if (format == ReportFormats.Json)
            {
                File.WriteAllBytes(path, JsonReportWriter.Render(report));
            }
            else
            {
                var text = format == ReportFormats.Markdown ? MarkdownReportWriter.Render(report) : HtmlReportWriter.Render(report);
                File.WriteAllText(path, text, Utf8NoBom);
            }

            written.Add(path);
        }

        return written.ToImmutable();
    }

    /// <summary>
    /// Reads a comma-separated list of format names (<c>md</c> or <c>markdown</c>, <c>json</c>,
    /// <c>html</c>); returns false with a message naming the unknown one.
    /// </summary>
    public static bool TryParseFormats(string text, out ReportFormats formats, out string? error)
    {
        formats = ReportFormats.None;
        error = null;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            ReportFormats? format = part.ToLowerInvariant() switch
            {
                "md" or "markdown" => ReportFormats.Markdown,
                "json" => ReportFormats.Json,
                "html" => ReportFormats.Html,
                _ => null,
            };
            if (format is null)
            {
                error = $"unknown report format '{part}'; expected md, json or html, separated by commas";
                return false;
            }

            formats |= format.Value;
        }

        if (formats == ReportFormats.None)
        {
            error = "no report format given; expected md, json or html, separated by commas";
            return false;
        }

        return true;
    }
}
