using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Sitrep.Web.Tests;

/// <summary>The JSON API against a real server (HTTP over loopback).</summary>
public sealed class ApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private HttpClient Client()
    {
        server.RequireReady();
        return new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Events_are_paged_and_filtered()
    {
        using var http = Client();

        var page = await Json(await http.GetAsync("api/events?pageSize=3&page=2&source=sana", Ct));
        var air = await Json(await http.GetAsync("api/events?place=Khan%20Touman&actor=RUS&root=19", Ct));

        Assert.True(page.GetProperty("total").GetInt32() > 6);
        Assert.Equal(3, page.GetProperty("events").GetArrayLength());
        Assert.Equal(2, page.GetProperty("page").GetInt32());
        var strike = Assert.Single(air.GetProperty("events").EnumerateArray(), e => e.GetProperty("cameo").GetString() == "195");
        Assert.Equal("Khan Touman", strike.GetProperty("place").GetProperty("name").GetString());
        Assert.Equal(["RUSMIL", "SYRMIL"], strike.GetProperty("actor1").EnumerateArray().Select(a => a.GetString()).Order());
        Assert.Equal("claimed", strike.GetProperty("modality").GetString());
        Assert.Equal("2016-05-09", strike.GetProperty("date").GetProperty("value").GetString());
    }

    [Fact]
    public async Task An_article_comes_with_its_text_and_every_span()
    {
        using var http = Client();
        var strike = (await Json(await http.GetAsync("api/events?place=Khan%20Touman&root=19&actor=RUSMIL", Ct))).GetProperty("events")[0];
        long id = strike.GetProperty("articleId").GetInt64();

        var article = await Json(await http.GetAsync($"api/articles/{id}", Ct));

        var analysis = article.GetProperty("analysis");
        string text = analysis.GetProperty("text").GetString()!;
        foreach (string layer in new[] { "actors", "places", "dates", "quotes", "labels", "events" })
        {
            Assert.NotEqual(0, analysis.GetProperty(layer).GetArrayLength());
            foreach (var item in analysis.GetProperty(layer).EnumerateArray())
            {
                var span = item.GetProperty("span").EnumerateArray().Select(x => x.GetInt32()).ToArray();
                Assert.InRange(span[0], 0, span[1]);
                Assert.InRange(span[1], span[0], text.Length);
            }
        }
        int[] evidence = strike.GetProperty("span").EnumerateArray().Select(x => x.GetInt32()).ToArray();
        Assert.Equal("bombing", text[evidence[0]..evidence[1]]);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("api/articles/999999", Ct)).StatusCode);
    }

    [Fact]
    public async Task Control_ceasefire_labels_incidents_search_and_outlines_answer()
    {
        using var http = Client();

        var control = await Json(await http.GetAsync("api/control?place=Khan%20Tuman", Ct));
        var violations = await Json(await http.GetAsync("api/ceasefires/Syria%20truce/violations", Ct));
        var labels = await Json(await http.GetAsync("api/labels?source=sana", Ct));
        var incidents = await Json(await http.GetAsync("api/incidents?minSources=1", Ct));
        var hits = await Json(await http.GetAsync("api/articles?q=Khan%20Touman", Ct));
        var outline = await Json(await http.GetAsync("api/provinces/SY.09/outline", Ct));

        Assert.Contains(control.EnumerateArray(), c => c.GetProperty("contested").GetBoolean());
        Assert.Contains(violations.EnumerateArray(), v => v.GetProperty("event").GetProperty("cameo").GetString() == "195" && v.GetProperty("accuser").GetString()!.StartsWith("SYRMIL", StringComparison.Ordinal));
        Assert.Contains(labels.EnumerateArray(), l => l.GetProperty("term").GetString() == "Takfiri terrorists");
        Assert.Equal(JsonValueKind.Array, incidents.ValueKind);
        Assert.Contains(hits.EnumerateArray(), h => h.GetProperty("source").GetString() == "sana");
        Assert.Equal("Polygon", outline.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("api/ceasefires/none/violations", Ct)).StatusCode);
    }

    [Fact]
    public async Task Bad_requests_get_clear_json_problems()
    {
        using var http = Client();

        var badDate = await http.GetAsync("api/events?from=yesterday", Ct);
        var badPage = await http.GetAsync("api/events?pageSize=0", Ct);
        var badBox = await http.GetAsync("api/events?bbox=1,2,3", Ct);
        var noPlace = await http.GetAsync("api/control", Ct);

        foreach (var response in new[] { badDate, badPage, badBox, noPlace })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Contains("from 'yesterday' is not a date", (await Json(badDate)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_description_lists_the_endpoints()
    {
        using var http = Client();

        var doc = await Json(await http.GetAsync("api/openapi.json", Ct));

        var paths = doc.GetProperty("paths");
        foreach (string path in new[] { "/api/events", "/api/incidents", "/api/articles", "/api/articles/{id}", "/api/control", "/api/labels", "/api/ceasefires/{name}/violations" })
            Assert.True(paths.TryGetProperty(path, out _), path);
    }

    [Fact]
    public async Task Posting_an_article_needs_the_token_and_then_stores_it()
    {
        using var http = Client();
        var article = new { title = "Shelling near Azaz", text = "Syrian troops shelled rebel positions near Azaz in Aleppo province on Tuesday, a monitor said.", source = "test-wire", published = "2016-05-10" };

        var anonymous = await http.PostAsJsonAsync("api/articles", article, Ct);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong");
        var wrong = await http.PostAsJsonAsync("api/articles", article, Ct);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ServerFixture.Token);
        var unknownField = await http.PostAsync("api/articles", new StringContent("{\"text\":\"x y z\",\"colour\":\"red\"}", Encoding.UTF8, "application/json"), Ct);
        // "Expect: 100-continue", as a careful client sends a big body: the server refuses before the body travels, so
        // the refusal is read rather than racing a half-sent upload into a broken pipe.
        using var hugeRequest = new HttpRequestMessage(HttpMethod.Post, "api/articles")
        {
            Content = new StringContent("{\"text\":\"" + new string('a', 2 * 1024 * 1024) + "\"}", Encoding.UTF8, "application/json"),
        };
        hugeRequest.Headers.ExpectContinue = true;
        var huge = await http.SendAsync(hugeRequest, Ct);
        var stored = await http.PostAsJsonAsync("api/articles", article, Ct);
        var again = await http.PostAsJsonAsync("api/articles", article, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownField.StatusCode);
        Assert.Contains("colour", (await Json(unknownField)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        Assert.True((await Json(again)).GetProperty("duplicate").GetBoolean());
        var events = await Json(await http.GetAsync("api/events?source=test-wire", Ct));
        var shelling = Assert.Single(events.GetProperty("events").EnumerateArray(), e => e.GetProperty("trigger").GetString() == "shelled");
        Assert.Equal(("194", "SY.09", "SYRMIL"), (shelling.GetProperty("cameo").GetString(), shelling.GetProperty("place").GetProperty("admin1").GetString(), shelling.GetProperty("actor1")[0].GetString()));
    }
}

/// <summary>A server started without a token refuses every write.</summary>
public sealed class ReadOnlyServerTests
{
    [Fact]
    public async Task Without_a_token_writing_is_off()
    {
        using var dir = new TempDir();
        await using var app = SitrepServer.Build(new ServerOptions(Path.Combine(dir.Path, "empty.db"), "http://127.0.0.1:0"));
        await app.StartAsync(TestContext.Current.CancellationToken);
        string url = app.Urls.First();
        var addresses = app.Services.GetService(typeof(Microsoft.AspNetCore.Hosting.Server.IServer)) as Microsoft.AspNetCore.Hosting.Server.IServer;
        url = addresses!.Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "anything");

        var response = await http.PostAsJsonAsync("api/articles", new { text = "Troops shelled Azaz." }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var events = JsonDocument.Parse(await http.GetStringAsync("api/events", TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(0, events.GetProperty("total").GetInt32());
    }
}
