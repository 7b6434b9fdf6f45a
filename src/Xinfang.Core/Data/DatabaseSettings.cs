using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Xinfang.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Which database to use: <c>Database:Provider</c> (Sqlite by default, or Postgres) and
/// <c>ConnectionStrings:Xinfang</c>. Without a connection string SQLite uses an embedded file in the user's
/// data folder — that is the demo installation.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string? SqliteFile)
{
    public bool IsEmbeddedDefault => SqliteFile is not null;

    /// <summary>The connection string handed to Npgsql: the configured one with the settings of <see cref="Tuned"/>.</summary>
    internal string? NpgsqlConnectionString { get; } = Provider == DatabaseProvider.Postgres ? Tuned(ConnectionString) : null;

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var providerText = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider))
        {
            throw new InvalidOperationException($"Database:Provider '{providerText}' is not supported; use Sqlite or Postgres.");
        }

        var connectionString = configuration.GetConnectionString("Xinfang");
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new DatabaseSettings(provider, connectionString, null);
        }

        if (provider == DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Xinfang is not set.");
        }

        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "xinfang");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "xinfang.db");
        return new DatabaseSettings(provider, $"Data Source={file}", file);
    }

    public void Configure(DbContextOptionsBuilder options)
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(NpgsqlConnectionString!, npgsql => npgsql.MigrationsAssembly("Xinfang.Migrations.Postgres"));
        }
        else
        {
            options.UseSqlite(ConnectionString, sqlite => sqlite.MigrationsAssembly("Xinfang.Migrations.Sqlite"));
        }
    }

    /// <summary>Four settings for a small server (an explicit setting in the connection string is kept):
    /// <list type="bullet">
    /// <item>The same few statements run all day (register, queues): Npgsql prepares them on the server once per
    /// connection instead of parsing and planning them on every call.</item>
    /// <item>No parallel workers per query: on the two cores the bureau's server has, a year's three rates took
    /// 0.5–0.6 s with two workers and 0.2–0.27 s without (docs/benchmarks.md); the workers compete with the leader
    /// process and with every other session for the same cores.</item>
    /// <item>No JIT compilation: the planner's cost estimate, not the work, decides when it starts, and for the platform's
    /// reads over many rows it cost more than it saved (the hourly sums of a hotline month: 335 ms of a 557 ms query spent
    /// compiling; a year's analysis slice: 8–30 ms each time).</item>
    /// <item>No session reset when a connection goes back to the pool: the platform never changes session state
    /// (no SET, LISTEN, temporary tables or advisory locks), and the reset was seven statements on every
    /// open — three times per registration.</item>
    /// </list></summary>
    private static string Tuned(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!Mentions(connectionString, "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        if (builder.Options?.Contains("max_parallel_workers_per_gather", StringComparison.Ordinal) != true)
        {
            builder.Options = $"{builder.Options} -c max_parallel_workers_per_gather=0".Trim();
        }

        if (builder.Options?.Contains("jit", StringComparison.Ordinal) != true)
        {
            builder.Options = $"{builder.Options} -c jit=off".Trim();
        }

        if (!Mentions(connectionString, "NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>Whether the connection string sets a keyword itself (Npgsql's builder reports every keyword it knows).</summary>
    private static bool Mentions(string connectionString, string keyword) =>
        new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Any(key => string.Equals(key.Replace(" ", "", StringComparison.Ordinal), keyword, StringComparison.OrdinalIgnoreCase));
}
