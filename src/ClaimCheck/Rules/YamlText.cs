using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Rules;

/// <summary>A YAML syntax error: 1-based position in the YAML text and a message without YamlDotNet's own position prefix.</summary>
internal sealed record YamlError(int Line, int Column, string Message);

/// <summary>Parses YAML (rule files, front matter, manifests); a syntax error is a value, not an exception.</summary>
internal static class YamlText
{
    /// <summary>The root node of the first document (null when there is none), or the syntax error.</summary>
    public static (YamlNode? Root, YamlError? Error) Parse(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
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

        return (stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode, null);
    }
}
