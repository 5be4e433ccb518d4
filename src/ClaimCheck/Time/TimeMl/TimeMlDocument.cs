using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ClaimCheck.Rules;
using ClaimCheck.Text;

namespace ClaimCheck.Time.TimeMl;

/// <summary>
/// A TimeML document: its id, its creation time (the DCT, from the TIMEX3 whose functionInDocument
/// is CREATION_TIME), the plain text of its TEXT element (tags removed, characters exactly as
/// written), and the TIMEX3 annotations inside TEXT as spans of that plain text.
/// </summary>
public sealed class TimeMlDocument
{
    private readonly XDocument xml;

    private TimeMlDocument(XDocument xml, string id, DateOnly created, string text, ImmutableArray<Timex> timexes, string path)
    {
        this.xml = xml;
        Id = id;
        Created = created;
        Text = text;
        Timexes = timexes;
        Path = path;
    }

    public string Id { get; }

    public DateOnly Created { get; }

    public string Text { get; }

    public ImmutableArray<Timex> Timexes { get; }

    public string Path { get; }

    public static ParseResult<TimeMlDocument> Read(string path) =>
        Parse(File.ReadAllText(path, Encoding.UTF8), path);

    /// <summary>Reads a TimeML document; a file that is not XML, or has no TEXT or no creation time, is a diagnostic.</summary>
    public static ParseResult<TimeMlDocument> Parse(string content, string path)
    {
        XDocument xml;
        try
        {
            xml = XDocument.Parse(content, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return Fail(path, e.LineNumber, e.LinePosition, $"not well-formed XML: {e.Message}");
        }

        var root = xml.Root!;
        var textElement = root.Descendants("TEXT").FirstOrDefault();
        if (textElement is null)
        {
            return Fail(path, 1, 1, "the document has no TEXT element");
        }

        var dct = root.Descendants("TIMEX3").FirstOrDefault(t => (string?)t.Attribute("functionInDocument") == "CREATION_TIME");
        var dctValue = (string?)dct?.Attribute("value");
        if (dctValue is null || dctValue.Length < 10 || !DateOnly.TryParseExact(dctValue[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var created))
        {
            var (line, column) = Position(dct ?? root);
            return Fail(path, line, column, dct is null ? "the document has no TIMEX3 with functionInDocument=\"CREATION_TIME\"" : $"the creation time '{dctValue}' is not a date");
        }

        var text = new StringBuilder();
        var timexes = ImmutableArray.CreateBuilder<Timex>();
        var problems = new List<Diagnostic>();
        Flatten(textElement, text, timexes, problems, path);
        var id = root.Element("DOCID")?.Value.Trim() is { Length: > 0 } docId ? docId : System.IO.Path.GetFileNameWithoutExtension(path);
        return ParseResult<TimeMlDocument>.Success(new TimeMlDocument(xml, id, created, text.ToString(), timexes.ToImmutable(), path), [.. problems]);
    }

    /// <summary>
    /// This document with its TEXT holding <paramref name="annotations"/> (non-overlapping, in any
    /// order) as TIMEX3 elements and no other tags; the characters of the text are unchanged.
    /// </summary>
    public string WriteWith(IEnumerable<Timex> annotations)
    {
        var copy = new XDocument(xml);
        var textElement = copy.Root!.Descendants("TEXT").First();
        var nodes = new List<XNode>();
        var at = 0;
        foreach (var timex in annotations.OrderBy(t => t.Span.Start))
        {
            Preconditions.CheckArgument(timex.Span.Start >= at && timex.Span.End <= Text.Length, nameof(annotations), "annotations must lie in the text and not overlap");
            if (timex.Span.Start > at)
            {
                nodes.Add(new XText(Text[at..timex.Span.Start]));
            }

            var element = new XElement("TIMEX3", new XAttribute("tid", timex.Tid), new XAttribute("type", timex.Type), new XAttribute("value", timex.Value));
            if (timex.Mod is { } mod)
            {
                element.Add(new XAttribute("mod", mod));
            }

            element.Add(new XText(Text.Substring(timex.Span.Start, timex.Span.Length)));
            nodes.Add(element);
            at = timex.Span.End;
        }

        if (at < Text.Length)
        {
            nodes.Add(new XText(Text[at..]));
        }

        textElement.ReplaceNodes(nodes);
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), NewLineHandling = NewLineHandling.None, Indent = false }))
        {
            copy.Save(writer);
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static void Flatten(XElement element, StringBuilder text, ImmutableArray<Timex>.Builder timexes, List<Diagnostic> problems, string path)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText piece:
                    text.Append(piece.Value);
                    break;
                case XElement child:
                    var start = text.Length;
                    Flatten(child, text, timexes, problems, path);
                    if (child.Name.LocalName == "TIMEX3")
                    {
                        var tid = (string?)child.Attribute("tid");
                        var type = (string?)child.Attribute("type");
                        if (string.IsNullOrWhiteSpace(tid) || string.IsNullOrWhiteSpace(type) || text.Length == start)
                        {
                            var (line, column) = Position(child);
                            problems.Add(Diagnostic.Warning(DiagnosticCodes.InvalidTimeMl, path, line, column, "a TIMEX3 without tid, type or text was skipped"));
                            break;
                        }

                        timexes.Add(new Timex(TextSpan.FromBounds(start, text.Length), tid, type, (string?)child.Attribute("value") ?? "", (string?)child.Attribute("mod")));
                    }

                    break;
            }
        }
    }

    private static (int Line, int Column) Position(XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (1, 1);

    private static ParseResult<TimeMlDocument> Fail(string path, int line, int column, string message) =>
        ParseResult<TimeMlDocument>.Failure(Diagnostic.Error(DiagnosticCodes.InvalidTimeMl, path, Math.Max(line, 1), Math.Max(column, 1), message));
}
