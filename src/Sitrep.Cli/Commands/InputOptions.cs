using System.CommandLine;
using Sitrep.Errors;
using Sitrep.Ingestion;

namespace Sitrep.Cli.Commands;

/// <summary>Options every command that reads articles shares: input format and CSV column map.</summary>
public sealed class InputOptions
{
    private readonly Option<string> _format = new("--input-format")
    {
        Description = "How to read the inputs: auto (by extension), text, jsonl, csv, html or feed (RSS/Atom).",
        DefaultValueFactory = _ => "auto",
    };

    private readonly Option<string?> _columns = new("--columns")
    {
        Description = "CSV column map, e.g. text=article_content,title=article_title,id=unit_id (fields: id, title, text, source, url, published).",
    };

    private InputOptions() => _format.AcceptOnlyFromAmong("auto", "text", "jsonl", "csv", "html", "feed");

    public static InputOptions Create() => new();

    public void AddTo(Command command)
    {
        command.Options.Add(_format);
        command.Options.Add(_columns);
    }

    public bool TryGetReaderOptions(ParseResult parse, CliContext context, out ReaderOptions options)
    {
        options = new ReaderOptions { Format = Enum.Parse<InputFormat>(parse.GetValue(_format)!, ignoreCase: true) };
        if (parse.GetValue(_columns) is not { } map)
            return true;
        if (!CsvColumnMap.TryParse(map, out var columns, out string? problem))
        {
            context.Stderr.WriteLine(new SitrepError(ErrorCode.InvalidOption, "--columns", null, problem!));
            return false;
        }
        options = options with { CsvColumns = columns };
        return true;
    }
}
