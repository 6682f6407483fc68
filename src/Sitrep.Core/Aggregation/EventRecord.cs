using System.Globalization;
using Sitrep.Model;

namespace Sitrep.Aggregation;

/// <summary>
/// One coded event flattened for storage, queries and exports: what the article's event says plus
/// which article and outlet reported it. Actor lists are kept as '|'-delimited codes
/// ("|SYRMIL|RUSMIL|") so a store can filter them with plain LIKE patterns.
/// </summary>
public sealed class EventRecord
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public int Ordinal { get; set; }
    public string ArticleKey { get; set; } = "";
    public string? Source { get; set; }
    public string? Url { get; set; }
    public string Cameo { get; set; } = "";
    public string Root { get; set; } = "";
    public string Plover { get; set; } = "";
    public string Actor1 { get; set; } = "||";
    public string? Actor1Text { get; set; }
    public string Actor1Groups { get; set; } = "||";
    public bool Actor1Inherited { get; set; }
    public string Actor2 { get; set; } = "||";
    public string? Actor2Text { get; set; }
    public string Actor2Groups { get; set; } = "||";
    public string? PlaceName { get; set; }
    public string? PlaceText { get; set; }
    public long? GeonameId { get; set; }
    public double? Lat { get; set; }
    public double? Lon { get; set; }
    public string? Country { get; set; }
    public string? Admin1 { get; set; }
    public string? Admin1Name { get; set; }
    public string? PlacePrecision { get; set; }
    public string? DateFirst { get; set; }
    public string? DateLast { get; set; }
    public string? DatePrecision { get; set; }
    public string? DateText { get; set; }
    public string Modality { get; set; } = "";
    public string ClaimedBy { get; set; } = "||";
    public string? ClaimedByText { get; set; }
    public int? Fatalities { get; set; }
    public string? FatalitiesText { get; set; }
    public int SentenceStart { get; set; }
    public int SentenceEnd { get; set; }
    public int SpanStart { get; set; }
    public int SpanEnd { get; set; }
    public string TriggerWord { get; set; } = "";
    public string Evidence { get; set; } = "";

    public IReadOnlyList<string> Actor1Codes => Split(Actor1);
    public IReadOnlyList<string> Actor2Codes => Split(Actor2);
    public IReadOnlyList<string> ClaimedByCodes => Split(ClaimedBy);
    public IReadOnlyList<string> Actor1GroupNames => Split(Actor1Groups);
    public IReadOnlyList<string> Actor2GroupNames => Split(Actor2Groups);

    public DateOnly? First => DateFirst is null ? null : DateOnly.ParseExact(DateFirst, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    public DateOnly? Last => DateLast is null ? null : DateOnly.ParseExact(DateLast, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The events of an analysed article, in text order.</summary>
    public static List<EventRecord> From(Article article, long articleId, string articleKey)
    {
        var records = new List<EventRecord>(article.Events.Count);
        for (int i = 0; i < article.Events.Count; i++)
        {
            var e = article.Events[i];
            records.Add(new EventRecord
            {
                ArticleId = articleId,
                Ordinal = i,
                ArticleKey = articleKey,
                Source = article.Source,
                Url = article.Url,
                Cameo = e.Cameo,
                Root = e.Root,
                Plover = e.Plover,
                Actor1 = Join(e.Actor1.Select(a => a.Code)),
                Actor1Text = Text(e.Actor1),
                Actor1Groups = Join(e.Actor1.Select(a => a.Group).OfType<string>()),
                Actor1Inherited = e.Actor1Inherited,
                Actor2 = Join(e.Actor2.Select(a => a.Code)),
                Actor2Text = Text(e.Actor2),
                Actor2Groups = Join(e.Actor2.Select(a => a.Group).OfType<string>()),
                PlaceName = e.Place?.Name,
                PlaceText = e.Place?.Text,
                GeonameId = e.Place?.GeonameId,
                Lat = e.Place?.Lat,
                Lon = e.Place?.Lon,
                Country = e.Place?.Country,
                Admin1 = e.Place?.Admin1?.Code,
                Admin1Name = e.Place?.Admin1?.Name,
                PlacePrecision = e.Place?.Precision?.ToString().ToLowerInvariant(),
                DateFirst = e.Date?.First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateLast = e.Date?.Last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DatePrecision = e.Date?.Precision.ToString().ToLowerInvariant(),
                DateText = e.DateText,
                Modality = e.Modality.ToString().ToLowerInvariant(),
                ClaimedBy = Join((e.ClaimedBy ?? []).Select(a => a.Code)),
                ClaimedByText = e.ClaimedBy is null ? null : Text(e.ClaimedBy),
                Fatalities = e.Fatalities,
                FatalitiesText = e.FatalitiesText,
                SentenceStart = e.Sentence.Start,
                SentenceEnd = e.Sentence.End,
                SpanStart = e.Span.Start,
                SpanEnd = e.Span.End,
                TriggerWord = e.Trigger,
                Evidence = article[e.Sentence],
            });
        }
        return records;
    }

    /// <summary>"|A|B|": delimiters on both sides so "|SYR" matches a code prefix and "|SYRMIL|" a whole code.</summary>
    public static string Join(IEnumerable<string> values)
    {
        var distinct = values.Distinct().ToList();
        return "|" + string.Join("|", distinct) + "|";
    }

    private static IReadOnlyList<string> Split(string joined) => joined.Split('|', StringSplitOptions.RemoveEmptyEntries);

    private static string? Text(IReadOnlyList<ActorMention> actors) =>
        actors.Count == 0 ? null : string.Join(" + ", actors.Select(a => a.Text).Distinct());

    /// <summary>The date as people read it: "2016-05-09", "2015-12", "2016-05-02/2016-05-08".</summary>
    public string? DateLabel => DatePrecision switch
    {
        null => null,
        "day" => DateFirst,
        "month" => DateFirst?[..7],
        "year" => DateFirst?[..4],
        _ => $"{DateFirst}/{DateLast}",
    };
}
