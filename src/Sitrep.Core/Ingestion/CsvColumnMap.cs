using System.Collections.Frozen;

namespace Sitrep.Ingestion;

/// <summary>
/// Which CSV column holds which article field, e.g. <c>text=article_content,title=article_title</c>.
/// Without an explicit map, columns are found by common header names (see <see cref="DefaultAliases"/>).
/// </summary>
public sealed class CsvColumnMap
{
    /// <summary>
    /// Header names recognised without a map (case-insensitive). A bare "date" is deliberately not a
    /// publication date: in labelled corpora it is often the event date. Map it explicitly if it is.
    /// </summary>
    public static readonly FrozenDictionary<ArticleField, string[]> DefaultAliases = new Dictionary<ArticleField, string[]>
    {
        [ArticleField.Text] = ["text", "body", "content", "article_content", "article_text"],
        [ArticleField.Title] = ["title", "headline", "article_title"],
        [ArticleField.Id] = ["id", "unit_id", "article_id"],
        [ArticleField.Source] = ["source", "outlet", "publisher"],
        [ArticleField.Url] = ["url", "link"],
        [ArticleField.Published] = ["published", "published_at", "pubdate", "publication_date", "datetime"],
    }.ToFrozenDictionary();

    private readonly Dictionary<ArticleField, string> _columns;

    private CsvColumnMap(Dictionary<ArticleField, string> columns) => _columns = columns;

    public IReadOnlyDictionary<ArticleField, string> Columns => _columns;

    public static bool TryParse(string spec, out CsvColumnMap? map, out string? problem)
    {
        map = null;
        problem = null;
        var columns = new Dictionary<ArticleField, string>();
        foreach (string pair in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int eq = pair.IndexOf('=');
            if (eq <= 0 || eq == pair.Length - 1)
            {
                problem = $"'{pair}' is not FIELD=COLUMN (fields: {FieldNames}).";
                return false;
            }
            string fieldName = pair[..eq].Trim();
            if (!Enum.TryParse(fieldName, ignoreCase: true, out ArticleField field) || int.TryParse(fieldName, out _))
            {
                problem = $"unknown field '{fieldName}' (fields: {FieldNames}).";
                return false;
            }
            if (!columns.TryAdd(field, pair[(eq + 1)..].Trim()))
            {
                problem = $"field '{fieldName}' is mapped twice.";
                return false;
            }
        }
        if (columns.Count == 0)
        {
            problem = $"the column map is empty (expected FIELD=COLUMN pairs; fields: {FieldNames}).";
            return false;
        }
        map = new CsvColumnMap(columns);
        return true;
    }

    /// <summary>
    /// Column index for each field present in <paramref name="header"/>: mapped fields must exist;
    /// unmapped fields fall back to the default aliases.
    /// </summary>
    public static bool TryResolve(CsvColumnMap? map, string[] header, out Dictionary<ArticleField, int> indices, out string? problem)
    {
        indices = [];
        problem = null;
        foreach (ArticleField field in Enum.GetValues<ArticleField>())
        {
            if (map is not null && map._columns.TryGetValue(field, out string? column))
            {
                int index = Array.FindIndex(header, h => string.Equals(h.Trim(), column, StringComparison.OrdinalIgnoreCase));
                if (index < 0)
                {
                    problem = $"mapped column '{column}' (for {field.ToString().ToLowerInvariant()}) is not in the header; columns are: {string.Join(", ", header)}.";
                    return false;
                }
                indices[field] = index;
                continue;
            }
            foreach (string alias in DefaultAliases[field])
            {
                int index = Array.FindIndex(header, h => string.Equals(h.Trim(), alias, StringComparison.OrdinalIgnoreCase));
                if (index >= 0)
                {
                    indices[field] = index;
                    break;
                }
            }
        }
        if (!indices.ContainsKey(ArticleField.Text))
        {
            problem = $"no text column; columns are: {string.Join(", ", header)}. Name it with --columns text=COLUMN.";
            return false;
        }
        return true;
    }

    private static string FieldNames => string.Join(", ", Enum.GetNames<ArticleField>().Select(n => n.ToLowerInvariant()));
}
