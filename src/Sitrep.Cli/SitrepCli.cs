using System.CommandLine;
using Sitrep.Cli.Commands;

namespace Sitrep.Cli;

/// <summary>The command tree. Kept apart from Program so tests can run commands in-process.</summary>
public static class SitrepCli
{
    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("Sitrep: news reports in, sourced and dated event data out.");
        root.Subcommands.Add(AnalyzeCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(GazetteerCommand.Create(context));
        root.Subcommands.Add(Commands.Store.IngestCommand.Create(context));
        root.Subcommands.Add(Commands.Store.ReanalyzeCommand.Create(context));
        foreach (var command in Commands.Store.QueryCommands.Create(context))
            root.Subcommands.Add(command);
        root.Subcommands.Add(Commands.Store.CeasefireCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(BenchCommand.Create(context));
        var configuration = new InvocationConfiguration
        {
            Output = new StreamWriter(context.Stdout, leaveOpen: true) { AutoFlush = true },
            Error = context.Stderr,
        };
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // Usage errors exit with 2 like any run that processed nothing (System.CommandLine would use 1).
            foreach (var error in parsed.Errors)
                context.Stderr.WriteLine($"sitrep: {error.Message}");
            context.Stderr.WriteLine("Run 'sitrep --help' or 'sitrep COMMAND --help' for usage.");
            return ExitCodes.Failed;
        }
        return parsed.Invoke(configuration);
    }
}
