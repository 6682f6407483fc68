using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Sitrep.Cli.Tests;

/// <summary><c>sitrep ingest</c> end to end: idempotence, bad input, every reader, and a killed run.</summary>
[Collection(ProcessStateCollection.Name)]
public sealed class IngestCommandTests
{
    private static readonly string[] s_fakesColumns = ["--columns", "text=article_content,title=article_title,id=unit_id,source=source"];

    private static void RequireGazetteer()
    {
        if (!Sitrep.Recognition.Places.Gazetteer.Gazetteer.IsAvailable)
            Assert.Skip("The world gazetteer is not built; run scripts/build-gazetteer.sh.");
    }

    /// <summary>
    /// A read-write connection even for reads: a read-only one cannot use the WAL index and sees only
    /// what was checkpointed into the main file, which lags a live writer.
    /// </summary>
    private static string Text(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private static long Scalar(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Ingesting_the_corpus_twice_stores_each_article_once()
    {
        RequireGazetteer();
        string corpus = TestPaths.SharedFile("corpora/fa-kes/dev.csv");
        using var dir = new TempDir();
        string db = Path.Combine(dir.Path, "sitrep.db");

        var first = CliRun.Invoke(["ingest", corpus, "--db", db, .. s_fakesColumns]);
        var second = CliRun.Invoke(["ingest", corpus, "--db", db, .. s_fakesColumns]);

        Assert.Equal(0, first.ExitCode);
        // 370 rows, of which 5 repeat another row word for word: 365 distinct articles.
        Assert.Contains("365 new article(s), 5 already stored, 0 failed", first.Stderr);
        Assert.Contains("0 new article(s), 370 already stored, 0 failed", second.Stderr);
        Assert.Equal(365, Scalar(db, "SELECT COUNT(*) FROM articles"));
        Assert.Equal(365, Scalar(db, "SELECT COUNT(DISTINCT content_hash) FROM articles"));
        Assert.True(Scalar(db, "SELECT COUNT(*) FROM events") > 3000);
    }

    [Fact]
    public void Ingesting_on_all_cores_stores_exactly_what_one_core_stores()
    {
        RequireGazetteer();
        string corpus = TestPaths.SharedFile("corpora/fa-kes/dev.csv");
        using var dir = new TempDir();
        string one = Path.Combine(dir.Path, "one.db");
        string many = Path.Combine(dir.Path, "many.db");

        var single = CliRun.Invoke(["ingest", corpus, "--db", one, "--workers", "1", .. s_fakesColumns]);
        var parallel = CliRun.Invoke(["ingest", corpus, "--db", many, "--workers", "4", .. s_fakesColumns]);

        Assert.Equal((0, 0), (single.ExitCode, parallel.ExitCode));
        Assert.Equal(Dump(one), Dump(many));
        // Same order too: ids are given in input order.
        Assert.Equal(Text(one, "SELECT group_concat(content_hash) FROM (SELECT content_hash FROM articles ORDER BY id)"),
            Text(many, "SELECT group_concat(content_hash) FROM (SELECT content_hash FROM articles ORDER BY id)"));
    }

    [Fact]
    public void A_bad_file_is_reported_and_nothing_stored_before_is_lost()
    {
        RequireGazetteer();
        using var dir = new TempDir();
        string db = Path.Combine(dir.Path, "sitrep.db");
        string good = dir.File("good.txt", "Shelling in Azaz\n\nSyrian troops shelled rebels in Azaz in Aleppo province on Sunday, a monitor said.\n");
        Assert.Equal(0, CliRun.Invoke("ingest", good, "--db", db, "--date", "2016-05-09").ExitCode);
        string binary = dir.Bytes("blob.txt", [0x00, 0xFF, 0x00, 0x01, 0x02]);
        string feed = dir.File("bad.rss", "<rss><channel><item><title>x</title>");
        string laughs = dir.File("laughs.xml", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]><rss version=\"2.0\"><channel><title>&lol2;</title></channel></rss>");
        string empty = dir.File("empty.html", "   ");

        var run = CliRun.Invoke("ingest", binary, feed, laughs, empty, "--db", db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{binary}: SIT003", run.Stderr);
        Assert.Contains($"{feed}: SIT015", run.Stderr);
        Assert.Contains($"{laughs}: SIT015", run.Stderr);
        Assert.Contains("DTD", run.Stderr);
        Assert.Contains($"{empty}: SIT005", run.Stderr);
        Assert.Equal(1, Scalar(db, "SELECT COUNT(*) FROM articles"));
    }

    [Fact]
    public void Saved_pages_and_feeds_are_ingested_with_their_metadata()
    {
        RequireGazetteer();
        using var dir = new TempDir();
        string db = Path.Combine(dir.Path, "sitrep.db");
        string paragraph = "Syrian troops shelled rebel positions in Azaz in Aleppo province on Sunday, killing four fighters, a monitoring group said. ";
        string page = dir.File("page.html", $$"""
            <html><head><title>Shelling in Azaz | The Daily Example</title>
            <link rel="canonical" href="https://news.example.org/azaz-shelling">
            <meta property="og:site_name" content="The Daily Example">
            <meta property="article:published_time" content="2016-05-09T08:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
            <div class="ad">Buy one, get one free!</div>
            <article><h1>Shelling in Azaz</h1><p>{{string.Concat(Enumerable.Repeat(paragraph, 3))}}</p>
            <p>Rebels said they retook two checkpoints north of the town on Saturday after heavy fighting with government forces.</p></article>
            <footer>Copyright The Daily Example. All rights reserved.</footer></body></html>
            """);
        string feed = dir.File("world.rss", """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example.org</link>
            <item><title>Air strikes hit Idlib</title><link>https://wire.example.org/1</link><pubDate>Tue, 10 May 2016 09:00:00 GMT</pubDate>
              <description>&lt;p&gt;Russian airstrikes hit the town of Saraqeb in Idlib province on Monday, a monitor said.&lt;/p&gt;</description></item>
            <item><title>Talks in Geneva</title><link>https://wire.example.org/2</link><pubDate>Wed, 11 May 2016 09:00:00 GMT</pubDate>
              <description>Government and opposition delegations met in Geneva on Tuesday for talks.</description></item>
            </channel></rss>
            """);

        var run = CliRun.Invoke("ingest", page, feed, "--db", db);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("3 new article(s)", run.Stderr);
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT source, url, published, text FROM articles ORDER BY id";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(("The Daily Example", "https://news.example.org/azaz-shelling", "2016-05-09"), (reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        string text = reader.GetString(3);
        Assert.Contains("shelled rebel positions in Azaz", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Buy one", text, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", text, StringComparison.Ordinal);
        Assert.True(reader.Read());
        Assert.Equal(("Example Wire", "https://wire.example.org/1", "2016-05-10"), (reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        Assert.StartsWith("Air strikes hit Idlib\n\nRussian airstrikes hit", reader.GetString(3), StringComparison.Ordinal);
        Assert.True(Scalar(db, "SELECT COUNT(*) FROM events WHERE source = 'Example Wire' AND actor1 LIKE '%|RUSMIL|%'") >= 1);
    }

    [Fact]
    public void A_killed_ingest_resumes_to_the_same_database_as_an_uninterrupted_run()
    {
        RequireGazetteer();
        using var dir = new TempDir();
        // The corpus three times over, each copy made distinct, so a run lasts long enough to be killed midway.
        string corpus = Path.Combine(dir.Path, "corpus.csv");
        int articles = WriteTripledCorpus(TestPaths.SharedFile("corpora/fa-kes/dev.csv"), corpus);
        string whole = Path.Combine(dir.Path, "whole.db");
        string killed = Path.Combine(dir.Path, "killed.db");
        Assert.Equal(0, CliRun.Invoke(["ingest", corpus, "--db", whole, .. s_fakesColumns]).ExitCode);
        long total = Scalar(whole, "SELECT COUNT(*) FROM articles");

        // Start an ingest, let it commit for a while, then SIGKILL it: no cleanup code runs.
        var (code, output) = SitrepProcess.RunAndKill(() => File.Exists(killed) && SafeCount(killed) >= 100, ["ingest", corpus, "--db", killed, .. s_fakesColumns]);
        Assert.True(code == 137, $"expected the ingest to die of SIGKILL (137), got {code}: {output}");
        long partial = Scalar(killed, "SELECT COUNT(*) FROM articles");
        Assert.InRange(partial, 1, total - 1);
        // No half-stored article: every stored article has its events (one FA-KES article has none, so three copies).
        Assert.True(Scalar(killed, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id)") <= 3);

        var resumed = CliRun.Invoke(["ingest", corpus, "--db", killed, .. s_fakesColumns]);

        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains($"{total - partial} new article(s), {articles - (total - partial)} already stored", resumed.Stderr);
        Assert.Equal(Dump(whole), Dump(killed));
    }

    private static int WriteTripledCorpus(string source, string target)
    {
        using var reader = new StreamReader(source);
        using var csv = new CsvHelper.CsvReader(reader, System.Globalization.CultureInfo.InvariantCulture);
        using var writer = new StreamWriter(target);
        using var output = new CsvHelper.CsvWriter(writer, System.Globalization.CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<string[]>();
        while (csv.Read())
            rows.Add([csv.GetField("unit_id")!, csv.GetField("article_title")!, csv.GetField("article_content")!, csv.GetField("source")!]);
        foreach (string field in new[] { "unit_id", "article_title", "article_content", "source" })
            output.WriteField(field);
        output.NextRecord();
        for (int copy = 1; copy <= 3; copy++)
        {
            foreach (var row in rows)
            {
                output.WriteField($"{row[0]}-{copy}");
                output.WriteField(row[1]);
                output.WriteField($"{row[2]} Copy {copy}.");
                output.WriteField(row[3]);
                output.NextRecord();
            }
        }
        return rows.Count * 3;
    }

    [Fact]
    public async Task Two_workers_ingesting_overlapping_input_into_postgresql_equal_one_worker()
    {
        RequireGazetteer();
        string? admin = Environment.GetEnvironmentVariable("SITREP_TEST_POSTGRES");
        if (admin is null)
            Assert.Skip("No PostgreSQL test server: ./test starts one when Debian's postgresql is installed.");
        string corpus = TestPaths.SharedFile("corpora/fa-kes/dev.csv");
        using var dir = new TempDir();
        // Worker A reads the whole corpus, worker B the same articles in another file: a full overlap.
        string copy = Path.Combine(dir.Path, "again.csv");
        File.Copy(corpus, copy);
        using var single = PostgresDatabase.Create(admin);
        using var shared = PostgresDatabase.Create(admin);
        Assert.Equal(0, CliRun.Invoke(["ingest", corpus, "--db", single.ConnectionString, .. s_fakesColumns]).ExitCode);
        // Create the schema first, as a deployment would; the workers then race on the articles.
        Assert.Equal(0, CliRun.Invoke("events", "--db", shared.ConnectionString, "--limit", "1").ExitCode);

        using var a = SitrepProcess.Start(["ingest", corpus, "--db", shared.ConnectionString, .. s_fakesColumns]);
        using var b = SitrepProcess.Start(["ingest", copy, "--db", shared.ConnectionString, .. s_fakesColumns]);
        string errA = await a.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        string errB = await b.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await a.WaitForExitAsync(TestContext.Current.CancellationToken);
        await b.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(a.ExitCode == 0, errA);
        Assert.True(b.ExitCode == 0, errB);
        var added = new[] { errA, errB }.Select(e => int.Parse(System.Text.RegularExpressions.Regex.Match(e, @"(\d+) new article").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(365, added.Sum());
        Assert.Equal(single.Dump(), shared.Dump());
    }

    private static long SafeCount(string db)
    {
        try
        {
            return Scalar(db, "SELECT COUNT(*) FROM articles");
        }
        catch (SqliteException)
        {
            return 0; // not created yet, or the schema not there yet
        }
    }

    /// <summary>The content of a store, independent of row ids and insertion order.</summary>
    private static string Dump(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = StoreDump.Query("hex(a.analysis_br)");
        using var reader = command.ExecuteReader();
        return StoreDump.Lines(reader);
    }
}

/// <summary>Rows as tab-separated lines, NULL as ∅: two stores' contents compared as text.</summary>
internal static class StoreDump
{
    /// <summary>The query every dump runs (SQLite and PostgreSQL spell the hex of the analysis differently).</summary>
    public static string Query(string hexOfAnalysis) => $"""
        SELECT a.content_hash, a.article_key, a.source, {hexOfAnalysis}, e.ordinal, e.cameo, e.actor1, e.actor2, e.admin1, e.date_first, e.modality, e.claimed_by, e.evidence
        FROM articles a LEFT JOIN events e ON e.article_id = a.id
        ORDER BY a.content_hash, e.ordinal
        """;

    public static string Lines(System.Data.Common.DbDataReader reader)
    {
        var lines = new List<string>();
        while (reader.Read())
            lines.Add(string.Join("\t", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : reader.GetValue(i).ToString())));
        return string.Join("\n", lines);
    }
}

/// <summary>A throw-away database on the PostgreSQL test server.</summary>
internal sealed class PostgresDatabase : IDisposable
{
    private readonly string _admin;
    private readonly string _name = "sitrep_cli_" + Guid.NewGuid().ToString("N");

    private PostgresDatabase(string admin)
    {
        _admin = admin;
        Execute(admin, $"CREATE DATABASE {_name}");
        ConnectionString = new Npgsql.NpgsqlConnectionStringBuilder(admin) { Database = _name, Pooling = false }.ToString();
    }

    public string ConnectionString { get; }

    public static PostgresDatabase Create(string admin) => new(admin);

    /// <summary>The stored content, independent of ids and insertion order.</summary>
    public string Dump()
    {
        using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand(StoreDump.Query("encode(a.analysis_br, 'hex')"), connection);
        using var reader = command.ExecuteReader();
        return StoreDump.Lines(reader);
    }

    public void Dispose()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        Execute(_admin, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new Npgsql.NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>The CLI as a separate process (for kill and concurrency tests): the sitrep.dll built beside the tests.</summary>
internal static class SitrepProcess
{
    /// <summary>
    /// Runs the CLI under bash and sends it SIGKILL as soon as <paramref name="killWhen"/> holds
    /// (polled here; a flag file tells bash); returns its exit status (137 when the signal killed it)
    /// and what it printed. bash does the killing because a signal sent from inside the test host
    /// did not reach the child here.
    /// </summary>
    public static (int Code, string Output) RunAndKill(Func<bool> killWhen, params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "sitrep.dll");
        string flag = Path.Combine(Path.GetTempPath(), $"sitrep-kill-{Guid.NewGuid():N}");
        string command = $"dotnet {Quote(dll)} {string.Join(" ", args.Select(Quote))} 2>&1 & pid=$!; "
            + $"while [ ! -e {Quote(flag)} ] && kill -0 $pid 2>/dev/null; do sleep 0.02; done; kill -9 $pid 2>/dev/null; wait $pid; echo \"exit=$?\"";
        var info = new ProcessStartInfo("bash", ["-c", command]) { RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = TestPaths.RepoRoot };
        using var bash = Process.Start(info)!;
        var output = bash.StandardOutput.ReadToEndAsync();
        var clock = Stopwatch.StartNew();
        while (!bash.HasExited && clock.Elapsed < TimeSpan.FromSeconds(120) && !killWhen())
            Thread.Sleep(20);
        File.WriteAllText(flag, "");
        bash.WaitForExit();
        File.Delete(flag);
        var match = System.Text.RegularExpressions.Regex.Match(output.Result, @"exit=(\d+)\s*$");
        return (match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : -1, output.Result);
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = TestPaths.RepoRoot,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sitrep.dll"));
        foreach (string a in args)
            info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }
}
