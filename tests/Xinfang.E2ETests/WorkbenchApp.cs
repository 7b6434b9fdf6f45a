using System.Net.Http.Json;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Xinfang.E2ETests;

/// <summary>The real app on Kestrel (in-process, on a free loopback port, embedded SQLite with the demo district
/// and a few hundred demo cases) and Debian's Chromium driven by Playwright.</summary>
public sealed class WorkbenchApp : IAsyncLifetime
{
    public const string Password = "E2e@Passw0rd";
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"xinfang-e2e-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public ServerErrorLog ServerLog { get; } = new();
    public string BaseUrl { get; private set; } = "";
    public IServiceProvider Services => _factory!.Services;
    public static string Artifacts { get; } = Path.Combine(AppContext.BaseDirectory, "e2e-screenshots");
    public string SmsDirectory { get; } = Path.Combine(Path.GetTempPath(), $"xinfang-e2e-sms-{Guid.NewGuid():N}");

    public async ValueTask InitializeAsync()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production"); // as it runs
            builder.UseSetting("urls", BaseUrl);
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Xinfang", $"Data Source={_database}");
            builder.UseSetting("Demo:Enabled", "true");
            builder.UseSetting("Demo:Cases", "400");
            builder.UseSetting("Demo:Password", Password);
            builder.UseSetting("Security:PersonalDataKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            builder.UseSetting("Security:TokenKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            // Text messages land as files here, delivered within a second (the portal's phone code is read from them).
            builder.UseSetting("Sms:Directory", SmsDirectory);
            builder.UseSetting("Outbox:IntervalSeconds", "1");
            builder.ConfigureLogging(logging => logging.AddProvider(ServerLog));
        });
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        _factory.StartServer();

        Directory.CreateDirectory(Artifacts);
        // Assertions wait as long as actions do: on a shared 2-core machine a Blazor round trip can take seconds.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh browser context (own cookies) signed in as a demo user (or another account with its password),
    /// at 1366×768 unless another screen is given (a tablet: touch, as on an iPad).</summary>
    public async Task<IPage> SignInAsync(string userName, string password = Password, ViewportSize? screen = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = screen ?? new ViewportSize { Width = 1366, Height = 768 },
            HasTouch = screen is not null,
            Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        page.Console += (_, message) => { if (message.Type == "error") Console.Error.WriteLine($"[browser {userName}] {message.Text}"); };
        await new Pages.LoginPage(page).SignInAsync(userName, password);
        return page;
    }

    /// <summary>An HTTP client signed in as a demo user through the token endpoint, for steps a journey does not show.</summary>
    public async Task<HttpClient> ApiAsAsync(string userName)
    {
        var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var response = await http.PostAsJsonAsync("/api/auth/token", new { userName, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    public static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        await File.WriteAllLinesAsync(Path.Combine(Artifacts, "server-warnings.log"), ServerLog.Lines);
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" }.Where(File.Exists)) File.Delete(file);
        if (Directory.Exists(SmsDirectory)) Directory.Delete(SmsDirectory, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
