using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Audit;
using Xinfang.Core.Cases.Persistence;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Hotline.Features;

public sealed record CallImportProblem(int Line, string? UniqueId, string Column, string Message);

/// <summary>What an import did: new calls, calls already known from live events now settled by their CDR, duplicates
/// (a <c>uniqueid</c> stored before, or twice in the file), skipped lines (the header, internal and outbound calls), and
/// every unusable line with the column and the reason.</summary>
public sealed record CallImportReport(int Lines, int Created, int Settled, int Duplicates, int Skipped, IReadOnlyList<CallImportProblem> Problems)
{
    /// <summary>The earliest and latest start of the calls stored (null when none was).</summary>
    public DateTimeOffset? FirstStart { get; init; }
    public DateTimeOffset? LastStart { get; init; }

    public int Rejected => Problems.Select(p => p.Line).Distinct().Count();
}

/// <summary>
/// Imports the exchange's call detail records (Asterisk <c>Master.csv</c>): read as a stream, written in batches of
/// <see cref="BatchSize"/>, each batch in one transaction (COPY on PostgreSQL), so memory stays flat and a line is stored
/// whole or not at all. Idempotent on <c>uniqueid</c>: a file imported twice adds nothing; a call first known from live
/// events takes the CDR's figures. Each call gets its seat (by the device that rang) and the agent on that seat then.
/// The hours the new calls touch are marked for the figures' sums (<see cref="SummariseAsync"/> sums them at once).
/// </summary>
public sealed class ImportCallRecords(XinfangDbContext db, TimeProvider clock, HotlineSettings settings, HotlineFigureSummaries summaries)
{
    public const int BatchSize = 20000;

    public async Task<Result<CallImportReport>> HandleAsync(IEnumerable<CdrLine> lines, Actor actor, IProgress<int>? progress = null,
        CancellationToken ct = default)
    {
        if (!actor.IsInAny([Roles.Admin, Roles.Supervisor]))
        {
            return Error.Forbidden("hotline.import_forbidden", "只有管理员或督办员可以导入热线话单。");
        }

        var seats = await db.HotlineSeats.AsNoTracking().ToDictionaryAsync(s => s.Device, s => s.Number, StringComparer.OrdinalIgnoreCase, ct);
        // Lines are read and parsed on another thread while the previous batch is written: the database and the parsing
        // share the two halves of the work instead of taking turns.
        var batches = Channel.CreateBounded<Batch>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        var reading = new Reading();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reader = Task.Run(() => ReadAsync(lines, reading, batches.Writer, stop.Token), CancellationToken.None);
        int created = 0, settled = 0, duplicates = 0;
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(ct))
            {
                var (c, s, d) = await WriteAsync(batch.Calls, seats, actor, ct);
                (created, settled, duplicates) = (created + c, settled + s, duplicates + d);
                progress?.Report(batch.LinesRead);
            }
        }
        finally
        {
            await stop.CancelAsync();
            await reader;
        }

        return new CallImportReport(reading.Count, created, settled, duplicates + reading.Duplicates, reading.Skipped, reading.Problems)
        {
            FirstStart = reading.First,
            LastStart = reading.Last,
        };
    }

    private sealed record Batch(List<ParsedCall> Calls, int LinesRead);

    private sealed record ParsedCall(int Line, CdrCall Call, string? CallerHash);

    /// <summary>What reading the file found besides the calls (written by the reading thread, read after it ended).</summary>
    private sealed class Reading
    {
        public int Count { get; set; }
        public int Skipped { get; set; }
        public int Duplicates { get; set; }
        public List<CallImportProblem> Problems { get; } = [];
        public DateTimeOffset? First { get; set; }
        public DateTimeOffset? Last { get; set; }
    }

    private async Task ReadAsync(IEnumerable<CdrLine> lines, Reading reading, ChannelWriter<Batch> batches, CancellationToken ct)
    {
        try
        {
            var batch = new List<ParsedCall>();
            // A uniqueid twice in one batch is caught here; once in an earlier batch, by the batch's look-up of stored
            // calls (so memory does not grow with the file).
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in lines)
            {
                ct.ThrowIfCancellationRequested();
                reading.Count++;
                if (CdrRows.IsHeader(line) || line.Fields.All(string.IsNullOrWhiteSpace) || !CdrRows.IsInbound(line, settings))
                {
                    reading.Skipped++;
                    continue;
                }

                var (call, lineProblems) = CdrRows.Parse(line, settings);
                if (call is null)
                {
                    var id = line.Fields.Count > 16 ? line.Fields[16].Trim() : null;
                    reading.Problems.AddRange(lineProblems.Select(p => new CallImportProblem(line.Line, id, p.Column, p.Message)));
                    continue;
                }

                if (!seen.Add(call.UniqueId))
                {
                    reading.Duplicates++;
                    continue;
                }

                batch.Add(new ParsedCall(line.Line, call, db.Protector.BlindIndex(call.Caller)));
                reading.First = reading.First is { } f && f <= call.Start ? f : call.Start;
                reading.Last = reading.Last is { } l && l >= call.Start ? l : call.Start;
                if (batch.Count == BatchSize)
                {
                    await batches.WriteAsync(new Batch(batch, reading.Count), ct);
                    batch = [];
                    seen.Clear();
                }
            }

            if (batch.Count > 0)
            {
                await batches.WriteAsync(new Batch(batch, reading.Count), ct);
            }

            batches.Complete();
        }
        catch (Exception e)
        {
            batches.TryComplete(e); // the writing side ends with the reading side's error (or its own cancellation)
        }
    }

    /// <summary>Sums the hours an import touched (and the 7 days either side), so that figures read at once.</summary>
    public Task<int> SummariseAsync(CallImportReport report, IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default) =>
        report is { FirstStart: { } first, LastStart: { } last }
            ? summaries.RefreshAsync(first - HotlineFigures.RepeatWindow, last + HotlineFigures.RepeatWindow + TimeSpan.FromHours(1), progress, ct)
            : Task.FromResult(0);

    private async Task<(int Created, int Settled, int Duplicates)> WriteAsync(List<ParsedCall> batch, Dictionary<string, int> seats,
        Actor actor, CancellationToken ct)
    {
        var ids = batch.Select(b => b.Call.UniqueId).ToList();
        // One array parameter (EF 10 would otherwise expand the list into one parameter per id: 20 000 of them).
        var existing = await db.HotlineCalls.Where(c => EF.Parameter(ids).Contains(c.UniqueId)).ToDictionaryAsync(c => c.UniqueId, StringComparer.Ordinal, ct);
        var from = batch.Min(b => b.Call.Start);
        var to = batch.Max(b => b.Call.End);
        var roster = await db.HotlineSeatAssignments.AsNoTracking().Where(a => a.From <= to && a.To > from).ToListAsync(ct);
        var fresh = new List<CallRecord>();
        var changed = new List<DateTimeOffset>();
        int settled = 0, duplicates = 0;
        foreach (var (_, call, callerHash) in batch)
        {
            if (existing.TryGetValue(call.UniqueId, out var known))
            {
                if (known.Source == CallSource.Cdr)
                {
                    duplicates++;
                    continue;
                }

                Apply(known, call, seats, roster);
                changed.Add(known.StartAt);
                settled++;
                continue;
            }

            var record = new CallRecord(call.UniqueId, CallSource.Cdr, call.Caller, callerHash, call.Start);
            Apply(record, call, seats, roster);
            fresh.Add(record);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.IsPostgres && fresh.Count > 0)
        {
            await new BulkWriter(db).WriteRowsAsync(fresh.Select(r => ((object)r, (Guid?)null)), ct);
        }
        else
        {
            db.HotlineCalls.AddRange(fresh);
        }

        await summaries.CallsImportedAsync(changed.Concat(fresh.Select(r => r.StartAt)), ct);
        // COPY writes no audit line per row: one line says what this batch added.
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), actor.UserId, actor.UserName, "ImportCalls", nameof(CallRecord), null, null,
            $"导入热线话单：新增{fresh.Count}条，以话单核定{settled}条（{batch[0].Call.UniqueId} 至 {batch[^1].Call.UniqueId}）"));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return (fresh.Count, settled, duplicates);
    }

    private static void Apply(CallRecord record, CdrCall call, Dictionary<string, int> seats, List<SeatAssignment> roster)
    {
        int? seat = call.Device is { } device && seats.TryGetValue(device, out var number) ? number : null;
        record.Settle(call.Disposition, call.Answer, call.End, call.TalkSeconds, call.Destination, seat, call.Recording, call.Survey);
        var at = call.Answer ?? call.Start;
        record.AssignAgent(seat is { } s ? roster.FirstOrDefault(a => a.Seat == s && a.From <= at && a.To > at)?.AgentId : null);
    }
}
