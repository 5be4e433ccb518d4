using System.Globalization;
using System.Text.Json;
using ClaimCheck.Rules;

namespace ClaimCheck.Corpus.Import;

/// <summary>What happened to a GVA participant; the archive combines them ("Unharmed, Arrested").</summary>
[Flags]
public enum GvaStatus
{
    None = 0,
    Killed = 1,
    Injured = 2,
    Unharmed = 4,
    Arrested = 8,
}

/// <summary>One person in a GVA incident, as the archive lists them.</summary>
public sealed record GvaParticipant
{
    public GvaParticipant(string type, GvaStatus status)
    {
        Type = Preconditions.CheckNotBlank(type, nameof(type));
        Status = status;
    }

    /// <summary>"Victim" or "Subject-Suspect".</summary>
    public string Type { get; }

    public GvaStatus Status { get; }

    public string? Name { get; init; }

    public int? Age { get; init; }

    /// <summary>"Adult 18+", "Teen 12-17" or "Child 0-11".</summary>
    public string? AgeGroup { get; init; }

    public string? Gender { get; init; }

    /// <summary>The relationship between victim and suspect when the archive gives one ("Family").</summary>
    public string? Relationship { get; init; }
}

/// <summary>The Gun Violence Archive's structured facts about one incident, for scoring claims against.</summary>
public sealed record GvaIncident
{
    public GvaIncident(string incidentId, int line, DateOnly date, string state, string cityOrCounty, int killed, int injured, ImmutableArray<GvaParticipant> participants)
    {
        IncidentId = Preconditions.CheckNotBlank(incidentId, nameof(incidentId));
        Preconditions.CheckArgument(line >= 1, nameof(line), "lines are 1-based");
        Preconditions.CheckArgument(killed >= 0 && injured >= 0, nameof(killed), "counts are never negative");
        Preconditions.CheckArgument(!participants.IsDefault, nameof(participants), "participants must be initialized");
        Line = line;
        Date = date;
        State = Preconditions.CheckNotNull(state, nameof(state));
        CityOrCounty = Preconditions.CheckNotNull(cityOrCounty, nameof(cityOrCounty));
        Killed = killed;
        Injured = injured;
        Participants = participants;
    }

    public string IncidentId { get; }

    /// <summary>The line of incidents.jsonl that holds the incident.</summary>
    public int Line { get; }

    public DateOnly Date { get; }

    public string State { get; }

    public string CityOrCounty { get; }

    public string? Address { get; init; }

    public int Killed { get; }

    public int Injured { get; }

    public ImmutableArray<GvaParticipant> Participants { get; }

    public string? Url { get; init; }

    /// <summary>The archive's reports the incident appears in ("mass_shootings_2014").</summary>
    public ImmutableArray<string> Frames { get; init; } = [];
}

/// <summary>A GVA news article and the incident it reports (one article can report several incidents).</summary>
public sealed record GvaReport(string IncidentId, Article Article, int Line);

/// <summary>
/// GVA news imported: one <see cref="GvaReport"/> per line of articles.jsonl, the distinct articles
/// (a document listed under two incidents is one article), and what was skipped or doubtful.
/// </summary>
public sealed record GvaArticleImport(ImmutableArray<GvaReport> Reports, ImmutableArray<Article> Articles, ImmutableArray<Diagnostic> Diagnostics);

public sealed record GvaIncidentImport(ImmutableArray<GvaIncident> Incidents, ImmutableArray<Diagnostic> Diagnostics);

/// <summary>
/// Imports the Gun Violence Archive news corpus: <c>articles.jsonl</c> (incident_id, doc_id, title,
/// dct, uri, content) and <c>incidents.jsonl</c> (incident_uri, date, state, city_or_county,
/// address, num_killed, num_injured, participants, ...).
/// </summary>
public static class GvaImporter
{
    private const int IdHexLength = 12;

    public static GvaArticleImport ReadArticles(string path)
    {
        var diagnostics = new List<Diagnostic>();
        var text = DataFile.ReadText(path, diagnostics);
        return text is null ? new GvaArticleImport([], [], [.. diagnostics]) : ParseArticles(text, path, diagnostics);
    }

    public static GvaArticleImport ParseArticles(string jsonl, string sourcePath) => ParseArticles(jsonl, sourcePath, []);

    public static GvaIncidentImport ReadIncidents(string path)
    {
        var diagnostics = new List<Diagnostic>();
        var text = DataFile.ReadText(path, diagnostics);
        return text is null ? new GvaIncidentImport([], [.. diagnostics]) : ParseIncidents(text, path, diagnostics);
    }

    public static GvaIncidentImport ParseIncidents(string jsonl, string sourcePath) => ParseIncidents(jsonl, sourcePath, []);

    /// <summary>The outlet an article URI names: its host (<see cref="WebAddress.HostOf"/>). Null when the URI has no host.</summary>
    public static string? OutletOf(string uri) => WebAddress.HostOf(uri);

    private static GvaArticleImport ParseArticles(string jsonl, string sourcePath, List<Diagnostic> diagnostics)
    {
        var reports = ImmutableArray.CreateBuilder<GvaReport>();
        var articles = ImmutableArray.CreateBuilder<Article>();
        var byId = new Dictionary<string, (Article Article, string DocId, int Line)>(StringComparer.Ordinal);

        foreach (var (line, record) in JsonLines(jsonl, sourcePath, diagnostics))
        {
            void Skip(string code, string message) => diagnostics.Add(SkippedLine(code, sourcePath, line, message));

            var incidentId = Text(record, "incident_id").Trim();
            var docId = Text(record, "doc_id").Trim();
            var title = Text(record, "title").Trim();
            var content = Text(record, "content").Trim();
            var uri = Text(record, "uri");
            if (incidentId.Length == 0)
            {
                Skip(DiagnosticCodes.InvalidDataRecord, "incident_id is missing");
                continue;
            }

            if (docId.Length < IdHexLength || !docId.All(char.IsAsciiHexDigit))
            {
                Skip(DiagnosticCodes.InvalidDataRecord, $"doc_id '{docId}' is not a hex digest");
                continue;
            }

            var dct = Text(record, "dct").Trim();
            if (!DateOnly.TryParseExact(dct, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published))
            {
                Skip(DiagnosticCodes.MissingPublished, dct.Length == 0 ? "dct (the publication date) is missing" : $"dct '{dct}' is not a yyyy-MM-dd date");
                continue;
            }

            var outlet = OutletOf(uri);
            if (outlet is null)
            {
                Skip(DiagnosticCodes.InvalidDataRecord, $"uri '{uri}' names no host to take the outlet from");
                continue;
            }

            if (title.Length == 0 && content.Length == 0)
            {
                Skip(DiagnosticCodes.EmptyArticle, "the article has neither title nor content");
                continue;
            }

            var id = "gva-" + docId[..IdHexLength].ToLowerInvariant();
            if (byId.TryGetValue(id, out var earlier))
            {
                if (earlier.DocId != docId)
                {
                    Skip(DiagnosticCodes.DuplicateArticleId, $"doc_id {docId} shares its first {IdHexLength} characters with doc_id {earlier.DocId} on line {earlier.Line}");
                    continue;
                }

                reports.Add(new GvaReport(incidentId, earlier.Article, line));
                continue;
            }

            if (content.Length == 0)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.EmptyArticle, sourcePath, line, 0, $"{id} has a title but no content; only the title is imported"));
            }

            var body = content.Length == 0 ? title : title.Length == 0 ? content : $"{title}\n\n{content}";
            var article = new Article(id, outlet, published, body, sourcePath, line)
            {
                Title = title.Length == 0 ? null : title,
                Url = uri.Trim().Length == 0 ? null : uri.Trim(),
            };
            byId[id] = (article, docId, line);
            articles.Add(article);
            reports.Add(new GvaReport(incidentId, article, line));
        }

        return new GvaArticleImport(reports.ToImmutable(), articles.ToImmutable(), [.. diagnostics]);
    }

    private static GvaIncidentImport ParseIncidents(string jsonl, string sourcePath, List<Diagnostic> diagnostics)
    {
        var incidents = ImmutableArray.CreateBuilder<GvaIncident>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, record) in JsonLines(jsonl, sourcePath, diagnostics))
        {
            void Skip(string code, string message) => diagnostics.Add(SkippedLine(code, sourcePath, line, message));

            var id = Text(record, "incident_uri").Trim();
            if (id.Length == 0)
            {
                Skip(DiagnosticCodes.InvalidDataRecord, "incident_uri is missing");
                continue;
            }

            if (seen.TryGetValue(id, out var earlierLine))
            {
                Skip(DiagnosticCodes.InvalidDataRecord, $"incident {id} was already given on line {earlierLine}");
                continue;
            }

            var dateText = Text(record, "date").Trim();
            if (!DateOnly.TryParseExact(dateText, ["MMMM d, yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Skip(DiagnosticCodes.MissingPublished, $"date '{dateText}' is not a date like 'February 3, 2014'");
                continue;
            }

            if (!TryCount(record, "num_killed", out var killed) || !TryCount(record, "num_injured", out var injured))
            {
                Skip(DiagnosticCodes.InvalidDataRecord, "num_killed and num_injured must be counts");
                continue;
            }

            var participants = ReadParticipants(Text(record, "participants", "[]"), out var participantError);
            if (participants is null)
            {
                Skip(DiagnosticCodes.InvalidDataRecord, $"participants cannot be read: {participantError}");
                continue;
            }

            seen[id] = line;
            incidents.Add(new GvaIncident(
                id,
                line,
                date,
                Text(record, "state").Trim(),
                Text(record, "city_or_county").Trim(),
                killed,
                injured,
                participants.Value)
            {
                Address = NullIfBlank(Text(record, "address")),
                Url = NullIfBlank(Text(record, "incident_url")),
                Frames = Strings(record, "frames"),
            });
        }

        return new GvaIncidentImport(incidents.ToImmutable(), [.. diagnostics]);
    }

    /// <summary>
    /// Participants from the Python literal GVA stores them as. The archive pads every value with a
    /// leading space (' Victim'), which is trimmed; a record without a Type is not a participant.
    /// </summary>
    internal static ImmutableArray<GvaParticipant>? ReadParticipants(string literal, out string? error)
    {
        var records = PythonLiteral.ReadRecords(literal, out error);
        if (records is null)
        {
            return null;
        }

        var participants = ImmutableArray.CreateBuilder<GvaParticipant>(records.Value.Length);
        foreach (var (index, fields) in records.Value.Index())
        {
            string? Value(string key) => NullIfBlank(fields.GetValueOrDefault(key));

            var type = Value("Type");
            if (type is null)
            {
                error = $"participant {index + 1} has no Type";
                return null;
            }

            var status = GvaStatus.None;
            foreach (var part in (Value("Status") ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Enum.TryParse<GvaStatus>(part, ignoreCase: false, out var flag) || flag == GvaStatus.None || !Enum.IsDefined(flag))
                {
                    error = $"participant {index + 1} has the unknown status '{part}'";
                    return null;
                }

                status |= flag;
            }

            int? age = null;
            if (Value("Age") is { } ageText)
            {
                if (!int.TryParse(ageText, NumberStyles.None, CultureInfo.InvariantCulture, out var years))
                {
                    error = $"participant {index + 1} has the age '{ageText}', not a number";
                    return null;
                }

                age = years;
            }

            participants.Add(new GvaParticipant(type, status)
            {
                Name = Value("Name"),
                Age = age,
                AgeGroup = Value("Age Group"),
                Gender = Value("Gender"),
                Relationship = Value("Relationship"),
            });
        }

        return participants.MoveToImmutable();
    }

    /// <summary>The JSON object on each non-blank line; a line that is not one is a diagnostic.</summary>
    private static IEnumerable<(int Line, JsonElement Record)> JsonLines(string jsonl, string sourcePath, List<Diagnostic> diagnostics)
    {
        foreach (var (line, lineText) in DataFile.Lines(jsonl))
        {
            if (string.IsNullOrWhiteSpace(lineText))
            {
                continue;
            }

            if (ReadObject(lineText, out var error) is { } record)
            {
                yield return (line, record);
            }
            else
            {
                diagnostics.Add(SkippedLine(DiagnosticCodes.InvalidDataRecord, sourcePath, line, error));
            }
        }
    }

    private static Diagnostic SkippedLine(string code, string sourcePath, int line, string message) =>
        Diagnostic.Error(code, sourcePath, line, 0, $"{message}; the line is skipped");

    private static JsonElement? ReadObject(string line, out string error)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            error = "the line is not a JSON object";
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException e)
        {
            error = $"the line is not valid JSON: {e.Message}";
            return null;
        }
    }

    /// <summary>A string field, or a number field as written; <paramref name="absent"/> otherwise.</summary>
    private static string Text(JsonElement record, string key, string absent = "") =>
        !record.TryGetProperty(key, out var value) ? absent
        : value.ValueKind == JsonValueKind.String ? value.GetString()!
        : value.ValueKind == JsonValueKind.Number ? value.GetRawText()
        : absent;

    private static ImmutableArray<string> Strings(JsonElement record, string key) =>
        record.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];

    private static bool TryCount(JsonElement record, string key, out int count) =>
        int.TryParse(Text(record, key).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out count);

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
