using Sitrep.Cli;

// stdout carries results only (JSON or the text summary); progress and errors go to stderr.
using var stdout = Console.OpenStandardOutput();
return SitrepCli.Run(args, new CliContext(stdout, Console.Error, Interactive: !Console.IsErrorRedirected));
