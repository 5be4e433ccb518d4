using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Rules;

/// <summary>A YAML syntax error: 1-based position in the YAML text and a message without YamlDotNet's own position prefix.</summary>
internal sealed record YamlError(int Line, int Column, string Message);

/// <summary>Parses YAML (rule files, front matter, manifests); a syntax error is a value, not an exception.</summary>
internal static class YamlText
{
    /// <summary>
    /// How deep lists and mappings may nest. Rule files nest a few levels; YamlDotNet builds nodes
    /// by recursion, so text nested thousands of levels deep would overflow the stack and end the
    /// process, which no catch can stop: it is refused before its nodes are built.
    /// </summary>
    public const int MaxNesting = 100;

    /// <summary>The root node of the first document (null when there is none), or the syntax error.</summary>
    public static (YamlNode? Root, YamlError? Error) Parse(string yaml)
    {
        var parser = new NestingLimit(new Parser(new StringReader(yaml)));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            var paren = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith('(') && paren > 0)
            {
                message = message[(paren + 3)..];
            }

            return (null, new YamlError((int)e.Start.Line, (int)e.Start.Column, message));
        }
        catch (Exception e)
        {
            // YamlDotNet reports some malformed text with other exceptions (an unclosed '[' followed
            // by another key throws InvalidOperationException): the text is as broken, and the last
            // event read is where parsing stopped.
            var at = parser.Current?.Start ?? Mark.Empty;
            return (null, new YamlError((int)at.Line, (int)at.Column, $"the YAML cannot be read past this point ({e.Message})"));
        }

        return (stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode, null);
    }

    /// <summary>Passes the parser's events on, and stops with a syntax error at a list or mapping nested deeper than <see cref="MaxNesting"/>.</summary>
    private sealed class NestingLimit(IParser inner) : IParser
    {
        private int depth;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext())
            {
                return false;
            }

            switch (inner.Current)
            {
                case SequenceStart or MappingStart when ++depth > MaxNesting:
                    throw new YamlException(inner.Current.Start, inner.Current.End,
                        $"lists and mappings nest deeper than {MaxNesting} levels here; ClaimCheck reads no YAML nested that deep");
                case SequenceEnd or MappingEnd:
                    depth--;
                    break;
            }

            return true;
        }
    }
}
