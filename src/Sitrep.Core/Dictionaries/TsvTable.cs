namespace Sitrep.Dictionaries;

/// <summary>
/// A tab-separated data file: '#' lines are comments, the first other line is the header, each
/// further line a row. Loaded whole: dictionary files are small and read once at start-up.
/// </summary>
public sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;

    private TsvTable(string name, string[] header, List<string[]> rows)
    {
        Name = name;
        Header = header;
        Rows = rows;
        _columns = header.Select((h, i) => (h, i)).ToDictionary(p => p.h, p => p.i, StringComparer.Ordinal);
    }

    public string Name { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    /// <exception cref="FormatException">No header, or a row whose field count differs from the header's.</exception>
    public static TsvTable Parse(string name, TextReader reader)
    {
        string[]? header = null;
        var rows = new List<string[]>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            string[] fields = line.Split('\t');
            if (header is null)
            {
                header = fields;
                continue;
            }
            if (fields.Length != header.Length)
                throw new FormatException($"{name}:{lineNumber}: expected {header.Length} tab-separated fields ({string.Join(", ", header)}), found {fields.Length}.");
            rows.Add(fields);
        }
        if (header is null)
            throw new FormatException($"{name}: no header row.");
        return new TsvTable(name, header, rows);
    }

    /// <summary>The values of one column, in row order.</summary>
    public IEnumerable<string> Column(string column)
    {
        if (!_columns.TryGetValue(column, out int index))
            throw MissingColumn(column);
        return Rows.Select(r => r[index]);
    }

    /// <exception cref="FormatException">The header has no such column.</exception>
    public string Get(string[] row, string column) =>
        _columns.TryGetValue(column, out int index) ? row[index] : throw MissingColumn(column);

    private FormatException MissingColumn(string column) =>
        new($"{Name}: no column '{column}' (columns: {string.Join(", ", Header)}).");
}
