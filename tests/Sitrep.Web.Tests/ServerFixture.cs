using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Sitrep.Cli;

namespace Sitrep.Web.Tests;

/// <summary>
/// A real server on a free loopback port over a SQLite store holding the seed article (and the
/// FA-KES development set when ../shared has it), as a user would get with
/// <c>sitrep ingest … && sitrep serve</c>. Writing is on with <see cref="Token"/>.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string Token = "test-token-4711";

    private readonly TempDir _dir = new();
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public string Db => Path.Combine(_dir.Path, "sitrep.db");

    public bool Ready { get; private set; }

    public string? NotReadyReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!Recognition.Places.Gazetteer.Gazetteer.IsAvailable)
        {
            NotReadyReason = "The world gazetteer is not built; run scripts/build-gazetteer.sh.";
            return;
        }
        string seed = Path.Combine(TestPaths.Shared, "examples", "khan-touman.txt");
        if (!File.Exists(seed))
        {
            NotReadyReason = $"{seed} is not present (../shared).";
            return;
        }
        Cli("ingest", seed, "--date", "2016-05-09", "--source", "sana", "--db", Db);
        string fakes = Path.Combine(TestPaths.Shared, "corpora", "fa-kes", "dev.csv");
        if (File.Exists(fakes))
            Cli("ingest", fakes, "--columns", "text=article_content,title=article_title,id=unit_id,source=source", "--db", Db);
        Cli("ceasefire", "add", "--name", "Syria truce", "--parties", "SYR,RUS", "--area", "SY", "--start", "2016-02-27", "--db", Db);

        _app = SitrepServer.Build(new ServerOptions(Db, "http://127.0.0.1:0", Token));
        await _app.StartAsync(TestContext.Current.CancellationToken);
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
        Ready = true;
    }

    public void RequireReady()
    {
        if (!Ready)
            Assert.Skip(NotReadyReason ?? "the server did not start");
    }

    private static void Cli(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        int code = SitrepCli.Run(args, new CliContext(stdout, stderr, Interactive: false));
        if (code != 0)
            throw new InvalidOperationException($"sitrep {string.Join(' ', args)} failed: {stderr}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
        _dir.Dispose();
    }
}
