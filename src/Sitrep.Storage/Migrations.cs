using System.Data.Common;
using Dapper;

namespace Sitrep.Storage;

/// <summary>
/// Versioned schema: numbered SQL files per dialect (Migrations/sqlite/0001_initial.sql, …),
/// applied in order inside one transaction under a lock, so two workers opening a new PostgreSQL
/// database at once do not both create it. A database newer than this build is refused.
/// </summary>
internal static class Migrations
{
    public static int Latest(StoreDialect dialect) => Scripts(dialect).Max(s => s.Version);

    public static void Apply(DbConnection connection, StoreDialect dialect, string description)
    {
        using var tx = connection.BeginTransaction();
        if (dialect == StoreDialect.Postgres)
            connection.Execute("SELECT pg_advisory_xact_lock(7261)", transaction: tx);
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", transaction: tx);
        int current = connection.ExecuteScalar<int?>("SELECT MAX(version) FROM schema_version", transaction: tx) ?? 0;
        int latest = Latest(dialect);
        if (current > latest)
            throw EventStore.Fail(description, $"the database has schema version {current}, newer than this Sitrep understands ({latest}); upgrade Sitrep.");
        foreach (var (version, sql) in Scripts(dialect).Where(s => s.Version > current).OrderBy(s => s.Version))
        {
            connection.Execute(sql, transaction: tx);
            connection.Execute("INSERT INTO schema_version (version) VALUES (@version)", new { version }, tx);
        }
        tx.Commit();
    }

    private static IEnumerable<(int Version, string Sql)> Scripts(StoreDialect dialect)
    {
        var assembly = typeof(Migrations).Assembly;
        string prefix = $"migrations/{dialect.ToString().ToLowerInvariant()}/";
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return (int.Parse(name[prefix.Length..].Split('_')[0], System.Globalization.CultureInfo.InvariantCulture), reader.ReadToEnd());
        }
    }
}
