using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Sitrep.Storage;

/// <summary>
/// One statement prepared once and run many times with fresh values for its parameters <c>@p0</c>,
/// <c>@p1</c>, … The store's single writer is the ingest pipeline's bottleneck: a new command per
/// row (what Dapper does) re-parses the SQL and rebuilds every parameter each time.
/// </summary>
internal abstract class ReusedCommand : IDisposable
{
    public static ReusedCommand Create(DbConnection connection, string sql, int parameterCount) =>
        connection is SqliteConnection sqlite ? new SqliteStatement(sqlite, sql, parameterCount) : new ProviderCommand(connection, sql, parameterCount);

    protected static string Name(int i) => "@p" + i;

    /// <summary>Runs the statement; the number of rows it changed.</summary>
    public abstract int Execute(DbTransaction? transaction, params ReadOnlySpan<object?> values);

    /// <summary>Runs the statement; the first column of its first row, or null when it returns none.</summary>
    public abstract object? Scalar(DbTransaction? transaction, params ReadOnlySpan<object?> values);

    public abstract void Dispose();

    protected static void CheckCount(int expected, ReadOnlySpan<object?> values)
    {
        if (values.Length != expected)
            throw new ArgumentException($"the statement takes {expected} values, not {values.Length}", nameof(values));
    }

    /// <summary>Any ADO.NET provider (PostgreSQL): one command whose parameter objects are refilled.</summary>
    private sealed class ProviderCommand : ReusedCommand
    {
        private readonly DbCommand _command;
        private readonly DbParameter[] _parameters;

        public ProviderCommand(DbConnection connection, string sql, int parameterCount)
        {
            _command = connection.CreateCommand();
            _command.CommandText = sql;
            _parameters = new DbParameter[parameterCount];
            for (int i = 0; i < parameterCount; i++)
            {
                var parameter = _command.CreateParameter();
                parameter.ParameterName = Name(i);
                _command.Parameters.Add(parameter);
                _parameters[i] = parameter;
            }
        }

        public override int Execute(DbTransaction? transaction, params ReadOnlySpan<object?> values) => Bind(transaction, values).ExecuteNonQuery();

        public override object? Scalar(DbTransaction? transaction, params ReadOnlySpan<object?> values)
        {
            object? result = Bind(transaction, values).ExecuteScalar();
            return result is DBNull ? null : result;
        }

        private DbCommand Bind(DbTransaction? transaction, ReadOnlySpan<object?> values)
        {
            CheckCount(_parameters.Length, values);
            _command.Transaction = transaction;
            for (int i = 0; i < values.Length; i++)
                _parameters[i].Value = values[i] ?? DBNull.Value;
            return _command;
        }

        public override void Dispose() => _command.Dispose();
    }

    /// <summary>
    /// SQLite: one prepared statement bound by position. Microsoft.Data.Sqlite looks every
    /// parameter up by name on every run (a UTF-8 conversion and a search per value), which was a
    /// quarter of the time spent storing an article's 39-column event rows. The statement runs
    /// on the connection's own handle, so it joins whatever transaction the connection has open.
    /// </summary>
    private sealed class SqliteStatement : ReusedCommand
    {
        private readonly sqlite3 _db;
        private readonly sqlite3_stmt _statement;
        private readonly int[] _indexes;

        public SqliteStatement(SqliteConnection connection, string sql, int parameterCount)
        {
            _db = connection.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
            Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
            _indexes = new int[parameterCount];
            for (int i = 0; i < parameterCount; i++)
            {
                _indexes[i] = raw.sqlite3_bind_parameter_index(_statement, Name(i));
                if (_indexes[i] == 0)
                    throw new ArgumentException($"the statement has no parameter {Name(i)}", nameof(sql));
            }
        }

        public override int Execute(DbTransaction? transaction, params ReadOnlySpan<object?> values)
        {
            Step(values, out _);
            return raw.sqlite3_changes(_db);
        }

        public override object? Scalar(DbTransaction? transaction, params ReadOnlySpan<object?> values) =>
            Step(values, out object? first) ? first : null;

        /// <summary>Binds, runs to the first row (an INSERT's changes are all made by then) and resets.</summary>
        private bool Step(ReadOnlySpan<object?> values, out object? first)
        {
            CheckCount(_indexes.Length, values);
            first = null;
            try
            {
                for (int i = 0; i < values.Length; i++)
                    Check(Bind(_indexes[i], values[i]));
                int rc = raw.sqlite3_step(_statement);
                if (rc == raw.SQLITE_ROW)
                {
                    first = raw.sqlite3_column_type(_statement, 0) switch
                    {
                        raw.SQLITE_NULL => null,
                        raw.SQLITE_INTEGER => raw.sqlite3_column_int64(_statement, 0),
                        raw.SQLITE_FLOAT => raw.sqlite3_column_double(_statement, 0),
                        _ => raw.sqlite3_column_text(_statement, 0).utf8_to_string(),
                    };
                    return true;
                }
                if (rc != raw.SQLITE_DONE)
                    Check(rc);
                return false;
            }
            finally
            {
                raw.sqlite3_reset(_statement);
                raw.sqlite3_clear_bindings(_statement);
            }
        }

        private int Bind(int index, object? value) => value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, index),
            string s => raw.sqlite3_bind_text(_statement, index, s),
            long l => raw.sqlite3_bind_int64(_statement, index, l),
            int n => raw.sqlite3_bind_int64(_statement, index, n),
            bool b => raw.sqlite3_bind_int64(_statement, index, b ? 1 : 0),
            double d => raw.sqlite3_bind_double(_statement, index, d),
            byte[] bytes => raw.sqlite3_bind_blob(_statement, index, bytes),
            _ => throw new ArgumentException($"cannot store a {value.GetType().Name} in SQLite", nameof(value)),
        };

        private void Check(int rc)
        {
            if (rc != raw.SQLITE_OK)
                throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(_db).utf8_to_string()}'.", rc, raw.sqlite3_extended_errcode(_db));
        }

        public override void Dispose() => _statement.Dispose();
    }
}
