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
    public int Rejected => Problems.Select(p => p.Line).Distinct().Count();
}

/// <summary>
/// Imports the exchange's call detail records (Asterisk <c>Master.csv</c>): read as a stream, written in batches of
/// <see cref="BatchSize"/>, each batch in one transaction (COPY on PostgreSQL), so memory stays flat and a line is stored
/// whole or not at all. Idempotent on <c>uniqueid</c>: a file imported twice adds nothing; a call first known from live
/// events takes the CDR's figures. Each call gets its seat (by the device that rang) and the agent on that seat then.
/// </summary>
public sealed class ImportCallRecords(XinfangDbContext db, TimeProvider clock, HotlineSettings settings)
{
    public const int BatchSize = 5000;

    public async Task<Result<CallImportReport>> HandleAsync(IEnumerable<CdrLine> lines, Actor actor, IProgress<int>? progress = null,
        CancellationToken ct = default)
    {
        if (!actor.IsInAny([Roles.Admin, Roles.Supervisor]))
        {
            return Error.Forbidden("hotline.import_forbidden", "只有管理员或督办员可以导入热线话单。");
        }

        var seats = await db.HotlineSeats.AsNoTracking().ToDictionaryAsync(s => s.Device, s => s.Number, StringComparer.OrdinalIgnoreCase, ct);
        var problems = new List<CallImportProblem>();
        var batch = new List<(int Line, CdrCall Call)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int count = 0, created = 0, settled = 0, duplicates = 0, skipped = 0;
        foreach (var line in lines)
        {
            ct.ThrowIfCancellationRequested();
            count++;
            if (CdrRows.IsHeader(line) || line.Fields.All(string.IsNullOrWhiteSpace) || !CdrRows.IsInbound(line, settings))
            {
                skipped++;
                continue;
            }

            var (call, lineProblems) = CdrRows.Parse(line, settings);
            if (call is null)
            {
                var id = line.Fields.Count > 16 ? line.Fields[16].Trim() : null;
                problems.AddRange(lineProblems.Select(p => new CallImportProblem(line.Line, id, p.Column, p.Message)));
                continue;
            }

            if (!seen.Add(call.UniqueId))
            {
                duplicates++;
                continue;
            }

            batch.Add((line.Line, call));
            if (batch.Count == BatchSize)
            {
                var (c, s, d) = await WriteAsync(batch, seats, actor, ct);
                (created, settled, duplicates) = (created + c, settled + s, duplicates + d);
                batch.Clear();
                progress?.Report(count);
            }
        }

        if (batch.Count > 0)
        {
            var (c, s, d) = await WriteAsync(batch, seats, actor, ct);
            (created, settled, duplicates) = (created + c, settled + s, duplicates + d);
        }

        progress?.Report(count);
        return new CallImportReport(count, created, settled, duplicates, skipped, problems);
    }

    private async Task<(int Created, int Settled, int Duplicates)> WriteAsync(List<(int Line, CdrCall Call)> batch, Dictionary<string, int> seats,
        Actor actor, CancellationToken ct)
    {
        var ids = batch.Select(b => b.Call.UniqueId).ToList();
        var existing = await db.HotlineCalls.Where(c => ids.Contains(c.UniqueId)).ToDictionaryAsync(c => c.UniqueId, StringComparer.Ordinal, ct);
        var from = batch.Min(b => b.Call.Start);
        var to = batch.Max(b => b.Call.End);
        var roster = await db.HotlineSeatAssignments.AsNoTracking().Where(a => a.From <= to && a.To > from).ToListAsync(ct);
        var fresh = new List<CallRecord>();
        int settled = 0, duplicates = 0;
        foreach (var (_, call) in batch)
        {
            if (existing.TryGetValue(call.UniqueId, out var known))
            {
                if (known.Source == CallSource.Cdr)
                {
                    duplicates++;
                    continue;
                }

                Apply(known, call, seats, roster);
                settled++;
                continue;
            }

            var record = new CallRecord(call.UniqueId, CallSource.Cdr, call.Caller, db.Protector.BlindIndex(call.Caller), call.Start);
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
