using Npgsql;
using Xinfang.Core.Data;

namespace Xinfang.UnitTests.Data;

public sealed class DatabaseSettingsTests
{
    private const string Server = "Host=127.0.0.1;Port=5432;Username=xinfang;Password=secret;Database=xinfang";

    [Fact]
    public void A_PostgreSQL_connection_gets_the_small_server_settings()
    {
        var tuned = new NpgsqlConnectionStringBuilder(new DatabaseSettings(DatabaseProvider.Postgres, Server, null).NpgsqlConnectionString);

        Assert.Equal(64, tuned.MaxAutoPrepare);
        Assert.True(tuned.NoResetOnClose);
        Assert.Contains("max_parallel_workers_per_gather=0", tuned.Options);
        Assert.Contains("jit=off", tuned.Options);
        Assert.Equal("secret", tuned.Password);
    }

    [Theory]
    [InlineData("No Reset On Close=false")]
    [InlineData("NoResetOnClose=false")]
    public void An_explicit_setting_in_the_connection_string_is_kept(string setting)
    {
        var configured = $"{Server};{setting};Max Auto Prepare=8;Options=-c max_parallel_workers_per_gather=2 -c jit=on";

        var tuned = new NpgsqlConnectionStringBuilder(new DatabaseSettings(DatabaseProvider.Postgres, configured, null).NpgsqlConnectionString);

        Assert.False(tuned.NoResetOnClose);
        Assert.Equal(8, tuned.MaxAutoPrepare);
        Assert.Equal("-c max_parallel_workers_per_gather=2 -c jit=on", tuned.Options);
    }

    [Fact]
    public void Automatic_preparation_switched_off_in_the_connection_string_stays_off()
    {
        var tuned = new NpgsqlConnectionStringBuilder(
            new DatabaseSettings(DatabaseProvider.Postgres, $"{Server};Max Auto Prepare=0", null).NpgsqlConnectionString);

        Assert.Equal(0, tuned.MaxAutoPrepare);
    }

    [Fact]
    public void SQLite_is_left_as_configured() =>
        Assert.Null(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=x.db", null).NpgsqlConnectionString);
}
