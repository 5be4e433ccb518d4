using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Rules;

/// <summary>
/// Typed, position-aware access to a YAML mapping in a rule file. Every wrong type, missing key
/// or unknown key becomes a diagnostic at the node's line and column; accessors then return
/// null or empty so the loader can skip the one broken rule and go on.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode node;

    public YamlMap(YamlMappingNode node, string file, DiagnosticBag diagnostics)
    {
        this.node = node;
        File = file;
        Diagnostics = diagnostics;
    }

    public string File { get; }

    public DiagnosticBag Diagnostics { get; }

    public int Line => (int)node.Start.Line;

    public int Column => (int)node.Start.Column;

    public IEnumerable<string> Keys => node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public bool Has(string key) => Find(key) is not null;

    /// <summary>Whether the key holds a mapping; unlike <see cref="Map"/>, reports nothing when it does not.</summary>
    public bool IsMapping(string key) => Find(key) is YamlMappingNode;

    /// <summary>Reports every key not in <paramref name="allowed"/>; returns false when there was one.</summary>
    public bool CheckKeys(params string[] allowed)
    {
        var ok = true;
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                ok = false;
                var hint = Suggest(name, allowed);
                Error(DiagnosticCodes.UnknownKey, key, $"unknown key '{name}'{hint}; expected one of: {string.Join(", ", allowed)}");
            }
        }

        return ok;
    }

    public string? String(string key, bool required = false)
    {
        var value = Find(key);
        if (value is null)
        {
            return Missing<string>(key, required);
        }

        if (value is YamlScalarNode scalar)
        {
            return scalar.Value ?? "";
        }

        Error(DiagnosticCodes.InvalidValue, value, $"'{key}' must be a single value");
        return null;
    }

    public int? Int(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        Error(DiagnosticCodes.InvalidValue, Find(key)!, $"'{key}' must be a whole number, not '{text}'");
        return null;
    }

    public decimal? Decimal(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        Error(DiagnosticCodes.InvalidValue, Find(key)!, $"'{key}' must be a number, not '{text}'");
        return null;
    }

    public bool? Bool(string key)
    {
        var text = String(key);
        return text switch
        {
            null => null,
            "true" or "yes" => true,
            "false" or "no" => false,
            _ => Invalid<bool?>(key, "must be true or false"),
        };
    }

    /// <summary>A tz database zone id ("Asia/Damascus"); one the system's tz database lacks is an error, for no clock could be read in it.</summary>
    public string? TimeZone(string key, bool required = false)
    {
        var id = String(key, required);
        if (id is null)
        {
            return null;
        }

        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(id);
            return id;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return Invalid<string>(key, $"'{id}' is no zone of the tz database here");
        }
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        return Invalid<DateOnly?>(key, $"must be a date as yyyy-mm-dd, not '{text}'");
    }

    public YamlMap? Map(string key, bool required = false)
    {
        var value = Find(key);
        if (value is null)
        {
            return Missing<YamlMap>(key, required);
        }

        if (value is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, File, Diagnostics);
        }

        Error(DiagnosticCodes.InvalidValue, value, $"'{key}' must be a mapping of keys");
        return null;
    }

    /// <summary>A list of mappings; items that are not mappings are reported and left out.</summary>
    public ImmutableArray<YamlMap> Maps(string key, bool required = false)
    {
        var value = Find(key);
        if (value is null)
        {
            Missing<object>(key, required);
            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            Error(DiagnosticCodes.InvalidValue, value, $"'{key}' must be a list");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<YamlMap>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                result.Add(new YamlMap(mapping, File, Diagnostics));
            }
            else
            {
                Error(DiagnosticCodes.InvalidValue, item, $"each item of '{key}' must be a mapping of keys");
            }
        }

        return result.ToImmutable();
    }

    /// <summary>A list of strings; a single string is accepted as a list of one.</summary>
    public ImmutableArray<string> Strings(string key, bool required = false)
    {
        var value = Find(key);
        switch (value)
        {
            case null:
                Missing<object>(key, required);
                return [];
            case YamlScalarNode scalar:
                return [scalar.Value ?? ""];
            case YamlSequenceNode sequence:
                var result = ImmutableArray.CreateBuilder<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode s)
                    {
                        result.Add(s.Value ?? "");
                    }
                    else
                    {
                        Error(DiagnosticCodes.InvalidValue, item, $"each item of '{key}' must be a single value");
                    }
                }

                return result.ToImmutable();
            default:
                Error(DiagnosticCodes.InvalidValue, value, $"'{key}' must be a list of values");
                return [];
        }
    }

    /// <summary>A mapping of string to string, in file order (e.g. fragments, lexicons).</summary>
    public ImmutableArray<KeyValuePair<string, string>> StringPairs(string key, bool required = false)
    {
        var map = Map(key, required);
        if (map is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
        foreach (var (k, v) in map.node.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            if (v is YamlScalarNode scalar)
            {
                result.Add(new(name, scalar.Value ?? ""));
            }
            else
            {
                Error(DiagnosticCodes.InvalidValue, v, $"'{key}.{name}' must be a single value");
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The position of a key's value, for diagnostics raised later (e.g. when a pattern fails to compile).</summary>
    public (int Line, int Column) PositionOf(string key)
    {
        var value = Find(key);
        return value is null ? (Line, Column) : ((int)value.Start.Line, (int)value.Start.Column);
    }

    public void Error(string code, string key, string message)
    {
        var (line, column) = PositionOf(key);
        Diagnostics.Add(Diagnostic.Error(code, File, line, column, message));
    }

    public void Warning(string code, string key, string message)
    {
        var (line, column) = PositionOf(key);
        Diagnostics.Add(Diagnostic.Warning(code, File, line, column, message));
    }

    private YamlNode? Find(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private T? Missing<T>(string key, bool required)
        where T : class
    {
        if (required)
        {
            Diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingKey, File, Line, Column, $"missing required key '{key}'"));
        }

        return null;
    }

    private T? Invalid<T>(string key, string message)
    {
        Error(DiagnosticCodes.InvalidValue, key, $"'{key}' {message}");
        return default;
    }

    private void Error(string code, YamlNode at, string message) =>
        Diagnostics.Add(Diagnostic.Error(code, File, (int)at.Start.Line, (int)at.Start.Column, message));

    private static string Suggest(string name, string[] allowed)
    {
        var best = allowed
            .Select(a => (Key: a, Score: FuzzySharp.Fuzz.Ratio(a, name)))
            .OrderByDescending(p => p.Score)
            .FirstOrDefault();
        return best.Score >= 75 ? $" (did you mean '{best.Key}'?)" : "";
    }
}
