using System.Globalization;
using Sitrep.Errors;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Sitrep.Aggregation;

/// <summary>
/// A ceasefire as data: who agreed to it, where it holds and when. <see cref="Parties"/> are actor
/// codes or their starts ("SYR" covers SYRMIL and SYRREB; "RUSMIL"), or group names ("Free Syrian
/// Army"); empty means everyone. <see cref="Area"/> entries are countries ("SY"), provinces
/// ("SY.09") or place names ("Khan Touman"); empty means anywhere. <see cref="End"/> null: still in force.
/// </summary>
public sealed record Ceasefire(string Name, IReadOnlyList<string> Parties, IReadOnlyList<string> Area, DateOnly Start, DateOnly? End, string? Note = null)
{
    /// <summary>Reads ceasefires from YAML: a list of {name, parties, area, start, end, note}.</summary>
    public static IReadOnlyList<Ceasefire> LoadYaml(string path, TextReader reader)
    {
        List<Entry>? entries;
        try
        {
            var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
            entries = deserializer.Deserialize<List<Entry>>(reader);
        }
        catch (YamlException ex)
        {
            throw new CeasefireException(new SitrepError(ErrorCode.InvalidCeasefire, path, ex.Start.Line, (ex.InnerException?.Message ?? ex.Message) + "."));
        }
        if (entries is null || entries.Count == 0)
            throw new CeasefireException(new SitrepError(ErrorCode.InvalidCeasefire, path, null, "no ceasefires in the file (expected a list of {name, parties, area, start, end})."));
        return entries.Select((e, i) => Create(e.Name, e.Parties, e.Area, e.Start, e.End, e.Note, $"{path} entry {i + 1}")).ToList();
    }

    /// <summary>Validates fields given as text (from YAML or the command line).</summary>
    public static Ceasefire Create(string? name, IEnumerable<string>? parties, IEnumerable<string>? area, string? start, string? end, string? note, string origin)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw Invalid(origin, "a ceasefire needs a name.");
        var first = ParseDate(start, origin, "start") ?? throw Invalid(origin, $"ceasefire '{name}' needs a start date (YYYY-MM-DD).");
        var last = ParseDate(end, origin, "end");
        if (last < first)
            throw Invalid(origin, $"ceasefire '{name}' ends ({last:yyyy-MM-dd}) before it starts ({first:yyyy-MM-dd}).");
        static List<string> Clean(IEnumerable<string>? values) => (values ?? []).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct().ToList();
        return new Ceasefire(name.Trim(), Clean(parties), Clean(area), first, last, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
    }

    private static DateOnly? ParseDate(string? text, string origin, string field)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim() is "null" or "~")
            return null;
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw Invalid(origin, $"{field} '{text}' is not a date (YYYY-MM-DD).");
    }

    private static CeasefireException Invalid(string origin, string message) => new(new SitrepError(ErrorCode.InvalidCeasefire, origin, null, message));

    /// <summary>The YAML shape; unknown fields are refused by the deserializer.</summary>
    private sealed class Entry
    {
        public string? Name { get; set; }
        public List<string>? Parties { get; set; }
        public List<string>? Area { get; set; }
        public string? Start { get; set; }
        public string? End { get; set; }
        public string? Note { get; set; }
    }
}

/// <summary>A ceasefire definition is invalid (SIT017).</summary>
public sealed class CeasefireException(SitrepError error) : Exception(error.ToString())
{
    public SitrepError Error { get; } = error;
}
