using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Spectre.Console;

namespace Xinfang.Cli;

/// <summary><c>xinfang bench intake</c>: batch intake over HTTP against a running platform — an integration client is
/// registered by the demo administrator, then <c>clients</c> senders post batches of generated items for the given time.</summary>
internal sealed class IntakeBench(Uri baseUri, string password)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task RunAsync(int clients, int batch, TimeSpan duration, TimeSpan warmup, CancellationToken ct)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = baseUri, Timeout = TimeSpan.FromMinutes(5) };
        var token = await http.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password }, ct);
        token.EnsureSuccessStatusCode();
        var bearer = (await token.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString()!;
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/admin/integrations")
        {
            Content = JsonContent.Create(new { name = $"压测-{Guid.NewGuid():N}"[..16], channel = "Hotline12345", permissions = new[] { "Register" } }),
        };
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        var created = await http.SendAsync(create, ct);
        created.EnsureSuccessStatusCode();
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("apiKey").GetString()!;

        var run = Guid.NewGuid().ToString("N")[..8];
        var next = 0L;
        async Task<(int Items, int Created)> SendAsync(CancellationToken stop)
        {
            var items = Enumerable.Range(0, batch).Select(_ => Interlocked.Increment(ref next)).Select(n => new
            {
                externalId = $"B{run}-{n}",
                receivedAt = DateTimeOffset.Now,
                petitioners = new[] { new { name = "压测", phone = $"139{n % 100_000_000:D8}" } },
                text = $"压测事项{n}：小区道路破损，请尽快修复。",
                category = "市政设施",
                township = "仁和镇",
                form = "Complaint",
                statutoryClass = "ClaimRequest",
            }).ToList();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/batch") { Content = JsonContent.Create(new { items }) };
            request.Headers.Add("X-Api-Key", key);
            using var response = await http.SendAsync(request, stop);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(Json, stop);
            return (batch, body.GetProperty("created").GetInt32());
        }

        async Task<(long Items, long Created)> LoadAsync(TimeSpan span)
        {
            var until = Stopwatch.GetTimestamp() + (long)(span.TotalSeconds * Stopwatch.Frequency);
            long items = 0, made = 0;
            await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
            {
                while (Stopwatch.GetTimestamp() < until)
                {
                    var (n, c) = await SendAsync(ct);
                    Interlocked.Add(ref items, n);
                    Interlocked.Add(ref made, c);
                }
            }));
            return (items, made);
        }

        if (warmup > TimeSpan.Zero)
        {
            await LoadAsync(warmup);
        }

        var started = Stopwatch.GetTimestamp();
        var (total, madeTotal) = await LoadAsync(duration);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var table = new Table().AddColumns("测量", "结果");
        table.AddRow("机器", $"{Environment.ProcessorCount} 核，{DateTime.Now:yyyy-MM-dd}");
        table.AddRow("批量推送", $"{clients} 个发送方，每批 {batch} 条，预热 {warmup.TotalSeconds:0} 秒后计时 {seconds:0.0} 秒");
        table.AddRow("新登记", $"{madeTotal:N0} 件（共发送 {total:N0} 条）");
        table.AddRow("吞吐", $"[bold]{madeTotal / seconds:0} 件/秒[/]");
        AnsiConsole.Write(table);
    }
}
