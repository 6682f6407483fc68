using Microsoft.Data.Sqlite;
using Npgsql;
using Sitrep.Errors;

namespace Sitrep.Storage;

/// <summary>Opens a store from what the user typed after <c>--db</c>.</summary>
public static class EventStore
{
    public const string DefaultPath = "sitrep.db";

    /// <summary>
    /// How many articles a bulk writer puts in one <see cref="IEventStore.WriteBatch"/>. A commit per
    /// few dozen articles cost a fifth of the one-core ingest time (SQLite's commits and WAL
    /// checkpoints); a killed run loses at most this many, which a re-run stores.
    /// </summary>
    public const int ArticlesPerBatch = 256;

    /// <summary>
    /// <c>postgres://user:pass@host:port/db</c>, <c>postgresql://…</c> or an Npgsql connection string
    /// (<c>Host=…;Database=…</c>) opens PostgreSQL; anything else is a SQLite file path (created if
    /// missing). The schema is migrated to the current version on open.
    /// </summary>
    public static IEventStore Open(string? db)
    {
        db = string.IsNullOrWhiteSpace(db) ? DefaultPath : db.Trim();
        return IsPostgres(db) ? OpenPostgres(db) : OpenSqlite(db);
    }

    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    private static IEventStore OpenSqlite(string path)
    {
        string full = Path.GetFullPath(path);
        string? dir = Path.GetDirectoryName(full);
        if (dir is not null && !Directory.Exists(dir))
            throw Fail(path, "its folder does not exist.");
        if (Directory.Exists(full))
            throw Fail(path, "is a directory, not a database file.");
        var builder = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 30 };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            using var pragmas = connection.CreateCommand();
            // WAL: readers (the web page) never block the writer; NORMAL sync is durable at each commit in WAL mode.
            // A 32 MB page cache keeps the event and FTS indexes in memory while a batch is written.
            pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000; PRAGMA cache_size=-32768; PRAGMA temp_store=MEMORY;";
            pragmas.ExecuteNonQuery();
            return new SqlEventStore(connection, StoreDialect.Sqlite, "sqlite:" + full);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw Fail(path, ex.SqliteErrorCode == 26 ? "is not a SQLite database." : ex.Message, ex);
        }
        catch (StoreException)
        {
            connection.Dispose();
            throw;
        }
    }

    private static IEventStore OpenPostgres(string db)
    {
        string connectionString;
        try
        {
            connectionString = db.Contains("://", StringComparison.Ordinal) ? FromUri(db) : new NpgsqlConnectionStringBuilder(db).ToString();
        }
        catch (Exception ex) when (ex is ArgumentException or UriFormatException or FormatException)
        {
            throw Fail("postgresql", "the connection string cannot be read: " + ex.Message, ex);
        }
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        string description = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}";
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            return new SqlEventStore(connection, StoreDialect.Postgres, description);
        }
        catch (NpgsqlException ex)
        {
            connection.Dispose();
            throw Fail(description, "cannot connect or set up the schema: " + ex.Message, ex);
        }
        catch (StoreException)
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A throw-away store for one measurement, removed when <paramref name="measure"/> returns: a new
    /// SQLite file in the temp folder, or, given a PostgreSQL database, a new schema in it (so only
    /// the right to create a schema is needed, not a database).
    /// </summary>
    public static void WithScratchStore(string? postgres, Action<IEventStore> measure)
    {
        if (postgres is null)
        {
            string db = Path.Combine(Path.GetTempPath(), $"sitrep-scratch-{Guid.NewGuid():N}.db");
            try
            {
                using var store = Open(db);
                measure(store);
            }
            finally
            {
                foreach (string f in new[] { db, db + "-wal", db + "-shm" })
                    File.Delete(f);
            }
            return;
        }
        var builder = new NpgsqlConnectionStringBuilder(postgres.Contains("://", StringComparison.Ordinal) ? FromUri(postgres) : postgres);
        string schema = $"sitrep_scratch_{Guid.NewGuid():N}";
        void Run(string sql)
        {
            using var connection = new NpgsqlConnection(builder.ToString());
            connection.Open();
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }
        try
        {
            Run($"CREATE SCHEMA {schema}");
        }
        catch (NpgsqlException ex)
        {
            throw Fail($"postgresql://{builder.Host}:{builder.Port}/{builder.Database}", "cannot create a scratch schema: " + ex.Message, ex);
        }
        try
        {
            using var store = OpenPostgres(new NpgsqlConnectionStringBuilder(builder.ToString()) { SearchPath = schema }.ToString());
            measure(store);
        }
        finally
        {
            Run($"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
    }

    /// <summary>postgres://user:password@host:port/database?sslmode=… → an Npgsql connection string.</summary>
    private static string FromUri(string text)
    {
        var uri = new Uri(text);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (uri.UserInfo.Length > 0)
        {
            string[] parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1)
                builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
        }
        return builder.ToString();
    }

    internal static StoreException Fail(string where, string message, Exception? inner = null) =>
        new(new SitrepError(ErrorCode.StoreFailed, where, null, message), inner);
}

internal enum StoreDialect
{
    Sqlite,
    Postgres,
}
