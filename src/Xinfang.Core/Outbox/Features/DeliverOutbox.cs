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
public sealed class DeliverOutbox(XinfangDbContext db, IEnumerable<IOutboxEndpoints> endpoints, IEnumerable<IOutboxSender> senders,
    IHttpClientFactory http, TimeProvider clock, ILogger<DeliverOutbox> logger)
{
    public const string HttpClientName = "outbox";
    public const int MaxAttempts = 8;
    private const int BatchSize = 20;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>Delivers what is due, a batch after another until none is left (a burst — a hundred cases closed at
    /// once — goes out at once, not a batch per tick); returns how many were delivered.</summary>
    public async Task<int> DrainAsync(CancellationToken ct = default)
    {
        var delivered = 0;
        while (true)
        {
            var (due, sent) = await RunBatchAsync(ct);
            delivered += sent;
            if (due < BatchSize)
            {
                return delivered;
            }
        }
    }

    /// <summary>Delivers one batch of what is due; returns how many were delivered in this run.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default) => (await RunBatchAsync(ct)).Delivered;

    private async Task<(int Due, int Delivered)> RunBatchAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.State == OutboxState.Pending && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .OrderBy(m => m.Id).Take(BatchSize).Select(m => m.Id).ToListAsync(ct);
        var delivered = 0;
        foreach (var id in due)
        {
            if (await ClaimAsync(id, ct) is not { } message)
            {
                continue;
            }

            if (await SendAsync(message, ct))
            {
                delivered++;
            }
        }

        return (due.Count, delivered);
    }

    /// <summary>Takes the message for this run if it is still due and nobody holds it: one conditional UPDATE, so of two
    /// runs (or instances) only one gets it, and a message delivered or failed meanwhile is left alone. The lease runs
    /// from the claim, well beyond one attempt's timeout.</summary>
    private async Task<OutboxMessage?> ClaimAsync(long id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now + Lease;
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == id && m.State == OutboxState.Pending && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.LeaseUntil, until), ct);
        return claimed == 1 ? await db.OutboxMessages.FirstAsync(m => m.Id == id, ct) : null;
    }

    private async Task<bool> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var (status, error, skipped) = senders.FirstOrDefault(s => s.Kind == message.Kind) is { } sender
            ? await sender.SendAsync(message, ct)
            : await PostSignedAsync(message, ct);
        var now = clock.GetUtcNow();
        var milliseconds = (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        db.OutboxAttempts.Add(new OutboxAttempt(message.Id, now, status, error, milliseconds));
        if (error is null || skipped)
        {
            message.Delivered(now);
        }
        else
        {
            message.Failed(error, now, MaxAttempts);
            logger.LogWarning("Outbox message {Id} ({Kind}) not delivered (attempt {Attempt}): {Error}", message.Id, message.Kind, message.Attempts, error);
        }

        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The lease was lost meanwhile (it ran out): whoever holds it now decides; this attempt is not recorded.
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear(); // a drain sends thousands: each message's rows are done with here
        }

        return error is null;
    }

    /// <summary>POSTs the message to the endpoint its kind resolves, signed with the endpoint's secret.</summary>
    private async Task<SendOutcome> PostSignedAsync(OutboxMessage message, CancellationToken ct)
    {
        var endpoint = endpoints.FirstOrDefault(e => e.Kind == message.Kind) is { } resolver
            ? await resolver.ResolveAsync(message, ct)
            : null;
        if (endpoint is null)
        {
            return SendOutcome.Refused("没有可用的回传地址（对接系统已停用、未设置回传地址或已不存在）；恢复后按计划重试。");
        }

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
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? SendOutcome.Taken(status) : SendOutcome.Refused($"接收方答复 HTTP {status}。", status);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return SendOutcome.Refused($"无法送达：{e.Message}");
        }
    }
}
