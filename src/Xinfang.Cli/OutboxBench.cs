using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Xinfang.Core.Cases;
using Xinfang.Core.Data;
using Xinfang.Core.Intake;
using Xinfang.Core.Intake.Features;
using Xinfang.Core.Outbox;
using Xinfang.Core.Outbox.Features;

namespace Xinfang.Cli;

/// <summary><c>xinfang bench outbox --messages N</c>: N status messages put in the outbox for a client whose receiver
/// listens on this machine, then delivered by the platform's own delivery runs — messages per second, and a check that
/// each arrived exactly once, signed.</summary>
internal static class OutboxBench
{
    public static async Task<int> RunAsync(CliContext context, int messages, TextWriter output, CancellationToken ct)
    {
        var received = new ConcurrentDictionary<string, int>();
        var secret = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var badSignatures = 0;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var receiver = builder.Build();
        receiver.MapPost("/status", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            var timestamp = long.Parse(http.Request.Headers[OutboxSignature.TimestampHeader]!, System.Globalization.CultureInfo.InvariantCulture);
            if (!OutboxSignature.Verify(secret, timestamp, body, http.Request.Headers[OutboxSignature.SignatureHeader]!))
            {
                Interlocked.Increment(ref badSignatures);
            }

            received.AddOrUpdate(http.Request.Headers[OutboxSignature.DeliveryHeader]!, 1, (_, n) => n + 1);
            return Results.Ok();
        });
        await receiver.StartAsync(ct);
        var address = receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        await using var services = context.Services(new Dictionary<string, string?> { ["Outbox:IntervalSeconds"] = "0" });
        await using (var scope = services.CreateAsyncScope())
        {
            await DbCommands.MigrateAsync(scope.ServiceProvider, ct);
            var db = scope.ServiceProvider.GetRequiredService<XinfangDbContext>();
            var now = DateTimeOffset.UtcNow;
            var client = new IntegrationClient($"回传压测-{Guid.NewGuid():N}"[..16], Channel.WebsiteOrApp, IntegrationPermissions.Register,
                $"{address}/status", secret, ApiKey.New(), now);
            db.IntegrationClients.Add(client);
            await db.SaveChangesAsync(ct);
            db.OutboxMessages.AddRange(Enumerable.Range(1, messages).Select(i => new OutboxMessage(CaseStatusMessages.MessageKind,
                client.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $$"""{"caseNumber":"BENCH-{{i}}","status":"replied","reply":"已修复。"}""", now)));
            await db.SaveChangesAsync(ct);
        }

        var started = Stopwatch.GetTimestamp();
        var delivered = 0;
        await using (var scope = services.CreateAsyncScope())
        {
            delivered = await scope.ServiceProvider.GetRequiredService<DeliverOutbox>().DrainAsync(ct);
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var table = new Table().AddColumn("测量").AddColumn("结果");
        table.AddRow("机器", $"{Environment.ProcessorCount} 核，{DateTime.Now:yyyy-MM-dd}");
        table.AddRow("回传送达", $"{delivered:N0} 条，用时 {seconds:0.0} 秒");
        table.AddRow("吞吐", $"{delivered / seconds:0} 条/秒");
        table.AddRow("接收方核对", $"收到 {received.Count:N0} 条，重复 {received.Values.Count(n => n > 1)} 条，签名不符 {badSignatures} 条");
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }).Write(table);
        return delivered == messages && received.Count == messages && badSignatures == 0 && received.Values.All(n => n == 1) ? 0 : 1;
    }
}
