using Npgsql;
using Sitrep.Model;
using Sitrep.Pipeline;
using Sitrep.Tests.Recognition.Places;

namespace Sitrep.Storage.Tests;

/// <summary>
/// A fresh, empty store of one backend for one test: a SQLite file in a temp folder, or a new
/// database on the PostgreSQL test server ($SITREP_TEST_POSTGRES, started by ./test), dropped after.
/// </summary>
internal sealed class StoreHarness : IDisposable
{
    public static readonly TheoryData<string> Backends = ["sqlite", "postgres"];

    private readonly TempDir _dir = new();
    private readonly string? _database;

    private StoreHarness(string backend)
    {
        Backend = backend;
        if (backend == "sqlite")
        {
            Db = _dir.File("sitrep.db", "");
            File.Delete(Db);
            return;
        }
        string admin = Environment.GetEnvironmentVariable("SITREP_TEST_POSTGRES")
            ?? throw new InvalidOperationException("no PostgreSQL test server");
        _database = "sitrep_t_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", connection);
            create.ExecuteNonQuery();
        }
        Db = new NpgsqlConnectionStringBuilder(admin) { Database = _database, Pooling = false }.ToString();
    }

    public string Backend { get; }

    /// <summary>What a user would pass to --db.</summary>
    public string Db { get; }

    public static StoreHarness Create(string backend)
    {
        if (backend == "postgres" && Environment.GetEnvironmentVariable("SITREP_TEST_POSTGRES") is null)
            Assert.Skip("No PostgreSQL test server: ./test starts one when Debian's postgresql is installed (.ci/run installs it).");
        return new StoreHarness(backend);
    }

    public IEventStore Open() => EventStore.Open(Db);

    /// <summary>
    /// Makes the database itself refuse (raise an error on) any event row with this trigger word:
    /// a write that fails halfway through an article, as a full disk or a broken constraint would.
    /// </summary>
    public void RefuseEventsTriggeredBy(string word)
    {
        if (Backend == "sqlite")
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db}");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE TRIGGER refuse_event BEFORE INSERT ON events WHEN new.trigger_word = '{word}' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;";
            command.ExecuteNonQuery();
            return;
        }
        using var pg = new NpgsqlConnection(Db);
        pg.Open();
        using var create = new NpgsqlCommand(
            $"""
            CREATE FUNCTION refuse_event() RETURNS trigger AS $$
            BEGIN
                IF new.trigger_word = '{word}' THEN RAISE EXCEPTION 'refused by the test'; END IF;
                RETURN new;
            END $$ LANGUAGE plpgsql;
            CREATE TRIGGER refuse_event BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION refuse_event();
            """, pg);
        create.ExecuteNonQuery();
    }

    /// <summary>How many schemas named like <paramref name="pattern"/> (SQL LIKE) the test database has.</summary>
    public long CountSchemas(string pattern)
    {
        using var pg = new NpgsqlConnection(Db);
        pg.Open();
        using var count = new NpgsqlCommand("SELECT count(*) FROM information_schema.schemata WHERE schema_name LIKE @pattern", pg);
        count.Parameters.AddWithValue("pattern", pattern);
        return (long)count.ExecuteScalar()!;
    }

    public void Dispose()
    {
        if (_database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("SITREP_TEST_POSTGRES"));
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
        _dir.Dispose();
    }

    private static readonly Lazy<ArticlePipeline> s_pipeline = new(() =>
    {
        var dir = new TempDir(); // kept for the process: the gazetteer file stays mapped
        return SitrepPipeline.CreateBuilder(TinyGazetteer.Build(dir)).Build();
    });

    /// <summary>An analysed article written for the tests.</summary>
    public static Article Analyze(string id, string body, string date, string? source = null)
    {
        var article = ArticleText.Compose(id, "Report", body);
        article.Source = source;
        return s_pipeline.Value.Process(article, new AnalysisOptions { PublishedOverride = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) });
    }
}
