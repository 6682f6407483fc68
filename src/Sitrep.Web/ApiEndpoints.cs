using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sitrep.Aggregation;
using Sitrep.Ingestion;
using Sitrep.Output;
using Sitrep.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary>The JSON API under /api. Errors are RFC 7807 problem documents.</summary>
public static class ApiEndpoints
{
    public const int MaxPageSize = 5000;

    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api");

        api.MapGet("/events", (HttpRequest request, ServerServices services) =>
        {
            if (!TryFilter(request, out var filter, out var problem) || !TryPage(request, out int page, out int size, out problem))
                return problem!;
            using var store = services.OpenStore();
            var events = store.Events(filter with { Limit = size, Offset = (page - 1) * size }).Select(ApiEvent.From).ToList();
            return Results.Ok(new EventPage(store.CountEvents(filter), page, size, events));
        }).WithSummary("Events matching the filters, a page at a time.")
          .WithDescription("Filters: from, to (YYYY-MM-DD), country (SY), admin1 (SY.09), bbox (W,S,E,N), actor (code, code start or group), root (19), source, modality, place, article (id). Paging: page (from 1), pageSize (≤ 5000, default 500).");

        api.MapGet("/incidents", (HttpRequest request, ServerServices services) =>
        {
            if (!TryFilter(request, out var filter, out var problem))
                return problem!;
            int minSources = int.TryParse(request.Query["minSources"], CultureInfo.InvariantCulture, out int m) ? m : 1;
            using var store = services.OpenStore();
            var incidents = Incidents.Link(store.Events(filter)).Where(i => i.Corroboration >= minSources).Select(i =>
            {
                var where = i.Where;
                return new ApiIncident(i.Number, i.Root, i.Admin1, i.Admin1Name, where.PlaceName, where.Lat, where.Lon, where.PlacePrecision,
                    Iso(i.First), Iso(i.Last), i.Corroboration, i.Sources, i.Disagreements, i.Reports.Select(r => r.Id).ToList());
            }).ToList();
            return Results.Ok(incidents);
        }).WithSummary("Reports of the same happening from different articles, linked (same filters as /events; minSources).");

        api.MapGet("/articles", (HttpRequest request, ServerServices services) =>
        {
            string q = request.Query["q"].ToString();
            int limit = int.TryParse(request.Query["limit"], CultureInfo.InvariantCulture, out int l) ? Math.Clamp(l, 1, 500) : 50;
            using var store = services.OpenStore();
            return Results.Ok(store.Search(q, limit));
        }).WithSummary("Full-text search over stored articles (q: words that must all occur).");

        api.MapGet("/articles/{id:long}", (long id, ServerServices services) =>
        {
            using var store = services.OpenStore();
            if (store.GetArticle(id) is not { } article)
                return Results.Problem(statusCode: 404, title: "No such article", detail: $"no article with id {id} is stored.");
            // The stored analysis is the documented article contract: text and every span.
            string json = $"{{\"id\":{article.Id},\"key\":{Quote(article.Key)},\"ingestedAt\":{Quote(article.IngestedAt)},\"analysis\":{article.AnalysisJson}}}";
            return Results.Text(json, "application/json", Encoding.UTF8);
        }).WithSummary("One stored article: its text and every span (dates, places, actors, labels, quotes, events), as in docs/output-format.md.");

        api.MapGet("/control", (HttpRequest request, ServerServices services) =>
        {
            string place = request.Query["place"].ToString();
            if (string.IsNullOrWhiteSpace(place))
                return Results.Problem(statusCode: 400, title: "Missing place", detail: "give the place as ?place=Khan%20Touman.");
            using var store = services.OpenStore();
            var events = store.Events(new EventFilter { Root = "19" }).Concat(store.Events(new EventFilter { Root = "08" }));
            return Results.Ok(ControlTimeline.For(place, events).Select(c => new ApiControlEntry(c.Contested, ApiEvent.From(c.Event))).ToList());
        }).WithSummary("Who took or held a place over time; contested claims are flagged.");

        api.MapGet("/ceasefires", (ServerServices services) =>
        {
            using var store = services.OpenStore();
            return Results.Ok(store.Ceasefires());
        }).WithSummary("The stored ceasefire definitions.");

        api.MapGet("/ceasefires/{name}/violations", (string name, ServerServices services) =>
        {
            using var store = services.OpenStore();
            if (store.GetCeasefire(name) is not { } ceasefire)
                return Results.Problem(statusCode: 404, title: "No such ceasefire", detail: $"no ceasefire named '{name}' is stored.");
            var events = store.Events(new EventFilter { From = ceasefire.Start, To = ceasefire.End });
            return Results.Ok(CeasefireMonitor.Report(ceasefire, events).Select(v => new ApiViolation(v.Accused, v.Accuser, ApiEvent.From(v.Event))).ToList());
        }).WithSummary("Alleged violations of a ceasefire: accused, accuser, modality, source.");

        api.MapGet("/labels", (HttpRequest request, ServerServices services) =>
        {
            string? source = request.Query["source"].ToString() is { Length: > 0 } s ? s : null;
            using var store = services.OpenStore();
            return Results.Ok(store.Labels(source));
        }).WithSummary("Loaded terms per outlet and actor, with counts.");

        api.MapGet("/provinces/{code}/outline", (string code, ServerServices services) =>
        {
            if (services.Gazetteer?.Outline(code.ToUpperInvariant()) is not { } outline)
                return Results.Problem(statusCode: 404, title: "No outline", detail: $"no province outline for '{code}'.");
            var rings = outline.Rings.Select(r => Enumerable.Range(0, r.Length / 2).Select(i => new[] { Math.Round(r[2 * i], 4), Math.Round(r[2 * i + 1], 4) }).ToArray()).ToArray();
            return Results.Ok(new
            {
                type = "Feature",
                properties = new { admin1 = outline.Admin1Key, name = services.Gazetteer.Admin1Name(outline.Admin1Key) },
                // One polygon with every ring: drawn with the even-odd rule, outer rings and holes alike.
                geometry = new { type = "Polygon", coordinates = rings },
            });
        }).WithSummary("A province's outline (Natural Earth admin-1, simplified) as GeoJSON, to draw province-level events honestly.");

        api.MapPost("/articles", async (HttpRequest request, ServerServices services) =>
        {
            if (services.Options.Token is not { } token)
                return Results.Problem(statusCode: 403, title: "Writing is off", detail: "start the server with --token (or SITREP_TOKEN) to accept articles.");
            string given = request.Headers.Authorization.ToString();
            given = given.StartsWith("Bearer ", StringComparison.Ordinal) ? given[7..] : "";
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(token)))
                return Results.Problem(statusCode: 401, title: "Token required", detail: "send Authorization: Bearer <token>.");
            ArticleSubmission? submission;
            try
            {
                submission = await System.Text.Json.JsonSerializer.DeserializeAsync<ArticleSubmission>(request.Body, s_submission, request.HttpContext.RequestAborted);
            }
            catch (System.Text.Json.JsonException ex)
            {
                return Results.Problem(statusCode: 400, title: "Bad article", detail: "the body is not an article: " + ex.Message);
            }
            if (submission is null || string.IsNullOrWhiteSpace(submission.Text))
                return Results.Problem(statusCode: 400, title: "Empty article", detail: "text is required.");
            // The key names it in lists: its URL when given, else when it came in.
            string key = submission.Url ?? "api-" + DateTime.UtcNow.ToString("yyyyMMddTHHmmssfff", CultureInfo.InvariantCulture);
            var record = new ArticleRecord("POST /api/articles", key, submission.Title, submission.Text, submission.Source, submission.Url, submission.Published);
            var article = ArticleFactory.Create(record);
            services.Pipeline.Process(article, new AnalysisOptions());
            using var store = services.OpenStore();
            long? id = store.Add(article, ArticleJsonWriter.ToJson(article));
            return id is { } newId
                ? Results.Created($"/api/articles/{newId}", new { id = newId, events = article.Events.Count, duplicate = false })
                : Results.Ok(new { id = (long?)null, events = article.Events.Count, duplicate = true });
        }).WithSummary("Analyse and store an article (needs the server's token). Body: {title, text, source, url, published}.")
          .Accepts<ArticleSubmission>("application/json");
    }

    private static readonly System.Text.Json.JsonSerializerOptions s_submission = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Quote(string s) => System.Text.Json.JsonSerializer.Serialize(s);

    private static bool TryPage(HttpRequest request, out int page, out int size, out IResult? problem)
    {
        problem = null;
        page = 1;
        size = 500;
        if (request.Query["page"].ToString() is { Length: > 0 } p && (!int.TryParse(p, CultureInfo.InvariantCulture, out page) || page < 1))
            problem = Results.Problem(statusCode: 400, title: "Bad page", detail: $"page '{p}' is not a number from 1.");
        else if (request.Query["pageSize"].ToString() is { Length: > 0 } s && (!int.TryParse(s, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxPageSize))
            problem = Results.Problem(statusCode: 400, title: "Bad pageSize", detail: $"pageSize '{s}' is not a number from 1 to {MaxPageSize}.");
        return problem is null;
    }

    /// <summary>The filters of /events and /incidents from the query string; a bad value is a 400 naming it.</summary>
    private static bool TryFilter(HttpRequest request, out EventFilter filter, out IResult? problem)
    {
        filter = EventFilter.All;
        problem = null;
        string? Get(string name) => request.Query[name].ToString() is { Length: > 0 } v ? v : null;
        DateOnly? Date(string name)
        {
            if (Get(name) is not { } text)
                return null;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return d;
            throw new FormatException($"{name} '{text}' is not a date (YYYY-MM-DD).");
        }
        try
        {
            (double, double, double, double)? box = null;
            if (Get("bbox") is { } b)
            {
                var n = b.Split(',').Select(x => double.TryParse(x, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : double.NaN).ToArray();
                if (n.Length != 4 || n.Any(double.IsNaN) || n[0] > n[2] || n[1] > n[3])
                    throw new FormatException($"bbox '{b}' is not WEST,SOUTH,EAST,NORTH.");
                box = (n[0], n[1], n[2], n[3]);
            }
            string? modality = Get("modality");
            if (modality is not null && modality is not ("asserted" or "claimed" or "denied" or "planned" or "negated" or "hypothetical"))
                throw new FormatException($"modality '{modality}' is not one of asserted, claimed, denied, planned, negated, hypothetical.");
            filter = new EventFilter
            {
                From = Date("from"),
                To = Date("to"),
                Country = Get("country"),
                Admin1 = Get("admin1"),
                BoundingBox = box,
                Actor = Get("actor"),
                Root = Get("root"),
                Source = Get("source"),
                Modality = modality,
                Place = Get("place"),
                ArticleId = Get("article") is { } article
                    ? long.TryParse(article, CultureInfo.InvariantCulture, out long id) ? id : throw new FormatException($"article '{article}' is not an article id.")
                    : null,
            };
            return true;
        }
        catch (FormatException ex)
        {
            problem = Results.Problem(statusCode: 400, title: "Bad filter", detail: ex.Message);
            return false;
        }
    }
}
