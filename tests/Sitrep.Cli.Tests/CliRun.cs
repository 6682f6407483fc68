using System.Text;
using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>Runs the CLI in-process with captured stdout and stderr.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun Invoke(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        int code = SitrepCli.Run(args, new CliContext(stdout, stderr, Interactive: false));
        return new CliRun(code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    public JsonElement Json => JsonDocument.Parse(Stdout).RootElement;

    public JsonElement[] Articles => Json.GetProperty("articles").EnumerateArray().ToArray();
}
