using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Sitrep.Aggregation;

namespace Sitrep.Output;

/// <summary>
/// Stored events as CSV, JSON Lines or GeoJSON. Column names follow ACLED and GDELT where they fit
/// (event_date, actor1, admin1, latitude, geo_precision, fatalities, source, notes); the list is in
/// docs/output-format.md.
/// </summary>
public static class EventExport
{
    public static readonly string[] CsvColumns =
    [
        "event_id", "article_id", "article_key", "event_date", "date_first", "date_last", "date_precision", "year",
        "cameo_code", "cameo_root", "event_type", "actor1", "actor1_text", "actor1_group", "actor1_inherited",
        "actor2", "actor2_text", "actor2_group", "modality", "claimed_by", "claimed_by_text",
        "location", "country", "admin1", "admin1_name", "latitude", "longitude", "geo_precision", "geonameid",
        "fatalities", "fatalities_text", "source", "source_url", "trigger", "notes",
    ];

    private static string?[] Row(EventRecord e) =>
    [
        e.Id.ToString(CultureInfo.InvariantCulture), e.ArticleId.ToString(CultureInfo.InvariantCulture), e.ArticleKey,
        e.DateLabel, e.DateFirst, e.DateLast, e.DatePrecision, e.DateFirst?[..4],
        e.Cameo, e.Root, e.Plover, string.Join("+", e.Actor1Codes), e.Actor1Text, string.Join("+", e.Actor1GroupNames), e.Actor1Inherited ? "true" : "false",
        string.Join("+", e.Actor2Codes), e.Actor2Text, string.Join("+", e.Actor2GroupNames), e.Modality, string.Join("+", e.ClaimedByCodes), e.ClaimedByText,
        e.PlaceText ?? e.PlaceName, e.Country, e.Admin1, e.Admin1Name, e.Lat?.ToString("R", CultureInfo.InvariantCulture), e.Lon?.ToString("R", CultureInfo.InvariantCulture),
        e.PlacePrecision, e.GeonameId?.ToString(CultureInfo.InvariantCulture),
        e.Fatalities?.ToString(CultureInfo.InvariantCulture), e.FatalitiesText, e.Source, e.Url, e.TriggerWord, e.Evidence,
    ];

    public static void WriteCsv(TextWriter output, IEnumerable<EventRecord> events)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (string column in CsvColumns)
            csv.WriteField(column);
        csv.NextRecord();
        foreach (var e in events)
        {
            foreach (string? field in Row(e))
                csv.WriteField(field ?? "");
            csv.NextRecord();
        }
    }

    public static void WriteJsonl(Stream output, IEnumerable<EventRecord> events)
    {
        foreach (var e in events)
        {
            using (var json = new Utf8JsonWriter(output))
                WriteProperties(json, e, wrap: true);
            output.WriteByte((byte)'\n');
        }
    }

    /// <summary>
    /// A FeatureCollection with one Feature per event: a Point at the event's coordinates ([lon, lat])
    /// or a null geometry when the place is unknown; <c>geo_precision</c> says how much the point
    /// means ("admin1": the province's label point, not where it happened).
    /// </summary>
    public static void WriteGeoJson(Stream output, IEnumerable<EventRecord> events)
    {
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (var e in events)
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteNumber("id", e.Id);
            if (e.Lat is { } lat && e.Lon is { } lon)
            {
                json.WriteStartObject("geometry");
                json.WriteString("type", "Point");
                json.WriteStartArray("coordinates");
                json.WriteNumberValue(Math.Round(lon, 6));
                json.WriteNumberValue(Math.Round(lat, 6));
                json.WriteEndArray();
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("geometry");
            }
            json.WritePropertyName("properties");
            WriteProperties(json, e, wrap: true);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter json, EventRecord e, bool wrap)
    {
        if (wrap)
            json.WriteStartObject();
        var row = Row(e);
        for (int i = 0; i < CsvColumns.Length; i++)
        {
            string name = CsvColumns[i];
            string? value = row[i];
            if (value is null || value.Length == 0 && name is not ("actor1" or "actor2"))
                json.WriteNull(name);
            else if (name is "event_id" or "article_id" or "fatalities" or "geonameid" or "latitude" or "longitude")
                json.WriteNumber(name, double.Parse(value, CultureInfo.InvariantCulture));
            else if (name == "actor1_inherited")
                json.WriteBoolean(name, value == "true");
            else
                json.WriteString(name, value);
        }
        if (wrap)
            json.WriteEndObject();
    }

    /// <summary>A UTF-8 writer that leaves the stream open, for the CSV writer over stdout.</summary>
    public static TextWriter Utf8(Stream stream) => new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
}
