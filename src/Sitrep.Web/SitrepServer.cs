using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Sitrep.Pipeline;
using Sitrep.Recognition.Places.Gazetteer;
using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary>How to run the server.</summary>
/// <param name="Db">What <c>--db</c> says (SQLite path or PostgreSQL URL).</param>
/// <param name="Urls">Where to listen; loopback by default.</param>
/// <param name="Token">When set, POST /api/articles requires it (header <c>Authorization: Bearer …</c>); when null, writing is off.</param>
public sealed record ServerOptions(string? Db, string Urls = ServerOptions.DefaultUrls, string? Token = null)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Request bodies larger than this are refused with 413.</summary>
    public long MaxBodyBytes { get; init; } = 1024 * 1024;
}

/// <summary>
/// The HTTP API and the web page in one ASP.NET Core app. Every request opens its own store (a
/// store is not thread-safe), so SQLite readers run in parallel under WAL.
/// </summary>
public static class SitrepServer
{
    public static WebApplication Build(ServerOptions options, Func<ArticlePipeline>? pipeline = null, Gazetteer? gazetteer = null)
    {
        // Fail now, with the store's own message, rather than on the first request.
        EventStore.Open(options.Db).Dispose();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(SitrepServer).Assembly.GetName().Name });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxBodyBytes);
        builder.Logging.ClearProviders();
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Sitrep API";
            doc.Info.Description = "Events coded from news reports: who did what to whom, where, when, and according to whom.";
            return Task.CompletedTask;
        }));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new ServerServices(options, pipeline ?? (() => SitrepPipeline.Default), gazetteer));

        var app = builder.Build();
        // Oversized bodies (413) and malformed requests keep their status; anything else is a 500 problem.
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = ex => ex is Microsoft.AspNetCore.Http.BadHttpRequestException bad ? bad.StatusCode : 500 });
        app.UseStatusCodePages();
        var files = new ManifestEmbeddedFileProvider(typeof(SitrepServer).Assembly, "wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapOpenApi("/api/openapi.json");
        ApiEndpoints.Map(app);
        return app;
    }
}

/// <summary>What the endpoints share: the options, the pipeline (for POST) and the gazetteer (outlines).</summary>
public sealed class ServerServices(ServerOptions options, Func<ArticlePipeline> pipeline, Gazetteer? gazetteer)
{
    private readonly Lazy<ArticlePipeline> _pipeline = new(pipeline);

    public ServerOptions Options { get; } = options;

    public ArticlePipeline Pipeline => _pipeline.Value;

    public Gazetteer? Gazetteer => gazetteer ?? (Gazetteer.IsAvailable ? Gazetteer.Default : null);

    public IEventStore OpenStore() => EventStore.Open(Options.Db);
}
