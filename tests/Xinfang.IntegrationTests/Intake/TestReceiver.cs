using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Xinfang.IntegrationTests.Intake;

/// <summary>An external system's status endpoint on a free loopback port (real Kestrel, real HTTP): it answers 503 to the
/// first <paramref name="failures"/> deliveries, 200 afterwards, and keeps every request with its headers.</summary>
public sealed class TestReceiver(int failures) : IAsyncDisposable
{
    private WebApplication? _app;
    private int _calls;

    public sealed record Received(string Body, string? Delivery, string? Timestamp, string? Signature, int Answer);

    public ConcurrentQueue<Received> Requests { get; } = new();

    public Uri Url { get; private set; } = null!;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/status", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            var answer = Interlocked.Increment(ref _calls) <= failures ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
            Requests.Enqueue(new Received(body, http.Request.Headers["X-Xinfang-Delivery"], http.Request.Headers["X-Xinfang-Timestamp"],
                http.Request.Headers["X-Xinfang-Signature"], answer));
            return Results.StatusCode(answer);
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = new Uri($"{address}/status");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
