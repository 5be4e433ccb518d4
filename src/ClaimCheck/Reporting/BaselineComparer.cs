using System.Text.Json;
using ClaimCheck.Consistency;

namespace ClaimCheck.Reporting;

/// <summary>
/// The identity of a finding across runs, for baseline comparison. It does not include the kind,
/// the id, the summary or the severity, so that a finding which changes kind (an agreement that
/// becomes a contradiction after a rule change) is seen as the same finding, changed:
/// <c>event id + slot + the set of (article id, evidence start offset) of its claims</c>, the
/// set sorted ordinally. It relies on event ids being stable for the same corpus and rules, which
/// the align stage guarantees by deriving them from content, not from run order.
/// </summary>
public static class FindingIdentity
{
    public static string Of(Finding finding) =>
        Of(finding.EventId, finding.Slot, finding.Claims.Select(c => (c.ArticleId, c.Evidence.Span.Start)));

    public static string Of(string eventId, string slot, IEnumerable<(string Article, int Start)> evidence)
    {
        var places = evidence
            .Distinct()
            .OrderBy(e => e.Article, StringComparer.Ordinal)
            .ThenBy(e => e.Start)
            .Select(e => $"{e.Article}@{e.Start}");
        return $"{eventId} | {slot} | {string.Join(", ", places)}";
    }
}

/// <summary>A finding as a previous JSON report recorded it.</summary>
public sealed record BaselineFinding(string Id, string Kind, string EventId, string Slot, string Summary, string Identity);

/// <summary>The findings of a previous JSON report, the <c>--baseline</c> of a CI run.</summary>
public sealed record Baseline(string Path, ImmutableArray<BaselineFinding> Findings);

/// <summary>A baseline, or why it could not be read (file and, for malformed JSON, line and column).</summary>
public sealed record BaselineReadResult(Baseline? Baseline, string? Error);

/// <summary>A finding that is in both runs under the same identity but with another kind.</summary>
public sealed record KindChange(BaselineFinding Before, Finding After);

/// <summary>How a run's findings differ from the baseline's.</summary>
public sealed record BaselineComparison(ImmutableArray<Finding> New, ImmutableArray<BaselineFinding> Gone, ImmutableArray<KindChange> ChangedKind, int Unchanged)
{
    public bool HasChanges => !New.IsEmpty || !Gone.IsEmpty || !ChangedKind.IsEmpty;
}

/// <summary>Reads a previous JSON report and compares a run's findings with it, by <see cref="FindingIdentity"/>.</summary>
public static class BaselineComparer
{
    /// <summary>Reads the report at <paramref name="path"/>; messages name it as <paramref name="shownAs"/> (default: the path).</summary>
    public static BaselineReadResult Read(string path, string? shownAs = null)
    {
        var shown = shownAs ?? path;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(null, $"{shown}: cannot read the baseline: {e.Message}");
        }

        return Parse(shown, bytes);
    }

    /// <summary>Parses a JSON report's findings; <paramref name="path"/> is only used in messages.</summary>
    public static BaselineReadResult Parse(string path, ReadOnlyMemory<byte> json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            // JsonException positions are 0-based and also appended to its message; say them once, 1-based.
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            var where = e.LineNumber is { } line ? $"({line + 1},{(e.BytePositionInLine ?? 0) + 1})" : "";
            return new(null, $"{path}{where}: the baseline is not valid JSON: {(cut > 0 ? message[..cut] : message)}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                return new(null, $"{path}: the baseline is not a ClaimCheck JSON report (no 'findings' array at the top)");
            }

            var read = ImmutableArray.CreateBuilder<BaselineFinding>();
            var index = 0;
            foreach (var item in findings.EnumerateArray())
            {
                index++;
                var finding = ReadFinding(item, out var problem);
                if (finding is null)
                {
                    return new(null, $"{path}: finding {index} of the baseline {problem}");
                }

                read.Add(finding);
            }

            return new(new Baseline(path, read.ToImmutable()), null);
        }
    }

    public static BaselineComparison Compare(Baseline baseline, ImmutableArray<Finding> current)
    {
        var before = baseline.Findings.GroupBy(f => f.Identity, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var added = ImmutableArray.CreateBuilder<Finding>();
        var changed = ImmutableArray.CreateBuilder<KindChange>();
        var unchanged = 0;
        var unmatched = new List<Finding>();
        foreach (var finding in current)
        {
            var candidates = before.GetValueOrDefault(FindingIdentity.Of(finding));
            var same = candidates?.FindIndex(b => b.Kind == ReportNames.Kind(finding.Kind)) ?? -1;
            if (same >= 0)
            {
                candidates!.RemoveAt(same);
                unchanged++;
            }
            else
            {
                unmatched.Add(finding);
            }
        }

        // Only after every exact match is taken may a leftover pair up as a change of kind.
        foreach (var finding in unmatched)
        {
            var candidates = before.GetValueOrDefault(FindingIdentity.Of(finding));
            if (candidates is { Count: > 0 })
            {
                changed.Add(new KindChange(candidates[0], finding));
                candidates.RemoveAt(0);
            }
            else
            {
                added.Add(finding);
            }
        }

        var left = new HashSet<BaselineFinding>(before.Values.SelectMany(l => l), ReferenceEqualityComparer.Instance);
        var gone = baseline.Findings.Where(left.Contains).ToImmutableArray();
        return new BaselineComparison(added.ToImmutable(), gone, changed.ToImmutable(), unchanged);
    }

    private static BaselineFinding? ReadFinding(JsonElement item, out string problem)
    {
        problem = "";
        if (item.ValueKind != JsonValueKind.Object)
        {
            problem = "is not an object";
            return null;
        }

        string? Text(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        var kind = Text(item, "kind");
        var eventId = Text(item, "event");
        var slot = Text(item, "slot");
        var missing = kind is null ? "kind" : eventId is null ? "event" : slot is null ? "slot" : null;
        if (missing is not null)
        {
            problem = $"has no string '{missing}'";
            return null;
        }

        if (!item.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
        {
            problem = "has no 'claims' array";
            return null;
        }

        var evidence = new List<(string, int)>();
        foreach (var claim in claims.EnumerateArray())
        {
            var article = claim.ValueKind == JsonValueKind.Object ? Text(claim, "article") : null;
            if (article is null || !claim.TryGetProperty("start", out var start) || !start.TryGetInt32(out var offset))
            {
                problem = $"has a claim without a string 'article' and a whole-number 'start' (event {eventId}, slot {slot})";
                return null;
            }

            evidence.Add((article, offset));
        }

        return new BaselineFinding(Text(item, "id") ?? "", kind!, eventId!, slot!, Text(item, "summary") ?? "", FindingIdentity.Of(eventId!, slot!, evidence));
    }
}
