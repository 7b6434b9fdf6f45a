using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Web.Api;

namespace Xinfang.IntegrationTests;

/// <summary>The real application over a real database, with a fake clock. One per provider; the contract
/// suite runs unchanged against each.</summary>
public abstract class XinfangApp : IAsyncLifetime
{
    public const string Password = "Test@Passw0rd";
    private readonly ConcurrentDictionary<string, string> _tokens = new();
    private WebApplicationFactory<Program>? _factory;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2024, 3, 4, 9, 0, 0, ChinaTime.Offset));

    /// <summary>Where the file sender writes text messages (one JSON file per message).</summary>
    public string SmsDirectory { get; } = Path.Combine(Path.GetTempPath(), $"xinfang-sms-{Guid.NewGuid():N}");

    /// <summary>The portal's per-address limit per minute in the tests (each portal test uses addresses of its own).</summary>
    public const int PortalRequestsPerMinute = 40;

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("Not started.");

    /// <summary>The configuration the app runs with (provider, connection string, keys, demo mode), for a second
    /// host on the same database such as the command line.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; private set; } = new Dictionary<string, string?>();

    /// <summary>Demo mode fills the new database with the sample district and its accounts; outside it the
    /// database starts with neither.</summary>
    protected virtual bool DemoMode => true;

    protected abstract Task<(string Provider, string ConnectionString)> CreateDatabaseAsync();

    /// <summary>Settings a special-purpose app adds (e.g. an SMS gateway address), read before the app starts.</summary>
    protected virtual Task<IReadOnlyDictionary<string, string?>> ExtraSettingsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>());

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        var (provider, connectionString) = await CreateDatabaseAsync();
        Settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Xinfang"] = connectionString,
            ["Demo:Enabled"] = DemoMode ? "true" : "false",
            ["Demo:Cases"] = "0",
            // Deliveries are run by the tests themselves (DeliverOutbox.RunOnceAsync), with the fake clock.
            ["Outbox:IntervalSeconds"] = "0",
            ["Notifications:IntervalMinutes"] = "0",
            ["Demo:Password"] = Password,
            ["Security:PersonalDataKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Security:TokenKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Sms:Directory"] = SmsDirectory,
            ["Portal:RequestsPerMinute"] = PortalRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in await ExtraSettingsAsync())
        {
            ((Dictionary<string, string?>)Settings)[key] = value;
        }

        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production"); // as it runs: what differs in Development must not hide a fault
            foreach (var (key, value) in Settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                services.AddSingleton<IStartupFilter, TestRemoteAddress>();
            });
        });
        _ = _factory.Server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await DropDatabaseAsync();
        if (Directory.Exists(SmsDirectory))
        {
            Directory.Delete(SmsDirectory, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    public HttpClient Anonymous() => Factory.CreateClient();

    /// <summary>An anonymous client whose requests come from <paramref name="address"/> (the test server has no network).</summary>
    public HttpClient AnonymousFrom(string address)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add(TestRemoteAddress.Header, address);
        return client;
    }

    /// <summary>A client signed in as a demo user through the real token endpoint.</summary>
    public async Task<HttpClient> As(string userName)
    {
        if (!_tokens.TryGetValue(userName, out var token))
        {
            var response = await Anonymous().PostAsJsonAsync("/api/auth/token", new { userName, password = Password });
            response.EnsureSuccessStatusCode();
            token = (await response.Content.ReadFromJsonAsync<TokenResponse>(Json.Options))!.AccessToken;
            _tokens[userName] = token;
        }

        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public AsyncServiceScope Scope() => Factory.Services.CreateAsyncScope();

    public static XinfangDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<XinfangDbContext>();
}

/// <summary>The test server gives every request the same (no) remote address; a test names one with a header.</summary>
internal sealed class TestRemoteAddress : IStartupFilter
{
    public const string Header = "X-Test-Remote-Address";

    public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
    {
        app.Use(async (Microsoft.AspNetCore.Http.HttpContext context, Func<Task> proceed) =>
        {
            if (context.Request.Headers[Header].ToString() is { Length: > 0 } text && System.Net.IPAddress.TryParse(text, out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            await proceed();
        });
        next(app);
    };
}

public class SqliteApp : XinfangApp
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"xinfang-test-{Guid.NewGuid():N}.db");

    protected override Task<(string, string)> CreateDatabaseAsync() => Task.FromResult(("Sqlite", $"Data Source={_file}"));

    protected override Task DropDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }
}

/// <summary>A fresh database on the PostgreSQL server that ./test.sh starts (XINFANG_TEST_POSTGRES).</summary>
public class PostgresApp : XinfangApp
{
    private readonly string _database = $"xinfang_test_{Guid.NewGuid():N}";

    public static string? AdminConnectionString => Environment.GetEnvironmentVariable("XINFANG_TEST_POSTGRES");

    protected override async Task<(string, string)> CreateDatabaseAsync()
    {
        var admin = AdminConnectionString ?? throw new InvalidOperationException(
            "XINFANG_TEST_POSTGRES is not set: run the tests through ./test.sh, which starts a throwaway PostgreSQL server.");
        await using var connection = new Npgsql.NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using (var command = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection))
        {
            await command.ExecuteNonQueryAsync();
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(admin) { Database = _database };
        return ("Postgres", builder.ConnectionString);
    }

    protected override async Task DropDatabaseAsync()
    {
        if (AdminConnectionString is not { } admin)
        {
            return;
        }

        Npgsql.NpgsqlConnection.ClearAllPools();
        await using var connection = new Npgsql.NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>A new SQLite database set up outside demo mode: no unit, no account, no default password.</summary>
public sealed class SqliteNonDemoApp : SqliteApp
{
    protected override bool DemoMode => false;
}

/// <summary>A new PostgreSQL database set up outside demo mode: no unit, no account, no default password.</summary>
public sealed class PostgresNonDemoApp : PostgresApp
{
    protected override bool DemoMode => false;
}
