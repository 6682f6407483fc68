using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using System.Text.Json;
using Dapper;
using Sitrep.Aggregation;
using Sitrep.Dictionaries;
using Sitrep.Model;

namespace Sitrep.Storage;

/// <summary>
/// The store over one open connection (SQLite or PostgreSQL); the SQL is shared except where the
/// dialects differ (identity columns, full-text search, the migration lock). Not thread-safe: one
/// store per worker or request.
/// </summary>
internal sealed class SqlEventStore : IEventStore
{
    private readonly DbConnection _connection;
    private readonly StoreDialect _dialect;

    private const string EventColumns =
        "article_id, ordinal, article_key, source, url, cameo, root, plover, actor1, actor1_text, actor1_groups, actor1_inherited, "
        + "actor2, actor2_text, actor2_groups, place_name, place_text, geoname_id, lat, lon, country, admin1, admin1_name, place_precision, "
        + "date_first, date_last, date_precision, date_text, modality, claimed_by, claimed_by_text, fatalities, fatalities_text, "
        + "sentence_start, sentence_end, span_start, span_end, trigger_word, evidence";

    static SqlEventStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    public SqlEventStore(DbConnection connection, StoreDialect dialect, string description)
    {
        _connection = connection;
        _dialect = dialect;
        Description = description;
        Migrations.Apply(connection, dialect, description);
    }

    public string Description { get; }

    private DbTransaction? _batch;

    public IDisposable WriteBatch()
    {
        if (_batch is not null)
            throw new InvalidOperationException("a write batch is already open");
        _batch = _connection.BeginTransaction();
        return new BatchScope(this);
    }

    private sealed class BatchScope(SqlEventStore store) : IDisposable
    {
        public void Dispose()
        {
            if (store._batch is not { } tx)
                return;
            store._batch = null;
            tx.Commit();
            tx.Dispose();
        }
    }

    public long? Add(Article article, string analysisJson) => Add(article, AnalysisBlob.Compress(analysisJson));

    public long? Add(Article article, byte[] compressedAnalysis)
    {
        // Inside a write batch the article joins its transaction; a savepoint keeps it whole.
        if (_batch is { } batch)
        {
            Statement(ref _savepoint, "SAVEPOINT article", 0).Execute(batch);
            try
            {
                long? added = Insert(article, compressedAnalysis, batch);
                Statement(ref _release, "RELEASE SAVEPOINT article", 0).Execute(batch);
                return added;
            }
            catch
            {
                // Undo the article's rows, then drop its savepoint so failed articles do not pile them up.
                Statement(ref _rollback, "ROLLBACK TO SAVEPOINT article", 0).Execute(batch);
                Statement(ref _release, "RELEASE SAVEPOINT article", 0).Execute(batch);
                throw;
            }
        }
        using var tx = _connection.BeginTransaction();
        long? id = Insert(article, compressedAnalysis, tx);
        if (id is null)
            tx.Rollback();
        else
            tx.Commit();
        return id;
    }

    // The writer's statements, each prepared on first use and reused for every article after.
    private ReusedCommand? _savepoint, _release, _rollback, _insertArticle, _insertEvent, _insertLabel;

    private ReusedCommand Statement(ref ReusedCommand? command, string sql, int parameterCount) =>
        command ??= ReusedCommand.Create(_connection, sql, parameterCount);

    private long? Insert(Article article, byte[] analysis, DbTransaction tx)
    {
        object? id = Statement(ref _insertArticle,
            """
            INSERT INTO articles (content_hash, article_key, source, url, title, published, text, analysis_json, analysis_br, analyzer_version, ingested_at)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, '', @p7, @p8, @p9)
            ON CONFLICT (content_hash) DO NOTHING
            RETURNING id
            """, 10).Scalar(tx,
            ContentHash.Of(article),
            article.Id,
            article.Source,
            article.Url,
            article.TitleSpan is { } t ? article[t] : null,
            article.Published?.Value.ToString(),
            article.Text,
            analysis,
            DataFiles.Fingerprint,
            DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        if (id is null)
            return null;
        long articleId = Convert.ToInt64(id, CultureInfo.InvariantCulture);
        InsertAnalysis(article, articleId, tx);
        return articleId;
    }

    public bool Contains(string contentHash) =>
        _connection.ExecuteScalar<long?>("SELECT id FROM articles WHERE content_hash = @contentHash", new { contentHash }, _batch) is not null;

    public void Replace(long articleId, Article article, string analysisJson)
    {
        using var tx = _connection.BeginTransaction();
        _connection.Execute("DELETE FROM events WHERE article_id = @articleId", new { articleId }, tx);
        _connection.Execute("DELETE FROM labels WHERE article_id = @articleId", new { articleId }, tx);
        _connection.Execute("UPDATE articles SET analysis_json = '', analysis_br = @analysis, analyzer_version = @version WHERE id = @articleId",
            new { analysis = AnalysisBlob.Compress(analysisJson), version = DataFiles.Fingerprint, articleId }, tx);
        InsertAnalysis(article, articleId, tx);
        tx.Commit();
    }

    private void InsertAnalysis(Article article, long articleId, DbTransaction tx)
    {
        var events = EventRecord.From(article, articleId, article.Id);
        if (_connection.CanCreateBatch)
        {
            InsertAnalysisBatched(article, articleId, events, tx);
            return;
        }
        AnalysisRows(article, articleId, events, (isEvent, values) =>
            (isEvent ? Statement(ref _insertEvent, s_named.Events, values.Length) : Statement(ref _insertLabel, s_named.Labels, values.Length)).Execute(tx, values));
    }

    /// <summary>
    /// A server database (PostgreSQL): an article's event and label rows go in one round trip, as
    /// one batch of statements with positional parameters. One statement per row waited for the
    /// server thirteen times an article and made its writer less than half as fast as SQLite's.
    /// </summary>
    private void InsertAnalysisBatched(Article article, long articleId, List<EventRecord> events, DbTransaction tx)
    {
        if (events.Count == 0 && article.Labels.Count == 0)
            return;
        using var batch = _connection.CreateBatch();
        batch.Transaction = tx;
        AnalysisRows(article, articleId, events, (isEvent, values) =>
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = isEvent ? s_positional.Events : s_positional.Labels;
            foreach (object? value in values)
            {
                var parameter = command.CreateParameter();
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }
            batch.BatchCommands.Add(command);
        });
        batch.ExecuteNonQuery();
    }

    private delegate void RowSink(bool isEvent, ReadOnlySpan<object?> values);

    /// <summary>The article's event rows (values in <see cref="EventColumns"/> order), then its label rows (<see cref="LabelColumns"/>).</summary>
    private static void AnalysisRows(Article article, long articleId, List<EventRecord> events, RowSink sink)
    {
        var row = new object?[s_eventValues.Length];
        foreach (var e in events)
        {
            for (int i = 0; i < row.Length; i++)
                row[i] = s_eventValues[i](e);
            sink(true, row);
        }
        foreach (var l in article.Labels)
            sink(false, [articleId, article.Source, l.Actor, l.Term, l.Polarity, l.Span.Start, l.Span.End]);
    }

    private const string LabelColumns = "article_id, source, actor, term, polarity, span_start, span_end";

    // The two inserts with named placeholders (@p0, …, for ReusedCommand) and positional ones ($1, …, for batches).
    private static readonly (string Events, string Labels) s_named = (InsertInto("events", EventColumns, i => "@p" + i), InsertInto("labels", LabelColumns, i => "@p" + i));
    private static readonly (string Events, string Labels) s_positional = (InsertInto("events", EventColumns, i => "$" + (i + 1)), InsertInto("labels", LabelColumns, i => "$" + (i + 1)));

    private static string InsertInto(string table, string columns, Func<int, string> placeholder) =>
        $"INSERT INTO {table} ({columns}) VALUES ({string.Join(", ", Enumerable.Range(0, columns.Split(", ").Length).Select(placeholder))})";

    /// <summary>Each events column's value from an <see cref="EventRecord"/>, compiled once: reflection looked each property up and invoked it for every value of every row.</summary>
    private static readonly Func<EventRecord, object?>[] s_eventValues = EventColumns.Split(", ")
        .Select(c => typeof(EventRecord).GetProperty(Pascal(c)) ?? throw new InvalidOperationException($"EventRecord has no property for column {c}"))
        .Select(p =>
        {
            var record = Expression.Parameter(typeof(EventRecord));
            return Expression.Lambda<Func<EventRecord, object?>>(Expression.Convert(Expression.Property(record, p), typeof(object)), record).Compile();
        })
        .ToArray();

    public int ArticleCount() => _connection.ExecuteScalar<int>("SELECT COUNT(*) FROM articles");

    public int EventCount() => _connection.ExecuteScalar<int>("SELECT COUNT(*) FROM events");

    public StoredArticle? GetArticle(long id)
    {
        var row = _connection.QuerySingleOrDefault<ArticleRow>("SELECT * FROM articles WHERE id = @id", new { id });
        return row is null ? null : new StoredArticle(row.Id, row.ArticleKey, row.ContentHash, row.Source, row.Url, row.Title, row.Published, row.Text,
            row.AnalysisBr is { } compressed ? AnalysisBlob.Decompress(compressed) : row.AnalysisJson, row.AnalyzerVersion, row.IngestedAt);
    }

    public IReadOnlyList<(long Id, string Key, string AnalyzerVersion)> ArticleIndex() =>
        _connection.Query<(long, string, string)>("SELECT id, article_key, analyzer_version FROM articles ORDER BY id").ToList();

    public IReadOnlyList<EventRecord> Events(EventFilter filter)
    {
        var (sql, p) = Where(filter, "SELECT * FROM events");
        sql.Append(" ORDER BY date_first, article_id, ordinal");
        if (filter.Limit is { } limit)
        {
            sql.Append(" LIMIT @limit OFFSET @offset");
            p.Add("limit", limit);
            p.Add("offset", filter.Offset);
        }
        return _connection.Query<EventRecord>(sql.ToString(), p).ToList();
    }

    public int CountEvents(EventFilter filter)
    {
        var (sql, p) = Where(filter, "SELECT COUNT(*) FROM events");
        return _connection.ExecuteScalar<int>(sql.ToString(), p);
    }

    /// <summary>The filter as a WHERE clause after <paramref name="select"/>; every value a parameter.</summary>
    private static (StringBuilder Sql, DynamicParameters Parameters) Where(EventFilter filter, string select)
    {
        var sql = new StringBuilder(select).Append(" WHERE 1 = 1");
        var p = new DynamicParameters();
        if (filter.From is { } from)
        {
            sql.Append(" AND date_last >= @from");
            p.Add("from", Iso(from));
        }
        if (filter.To is { } to)
        {
            sql.Append(" AND date_first <= @to");
            p.Add("to", Iso(to));
        }
        if (filter.Country is { } country)
        {
            sql.Append(" AND country = @country");
            p.Add("country", country.ToUpperInvariant());
        }
        if (filter.Admin1 is { } admin1)
        {
            sql.Append(" AND admin1 = @admin1");
            p.Add("admin1", admin1.ToUpperInvariant());
        }
        if (filter.BoundingBox is { } box)
        {
            sql.Append(" AND lon >= @west AND lon <= @east AND lat >= @south AND lat <= @north");
            p.AddDynamicParams(new { west = box.West, east = box.East, south = box.South, north = box.North });
        }
        if (filter.Actor is { } actor)
        {
            // A code or code start on either side ("SYR" → SYRMIL, SYRREB), or a group by name.
            sql.Append(" AND (actor1 LIKE @code OR actor2 LIKE @code OR lower(actor1_groups) LIKE @group OR lower(actor2_groups) LIKE @group)");
            p.Add("code", "%|" + actor.ToUpperInvariant() + "%");
            p.Add("group", "%|" + actor.ToLowerInvariant() + "|%");
        }
        if (filter.Root is { } root)
        {
            sql.Append(" AND root = @root");
            p.Add("root", root.PadLeft(2, '0'));
        }
        if (filter.Source is { } source)
        {
            sql.Append(" AND lower(source) = @source");
            p.Add("source", source.ToLowerInvariant());
        }
        if (filter.Modality is { } modality)
        {
            sql.Append(" AND modality = @modality");
            p.Add("modality", modality.ToLowerInvariant());
        }
        if (filter.Place is { } place)
        {
            sql.Append(" AND (lower(place_name) = @place OR lower(place_text) = @place)");
            p.Add("place", place.ToLowerInvariant());
        }
        if (filter.ArticleId is { } articleId)
        {
            sql.Append(" AND article_id = @articleId");
            p.Add("articleId", articleId);
        }
        return (sql, p);
    }

    public IReadOnlyList<LabelCount> Labels(string? source) =>
        _connection.Query<LabelRow>(
            """
            SELECT coalesce(source, '(unknown)') AS Source, coalesce(actor, '(none)') AS Actor, term AS Term, polarity AS Polarity, COUNT(*) AS Count
            FROM labels
            WHERE @source IS NULL OR lower(source) = @source
            GROUP BY coalesce(source, '(unknown)'), coalesce(actor, '(none)'), term, polarity
            ORDER BY 1, 2, 5 DESC, 3
            """, new { source = source?.ToLowerInvariant() }).Select(r => new LabelCount(r.Source, r.Actor, r.Term, r.Polarity, r.Count)).ToList();

    public IReadOnlyList<ArticleHit> Search(string query, int limit)
    {
        if (string.IsNullOrWhiteSpace(query))
            return [];
        if (_dialect == StoreDialect.Sqlite)
        {
            // Every word a quoted FTS5 phrase: user text is data, never query syntax.
            string match = string.Join(" ", query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
            return _connection.Query<HitRow>(
                """
                SELECT a.id AS Id, a.article_key AS Key, a.source AS Source, a.title AS Title, a.published AS Published,
                       snippet(articles_fts, 1, '[', ']', '…', 16) AS Snippet
                FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                WHERE articles_fts MATCH @match
                ORDER BY rank LIMIT @limit
                """, new { match, limit }).Select(HitRow.ToHit).ToList();
        }
        return _connection.Query<HitRow>(
            """
            SELECT a.id AS Id, a.article_key AS Key, a.source AS Source, a.title AS Title, a.published AS Published,
                   ts_headline('english', a.text, q, 'StartSel=[,StopSel=],MaxWords=24,MinWords=8') AS Snippet
            FROM articles a, websearch_to_tsquery('english', @query) q
            WHERE a.search @@ q
            ORDER BY ts_rank(a.search, q) DESC, a.id LIMIT @limit
            """, new { query, limit }).Select(HitRow.ToHit).ToList();
    }

    public void SaveCeasefire(Ceasefire ceasefire) =>
        _connection.Execute(
            "INSERT INTO ceasefires (name, definition) VALUES (@name, @definition) ON CONFLICT (name) DO UPDATE SET definition = excluded.definition",
            new { name = ceasefire.Name, definition = JsonSerializer.Serialize(ceasefire) });

    public Ceasefire? GetCeasefire(string name)
    {
        string? json = _connection.ExecuteScalar<string?>("SELECT definition FROM ceasefires WHERE lower(name) = @name", new { name = name.ToLowerInvariant() });
        return json is null ? null : JsonSerializer.Deserialize<Ceasefire>(json);
    }

    public IReadOnlyList<Ceasefire> Ceasefires() =>
        _connection.Query<string>("SELECT definition FROM ceasefires ORDER BY name").Select(j => JsonSerializer.Deserialize<Ceasefire>(j)!).ToList();

    public void Dispose()
    {
        foreach (var command in new[] { _savepoint, _release, _rollback, _insertArticle, _insertEvent, _insertLabel })
            command?.Dispose();
        _batch?.Dispose(); // an open batch was not committed: nothing of it is kept
        _connection.Dispose();
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>article_id → ArticleId: the parameter names Dapper reads from <see cref="EventRecord"/>.</summary>
    private static string Pascal(string column) =>
        string.Concat(column.Split('_').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    // Row classes: SQLite reports no column types for computed columns, so Dapper maps
    // through settable properties (with conversion) rather than record constructors.
    private sealed class LabelRow
    {
        public string Source { get; set; } = "";
        public string Actor { get; set; } = "";
        public string Term { get; set; } = "";
        public string Polarity { get; set; } = "";
        public long Count { get; set; }
    }

    private sealed class HitRow
    {
        public long Id { get; set; }
        public string Key { get; set; } = "";
        public string? Source { get; set; }
        public string? Title { get; set; }
        public string? Published { get; set; }
        public string Snippet { get; set; } = "";

        public static ArticleHit ToHit(HitRow r) => new(r.Id, r.Key, r.Source, r.Title, r.Published, r.Snippet);
    }

    private sealed class ArticleRow
    {
        public long Id { get; set; }
        public string ArticleKey { get; set; } = "";
        public string ContentHash { get; set; } = "";
        public string? Source { get; set; }
        public string? Url { get; set; }
        public string? Title { get; set; }
        public string? Published { get; set; }
        public string Text { get; set; } = "";
        public string AnalysisJson { get; set; } = "";
        public byte[]? AnalysisBr { get; set; }
        public string AnalyzerVersion { get; set; } = "";
        public string IngestedAt { get; set; } = "";
    }
}
