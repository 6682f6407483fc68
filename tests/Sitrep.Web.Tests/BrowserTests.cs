using Microsoft.Playwright;

namespace Sitrep.Web.Tests;

/// <summary>
/// The page in a real headless Chromium — Debian's, driven by Playwright through its executable
/// path (nothing is downloaded). Screenshots go to artifacts/screenshots/ at the repository root.
/// </summary>
public sealed class BrowserTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static string? Chromium() =>
        new[] { Environment.GetEnvironmentVariable("SITREP_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    private static string Screenshot(string name)
    {
        string dir = Path.Combine(TestPaths.RepoRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }

    [Fact]
    public async Task The_page_shows_the_seed_events_on_the_map_and_in_the_list_and_highlights_their_evidence()
    {
        server.RequireReady();
        string? chromium = Chromium();
        if (chromium is null)
            Assert.Skip("Chromium is not installed (.ci/run installs Debian's chromium).");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var origin = new Uri(server.BaseUrl).GetLeftPart(UriPartial.Authority);
        var foreign = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                foreign.Add(request.Url);
        };
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(server.BaseUrl);
        await page.WaitForSelectorAsync("body[data-ready=true]", new PageWaitForSelectorOptions { Timeout = 60_000 });

        // The map: country outlines, event markers or clusters, and province shading.
        Assert.True(await page.Locator("#map path.leaflet-interactive, #map .marker-cluster").CountAsync() > 0);
        Assert.True(await page.Locator("#map svg path").CountAsync() > 10);
        Assert.True(await page.Locator("#histogram rect.bar").CountAsync() > 3);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("overview.png") });

        // The list, narrowed to the seed's outlet: its air strike is there.
        await page.SelectOptionAsync("#filters select[name=source]", "sana");
        await page.FillAsync("#filters input[name=q]", "Khan Touman");
        await page.WaitForFunctionAsync("[...document.querySelectorAll('#event-list .event-row[data-id]')].every(r => r.textContent.includes('sana'))");
        var strike = page.Locator(".event-row", new PageLocatorOptions { HasText = "“bombing”" }).Filter(new LocatorFilterOptions { HasText = "RUSMIL+SYRMIL" });
        await strike.First.WaitForAsync();
        Assert.Contains("Khan Touman", await strike.First.InnerTextAsync(), StringComparison.Ordinal);

        // The article view highlights the evidence of the chosen event, and the spans of each kind.
        await strike.First.ClickAsync();
        await page.WaitForSelectorAsync("#article-view:not([hidden]) .hl-evidence");
        string evidence = string.Concat(await page.Locator("#article-text .hl-evidence").AllInnerTextsAsync());
        Assert.Contains("bombing", evidence, StringComparison.Ordinal);
        Assert.Equal("bombing", await page.Locator("#article-text .hl-trigger").First.InnerTextAsync());
        foreach (string kind in new[] { "hl-actor", "hl-place", "hl-date", "hl-quote", "hl-label" })
            Assert.True(await page.Locator($"#article-text .{kind}").CountAsync() > 0, kind);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("article.png") });

        // Another event of the article moves the highlight.
        await page.Locator("#article-events li", new PageLocatorOptions { HasText = "“regained”" }).ClickAsync();
        Assert.Contains("regained", string.Concat(await page.Locator("#article-text .hl-evidence").AllInnerTextsAsync()), StringComparison.Ordinal);

        // The place view: the control timeline of Khan Touman, contested.
        await page.Locator("#article-view .close").ClickAsync();
        await page.Locator(".event-row .place-link", new PageLocatorOptions { HasText = "Khan Touman" }).First.ClickAsync();
        await page.WaitForSelectorAsync("#place-view:not([hidden]) #control-list li");
        Assert.Contains("contested", await page.Locator("#place-title").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#control-list li.contested").CountAsync() >= 2);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("control.png") });

        Assert.Empty(errors);
        Assert.Empty(foreign);
    }

    [Fact]
    public async Task The_timeline_range_filters_the_list()
    {
        server.RequireReady();
        string? chromium = Chromium();
        if (chromium is null)
            Assert.Skip("Chromium is not installed (.ci/run installs Debian's chromium).");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        await page.GotoAsync(server.BaseUrl);
        await page.WaitForSelectorAsync("body[data-ready=true]", new PageWaitForSelectorOptions { Timeout = 60_000 });
        string before = await page.Locator("#status").InnerTextAsync();

        var box = (await page.Locator("#histogram").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + box.Width * 0.70f, box.Y + 30);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width * 0.80f, box.Y + 30, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.UpAsync();
        await page.WaitForFunctionAsync($"document.querySelector('#status').textContent !== {System.Text.Json.JsonSerializer.Serialize(before)}");

        string after = await page.Locator("#status").InnerTextAsync();
        int shown = int.Parse(after.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        int total = int.Parse(before.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(shown, 0, total - 1);
        Assert.Contains("Showing", await page.Locator("#range").InnerTextAsync(), StringComparison.Ordinal);
        await page.Locator("#histogram").DblClickAsync();
        await page.WaitForFunctionAsync($"document.querySelector('#status').textContent === {System.Text.Json.JsonSerializer.Serialize(before)}");
    }
}
