using System.CommandLine;
using Sitrep.Storage;
using Sitrep.Web;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep serve [--db DB] [--urls URL] [--token T]</c>: the HTTP API and the web page.</summary>
public static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var db = new Option<string?>("--db") { Description = "The store: a SQLite file (default ./sitrep.db or $SITREP_DB) or postgres://user:pass@host:port/db." };
        var urls = new Option<string>("--urls") { Description = "Where to listen (loopback by default).", DefaultValueFactory = _ => ServerOptions.DefaultUrls };
        var token = new Option<string?>("--token") { Description = "Accept POST /api/articles with this bearer token (or $SITREP_TOKEN); without one, writing is off." };
        var command = new Command("serve", "Serve the JSON API (/api, OpenAPI at /api/openapi.json) and the web page (map, timeline, articles).");
        command.Options.Add(db);
        command.Options.Add(urls);
        command.Options.Add(token);
        command.SetAction(parse =>
        {
            var options = new ServerOptions(parse.GetValue(db) ?? Environment.GetEnvironmentVariable("SITREP_DB"), parse.GetValue(urls)!,
                parse.GetValue(token) ?? Environment.GetEnvironmentVariable("SITREP_TOKEN"));
            Microsoft.AspNetCore.Builder.WebApplication app;
            try
            {
                app = SitrepServer.Build(options);
            }
            catch (StoreException ex)
            {
                context.Stderr.WriteLine(ex.Error);
                return ExitCodes.Failed;
            }
            context.Stderr.WriteLine($"sitrep: serving {options.Db ?? EventStore.DefaultPath} at {options.Urls} (writing {(options.Token is null ? "off" : "on, with the token")}); Ctrl+C stops.");
            app.Run();
            return ExitCodes.Success;
        });
        return command;
    }
}
