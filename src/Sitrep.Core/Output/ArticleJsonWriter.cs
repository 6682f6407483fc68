using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Model;
using Sitrep.Text;

namespace Sitrep.Output;

/// <summary>
/// Writes the JSON contract documented in docs/output-format.md: <c>{"articles":[...]}</c>, camelCase,
/// spans as <c>[start,end)</c> UTF-16 offsets into each article's <c>text</c>. Streams one article at a
/// time so a batch of any size needs memory for one article only.
/// </summary>
public sealed class ArticleJsonWriter : IDisposable
{
    private static readonly JsonWriterOptions s_options = new()
    {
        // Keep ’ “ ” and Arabic readable in the output; offsets are in UTF-16 units either way.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    private static readonly JsonWriterOptions s_compact = s_options with { Indented = false };

    private readonly Utf8JsonWriter _json;
    private bool _closed;

    public ArticleJsonWriter(Stream output, bool indented = true)
    {
        _json = new Utf8JsonWriter(output, s_options with { Indented = indented });
        _json.WriteStartObject();
        _json.WriteStartArray("articles");
    }

    public void Write(Article article)
    {
        WriteArticle(_json, article);
        _json.Flush();
    }

    /// <summary>Closes the array and the object; called by <see cref="Dispose"/> if not before.</summary>
    public void Complete()
    {
        if (_closed)
            return;
        _closed = true;
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    public void Dispose()
    {
        Complete();
        _json.Dispose();
    }

    /// <summary>One article as a compact standalone JSON string (what the store keeps for the article view).</summary>
    public static string ToJson(Article article)
    {
        var buffer = new ArrayBufferWriter<byte>();
        WriteCompact(buffer, article);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The same JSON as <see cref="ToJson"/>, as UTF-8 into <paramref name="output"/>: for callers that store bytes.</summary>
    public static void WriteCompact(IBufferWriter<byte> output, Article article)
    {
        using var json = new Utf8JsonWriter(output, s_compact);
        WriteArticle(json, article);
    }

    /// <summary>One article as a standalone JSON object (no envelope), e.g. for a JSONL line.</summary>
    public static void WriteArticle(Utf8JsonWriter json, Article article)
    {
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        json.WriteString("title", article.Title);
        json.WriteString("source", article.Source);
        json.WriteString("url", article.Url);
        WritePublished(json, article.Published);
        json.WriteString("text", article.Text);
        WriteSpans(json, "paragraphs", article.Paragraphs);
        WriteSpans(json, "sentences", article.Sentences);

        json.WriteStartArray("dates");
        foreach (var date in article.Dates)
        {
            json.WriteStartObject();
            json.WriteString("text", date.Text);
            WriteSpan(json, "span", date.Span);
            json.WriteString("value", date.Value.ToString());
            json.WriteString("precision", PrecisionName(date.Value.Precision));
            json.WriteString("rule", date.Rule);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("places");
        foreach (var place in article.Places)
            WritePlace(json, place);
        json.WriteEndArray();

        WriteActors(json, "actors", article.Actors);

        json.WriteStartArray("labels");
        foreach (var label in article.Labels)
        {
            json.WriteStartObject();
            json.WriteString("text", label.Text);
            WriteSpan(json, "span", label.Span);
            json.WriteString("actor", label.Actor);
            json.WriteString("term", label.Term);
            json.WriteString("polarity", label.Polarity);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("quotes");
        foreach (var quote in article.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("text", quote.Text);
            WriteSpan(json, "span", quote.Span);
            // The speaker is an actor like any other, coded where the text names them.
            if (quote.Speaker is { } speaker)
            {
                json.WritePropertyName("speaker");
                WriteActor(json, speaker);
            }
            else
                json.WriteNull("speaker");
            json.WriteString("speakerText", quote.SpeakerText);
            json.WriteString("cue", quote.Cue);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("events");
        foreach (var e in article.Events)
        {
            json.WriteStartObject();
            json.WriteString("cameo", e.Cameo);
            json.WriteString("root", e.Root);
            if (e.Plover.Length > 0)
                json.WriteString("plover", e.Plover);
            else
                json.WriteNull("plover");
            WriteActors(json, "actor1", e.Actor1);
            WriteActors(json, "actor2", e.Actor2);
            json.WriteBoolean("actor1Inherited", e.Actor1Inherited);
            if (e.Place is { } place)
            {
                json.WritePropertyName("place");
                WritePlace(json, place);
            }
            else
            {
                json.WriteNull("place");
            }
            json.WriteStartObject("date");
            json.WriteString("value", e.Date?.ToString());
            json.WriteString("precision", e.Date is { } d ? PrecisionName(d.Precision) : null);
            json.WriteString("text", e.DateText);
            json.WriteEndObject();
            json.WriteString("modality", e.Modality.ToString().ToLowerInvariant());
            if (e.ClaimedBy is { } claimed)
                WriteActors(json, "claimedBy", claimed);
            else
                json.WriteNull("claimedBy");
            if (e.Fatalities is { } n)
                json.WriteNumber("fatalities", n);
            else
                json.WriteNull("fatalities");
            json.WriteString("fatalitiesText", e.FatalitiesText);
            WriteSpan(json, "sentence", e.Sentence);
            WriteSpan(json, "span", e.Span);
            json.WriteString("text", e.Trigger);
            json.WriteString("evidence", article[e.Sentence]);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartObject("focus");
        if (article.FocusPlace is { } focus)
        {
            json.WritePropertyName("place");
            WritePlace(json, focus);
        }
        else
        {
            json.WriteNull("place");
        }
        if (article.FocusDate is { } focusDate)
        {
            json.WriteStartObject("date");
            json.WriteString("value", focusDate.ToString());
            json.WriteString("precision", PrecisionName(focusDate.Precision));
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("date");
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteActors(Utf8JsonWriter json, string name, IReadOnlyList<ActorMention> actors)
    {
        json.WriteStartArray(name);
        foreach (var actor in actors)
            WriteActor(json, actor);
        json.WriteEndArray();
    }

    private static void WriteActor(Utf8JsonWriter json, ActorMention actor)
    {
        json.WriteStartObject();
        json.WriteString("text", actor.Text);
        WriteSpan(json, "span", actor.Span);
        json.WriteString("code", actor.Code);
        json.WriteString("country", actor.Country);
        json.WriteString("role", actor.Role);
        json.WriteString("group", actor.Group);
        json.WriteString("person", actor.Person);
        json.WriteString("label", actor.Label);
        json.WriteString("rule", actor.Rule);
        json.WriteEndObject();
    }

    private static void WritePlace(Utf8JsonWriter json, PlaceMention place)
    {
        json.WriteStartObject();
        json.WriteString("text", place.Text);
        WriteSpan(json, "span", place.Span);
        json.WriteString("name", place.Name);
        WriteNumber(json, "geonameId", place.GeonameId);
        WriteNumber(json, "lat", place.Lat);
        WriteNumber(json, "lon", place.Lon);
        json.WriteString("featureCode", place.FeatureCode);
        json.WriteString("country", place.Country);
        if (place.Admin1 is { } admin1)
        {
            json.WriteStartObject("admin1");
            json.WriteString("code", admin1.Code);
            json.WriteString("name", admin1.Name);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("admin1");
        }
        json.WriteString("precision", place.Precision?.ToString().ToLowerInvariant());
        json.WriteString("qualifier", place.Qualifier);
        json.WriteString("rule", place.Rule);
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } v)
            json.WriteNumber(name, v);
        else
            json.WriteNull(name);
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
            json.WriteNumber(name, Math.Round(v, 5));
        else
            json.WriteNull(name);
    }

    public static string PrecisionName(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Week => "week",
        DatePrecision.Month => "month",
        _ => "year",
    };

    private static void WritePublished(Utf8JsonWriter json, PublicationDate? published)
    {
        json.WriteStartObject("published");
        if (published is null)
        {
            json.WriteNull("value");
            json.WriteNull("precision");
            json.WriteNull("text");
            json.WriteNull("origin");
            json.WriteNull("span");
        }
        else
        {
            json.WriteString("value", published.Value.ToString());
            json.WriteString("precision", PrecisionName(published.Value.Precision));
            json.WriteString("text", published.Text);
            json.WriteString("origin", published.Origin.ToString().ToLowerInvariant());
            if (published.Span is { } span)
                WriteSpan(json, "span", span);
            else
                json.WriteNull("span");
        }
        json.WriteEndObject();
    }

    private static void WriteSpans(Utf8JsonWriter json, string name, IReadOnlyList<TextSpan> spans)
    {
        json.WriteStartArray(name);
        foreach (var span in spans)
            WriteSpanValue(json, span);
        json.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter json, string name, TextSpan span)
    {
        json.WritePropertyName(name);
        WriteSpanValue(json, span);
    }

    /// <summary>A span as <c>[start,end]</c> on one line, even in indented output, so people can read it.</summary>
    private static void WriteSpanValue(Utf8JsonWriter json, TextSpan span)
    {
        Span<byte> buffer = stackalloc byte[32];
        buffer[0] = (byte)'[';
        System.Buffers.Text.Utf8Formatter.TryFormat(span.Start, buffer[1..], out int a);
        buffer[1 + a] = (byte)',';
        System.Buffers.Text.Utf8Formatter.TryFormat(span.End, buffer[(2 + a)..], out int b);
        buffer[2 + a + b] = (byte)']';
        json.WriteRawValue(buffer[..(3 + a + b)], skipInputValidation: true);
    }
}
