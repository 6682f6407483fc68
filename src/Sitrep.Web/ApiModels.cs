using Sitrep.Aggregation;

namespace Sitrep.Web;

/// <summary>An event as the API returns it: codes as lists, place and date as objects.</summary>
public sealed record ApiEvent(
    long Id, long ArticleId, string ArticleKey, string? Source, string? Url,
    string Cameo, string Root, string Plover,
    IReadOnlyList<string> Actor1, string? Actor1Text, IReadOnlyList<string> Actor1Groups, bool Actor1Inherited,
    IReadOnlyList<string> Actor2, string? Actor2Text, IReadOnlyList<string> Actor2Groups,
    ApiPlace? Place, ApiDate? Date, string Modality, IReadOnlyList<string> ClaimedBy, string? ClaimedByText,
    int? Fatalities, string? FatalitiesText, string Trigger, string Evidence, int[] Span, int[] Sentence)
{
    public static ApiEvent From(EventRecord e) => new(
        e.Id, e.ArticleId, e.ArticleKey, e.Source, e.Url, e.Cameo, e.Root, e.Plover,
        e.Actor1Codes, e.Actor1Text, e.Actor1GroupNames, e.Actor1Inherited, e.Actor2Codes, e.Actor2Text, e.Actor2GroupNames,
        e.PlaceName is null && e.Lat is null ? null : new ApiPlace(e.PlaceName, e.PlaceText, e.Lat, e.Lon, e.Country, e.Admin1, e.Admin1Name, e.PlacePrecision, e.GeonameId),
        e.DateFirst is null ? null : new ApiDate(e.DateLabel!, e.DateFirst, e.DateLast!, e.DatePrecision!, e.DateText),
        e.Modality, e.ClaimedByCodes, e.ClaimedByText, e.Fatalities, e.FatalitiesText, e.TriggerWord, e.Evidence,
        [e.SpanStart, e.SpanEnd], [e.SentenceStart, e.SentenceEnd]);
}

public sealed record ApiPlace(string? Name, string? Text, double? Lat, double? Lon, string? Country, string? Admin1, string? Admin1Name, string? Precision, long? GeonameId);

public sealed record ApiDate(string Value, string First, string Last, string Precision, string? Text);

public sealed record EventPage(int Total, int Page, int PageSize, IReadOnlyList<ApiEvent> Events);

public sealed record ApiIncident(int Number, string Root, string? Admin1, string? Admin1Name, string? Place, double? Lat, double? Lon, string? Precision,
    string First, string Last, int Corroboration, IReadOnlyList<string> Sources, IReadOnlyList<string> Disagreements, IReadOnlyList<long> Events);

public sealed record ApiControlEntry(bool Contested, ApiEvent Event);

public sealed record ApiViolation(string Accused, string Accuser, ApiEvent Event);

/// <summary>What POST /api/articles accepts; unknown fields are refused.</summary>
public sealed record ArticleSubmission(string? Title, string Text, string? Source, string? Url, string? Published);
