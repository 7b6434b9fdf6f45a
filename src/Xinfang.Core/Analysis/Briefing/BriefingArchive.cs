using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Analysis.Briefing;

public sealed record StoredBriefingItem(int Id, string Period, BriefingKind Kind, string Title, DateOnly From, DateOnly To, string? Note, string GeneratedBy,
    DateTimeOffset GeneratedAt, int DocxBytes, int PdfBytes);

/// <summary>The briefings kept for leaders: every one generated on request or by the schedule, newest first.</summary>
public sealed class BriefingArchive(XinfangDbContext db, TimeProvider clock)
{
    public async Task<bool> HasAsync(string periodKey, CancellationToken ct = default) =>
        await db.Set<StoredBriefing>().AnyAsync(b => b.PeriodKey == periodKey, ct);

    public async Task<StoredBriefingItem> SaveAsync(BriefingDocument briefing, string? note, string generatedBy, byte[] docx, byte[] pdf, CancellationToken ct = default)
    {
        var stored = new StoredBriefing(briefing.Period, briefing.Title, note, generatedBy, clock.GetUtcNow(), docx, pdf);
        db.Set<StoredBriefing>().Add(stored);
        await db.SaveChangesAsync(ct);
        return Item(stored);
    }

    public async Task<Result<IReadOnlyList<StoredBriefingItem>>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsInAny(BuildBriefing.Readers))
        {
            return Error.Forbidden("briefing.forbidden", "只有领导、督办员和管理员可以查看信访形势分析。");
        }

        var rows = await db.Set<StoredBriefing>().AsNoTracking().OrderByDescending(b => b.GeneratedAt).Take(200)
            .Select(b => new StoredBriefingItem(b.Id, b.PeriodKey, b.Kind, b.Title, b.From, b.To, b.Note, b.GeneratedBy, b.GeneratedAt, b.Docx.Length, b.Pdf.Length))
            .ToListAsync(ct);
        return rows;
    }

    public async Task<Result<(string Title, byte[] Bytes)>> FileAsync(int id, bool pdf, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsInAny(BuildBriefing.Readers))
        {
            return Error.Forbidden("briefing.forbidden", "只有领导、督办员和管理员可以查看信访形势分析。");
        }

        var row = await db.Set<StoredBriefing>().AsNoTracking().Where(b => b.Id == id)
            .Select(b => new { b.Title, Bytes = pdf ? b.Pdf : b.Docx }).FirstOrDefaultAsync(ct);
        return row is null ? Error.NotFound("briefing.not_found", "没有这份信访形势分析。") : (row.Title, row.Bytes);
    }

    private static StoredBriefingItem Item(StoredBriefing b) =>
        new(b.Id, b.PeriodKey, b.Kind, b.Title, b.From, b.To, b.Note, b.GeneratedBy, b.GeneratedAt, b.Docx.Length, b.Pdf.Length);
}
