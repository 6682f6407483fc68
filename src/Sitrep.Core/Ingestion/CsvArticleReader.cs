using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Sitrep.Errors;

namespace Sitrep.Ingestion;

/// <summary>
/// CSV (or TSV) with a header row; columns found by <see cref="CsvColumnMap"/>. Quoted fields may
/// span lines. A malformed row is reported with its line number and skipped; the others are read.
/// </summary>
public static class CsvArticleReader
{
    public static IEnumerable<ReadResult> Read(string path, ReaderOptions options)
    {
        if (!InputDecoder.TryOpen(path, out var stream, out var openError))
        {
            yield return ReadResult.Fail(openError!);
            yield break;
        }
        using var _ = stream;
        var head = new byte[Math.Min(8192, stream!.Length)];
        stream.ReadExactly(head);
        stream.Position = 0;
        if (InputDecoder.LooksBinary(head))
        {
            yield return ReadResult.Fail(new SitrepError(ErrorCode.BinaryFile, path, null, "looks like a binary file, not CSV."));
            yield break;
        }

        var strictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
        using var reader = new StreamReader(stream, strictUtf8, detectEncodingFromByteOrderMarks: true);
        string? badData = null;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? "\t" : ",",
            BadDataFound = args => badData ??= args.RawRecord,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            MaxFieldSize = options.MaxRecordChars,
        };
        using var csv = new CsvReader(reader, config);

        string stem = Path.GetFileNameWithoutExtension(path);
        Dictionary<ArticleField, int>? columns = null;
        int headerLength = 0;
        int records = 0;
        while (true)
        {
            long line = csv.Parser.RawRow + 1;
            ReadResult? result = null;
            bool stop = false;
            try
            {
                if (!csv.Read())
                    break;
                if (columns is null)
                {
                    csv.ReadHeader();
                    string[] header = csv.HeaderRecord ?? [];
                    headerLength = header.Length;
                    if (!CsvColumnMap.TryResolve(options.CsvColumns, header, out columns, out string? problem))
                    {
                        result = ReadResult.Fail(new SitrepError(ErrorCode.MalformedCsv, path, 1, problem!));
                        stop = true;
                    }
                }
                else
                {
                    result = ReadRow(csv, path, stem, line, columns, headerLength, ref badData);
                }
            }
            catch (DecoderFallbackException)
            {
                result = ReadResult.Fail(new SitrepError(ErrorCode.InvalidUtf8, path, line, $"invalid UTF-8 in the record starting on line {line}; the rest of the file is not read. Save the file as UTF-8."));
                stop = true;
            }
            catch (CsvHelperException ex)
            {
                result = ReadResult.Fail(new SitrepError(ErrorCode.MalformedCsv, path, line, FirstLine(ex.Message)));
                stop = ex is not BadDataException;
            }
            if (result is { } r)
            {
                records += r.IsSuccess ? 1 : 0;
                yield return r;
            }
            if (stop)
                yield break;
        }
        if (columns is null)
            yield return ReadResult.Fail(new SitrepError(ErrorCode.EmptyInput, path, null, "has no header row."));
        else if (records == 0 && csv.Parser.Row <= 1)
            yield return ReadResult.Fail(new SitrepError(ErrorCode.EmptyInput, path, null, "has a header but no rows."));
    }

    private static ReadResult ReadRow(CsvReader csv, string path, string stem, long line, Dictionary<ArticleField, int> columns, int headerLength, ref string? badData)
    {
        // Fields are parsed lazily; touch them all so BadDataFound fires for this row now.
        _ = csv.Parser.Record;
        if (badData is not null)
        {
            badData = null;
            return ReadResult.Fail(new SitrepError(ErrorCode.MalformedCsv, path, line, "badly quoted field (a quote inside an unquoted field, or an unclosed quote); row skipped."));
        }
        int count = csv.Parser.Count;
        if (count != headerLength)
            return ReadResult.Fail(new SitrepError(ErrorCode.MalformedCsv, path, line, $"row has {count} fields; the header has {headerLength}; row skipped."));

        string? Field(ArticleField field) =>
            columns.TryGetValue(field, out int index) && csv.GetField(index) is { Length: > 0 } value ? value : null;

        string? text = Field(ArticleField.Text);
        if (string.IsNullOrWhiteSpace(text))
            return ReadResult.Fail(new SitrepError(ErrorCode.EmptyInput, path, line, "row has an empty text field; skipped."));
        long row = csv.Parser.Row - 1;
        return ReadResult.Ok(new ArticleRecord(
            $"{path}:{line}",
            Field(ArticleField.Id) ?? $"{stem}:{row}",
            Field(ArticleField.Title),
            text,
            Field(ArticleField.Source),
            Field(ArticleField.Url),
            Field(ArticleField.Published)));
    }

    private static string FirstLine(string message)
    {
        int newline = message.IndexOf('\n');
        return (newline < 0 ? message : message[..newline]).Trim();
    }
}
