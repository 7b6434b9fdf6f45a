using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Xinfang.Core.Data;

namespace Xinfang.Core.Outbox.Features;

/// <summary>
/// One delivery run: claims the messages that are due (a lease on each, so two runs or two instances never send the
/// same one), POSTs each to its receiver signed (<see cref="OutboxSignature"/>), records every attempt, marks a 2xx as
/// delivered — after which it is never sent again — and schedules a retry with growing pauses otherwise; after
/// <see cref="MaxAttempts"/> it fails and waits for the administrator.
/// </summary>
public sealed class DeliverOutbox(XinfangDbContext db, IEnumerable<IOutboxEndpoints> endpoints, IHttpClientFactory http, TimeProvider clock,
    ILogger<DeliverOutbox> logger)
{
    public const string HttpClientName = "outbox";
    public const int MaxAttempts = 8;
    private const int BatchSize = 20;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>Delivers what is due; returns how many were delivered in this run.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var due = await db.OutboxMessages
            .Where(m => m.State == OutboxState.Pending && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .OrderBy(m => m.Id).Take(BatchSize).ToListAsync(ct);
        var delivered = 0;
        foreach (var message in due)
        {
            if (!await ClaimAsync(message, now + Lease, ct))
            {
                continue;
            }

            if (await SendAsync(message, ct))
            {
                delivered++;
            }
        }

        return delivered;
    }

    private async Task<bool> ClaimAsync(OutboxMessage message, DateTimeOffset until, CancellationToken ct)
    {
        message.Claim(until);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.Entry(message).State = EntityState.Detached; // another run took it
            return false;
        }
    }

    private async Task<bool> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var endpoint = endpoints.FirstOrDefault(e => e.Kind == message.Kind) is { } resolver
            ? await resolver.ResolveAsync(message, ct)
            : null;
        var started = Stopwatch.GetTimestamp();
        int? status = null;
        string? error = null;
        if (endpoint is null)
        {
            error = "没有可用的回传地址（对接系统未设置回传地址、已停用或已不存在）。";
        }
        else
        {
            try
            {
                var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
                using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
                {
                    Content = new StringContent(message.Body, Encoding.UTF8, "application/json"),
                };
                request.Headers.Add(OutboxSignature.DeliveryHeader, message.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                request.Headers.Add(OutboxSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
                request.Headers.Add(OutboxSignature.SignatureHeader, OutboxSignature.Sign(endpoint.SigningSecret, timestamp, message.Body));
                using var response = await http.CreateClient(HttpClientName).SendAsync(request, ct);
                status = (int)response.StatusCode;
                if (!response.IsSuccessStatusCode)
                {
                    error = $"接收方答复 HTTP {status}。";
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                error = $"无法送达：{e.Message}";
            }
        }

        var now = clock.GetUtcNow();
        var milliseconds = (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        db.OutboxAttempts.Add(new OutboxAttempt(message.Id, now, status, error, milliseconds));
        if (error is null)
        {
            message.Delivered(now);
        }
        else
        {
            message.Failed(error, now, MaxAttempts, final: endpoint is null);
            logger.LogWarning("Outbox message {Id} ({Kind}) not delivered (attempt {Attempt}): {Error}", message.Id, message.Kind, message.Attempts, error);
        }

        await db.SaveChangesAsync(CancellationToken.None);
        return error is null;
    }
}
