using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Analysis.Warnings;

public sealed record WarningView(
    long Id, WarningKind Kind, string KindName, string? Dimension, int? SubjectId, string SubjectName, DateOnly WindowFrom, DateOnly WindowTo,
    int Observed, double Expected, double Score, double Seasonal, string? SensitivePeriod, string Summary, WarningStatus Status, string StatusName,
    DateTimeOffset RaisedAt, DateTimeOffset UpdatedAt, string? AcknowledgedBy, DateTimeOffset? AcknowledgedAt, string? AcknowledgementNote, int CaseCount,
    string? Drill);

public sealed record WarningListQuery(DateOnly? From = null, DateOnly? To = null, WarningStatus? Status = null);

public sealed record AcknowledgeRequest(string? Note);

/// <summary>Warnings as supervisors and leaders read and acknowledge them; their cases within the reader's scope.</summary>
public sealed class WarningQueries(XinfangDbContext db, TimeProvider clock, ListCases lists)
{
    public static readonly IReadOnlySet<string> Readers = new HashSet<string> { Roles.Supervisor, Roles.Leader, Roles.Dispatcher, Roles.Admin };
    public static readonly IReadOnlySet<string> Acknowledgers = new HashSet<string> { Roles.Supervisor, Roles.Leader };
    public const int MaxListed = 500;

    private static bool MayRead(Actor actor) => actor.IsInAny(Readers) && actor.Scope.Kind == DataScopeKind.District;

    private static Error Refused => Error.Forbidden("warning.forbidden", "只有督办员、领导、派单员和管理员可以查看预警。");

    public async Task<Result<IReadOnlyList<WarningView>>> ListAsync(WarningListQuery query, Actor actor, CancellationToken ct = default)
    {
        if (!MayRead(actor))
        {
            return Refused;
        }

        if (query is { From: { } from, To: { } to } && to < from)
        {
            return Error.Validation("to", "validation.range", "结束日期不能早于开始日期。");
        }

        var warnings = db.AnalysisWarnings.AsNoTracking();
        if (query.From is { } start)
        {
            warnings = warnings.Where(w => w.WindowTo >= start);
        }

        if (query.To is { } end)
        {
            warnings = warnings.Where(w => w.WindowFrom <= end);
        }

        if (query.Status is { } status)
        {
            warnings = warnings.Where(w => w.Status == status);
        }

        var rows = await warnings.OrderByDescending(w => w.WindowTo).ThenByDescending(w => w.Id).Take(MaxListed)
            .Select(w => new { Warning = w, Cases = w.Cases.Count }).ToListAsync(ct);
        return rows.Select(r => View(r.Warning, r.Cases)).ToList();
    }

    public async Task<int> OpenCountAsync(Actor actor, CancellationToken ct = default) =>
        MayRead(actor)
            ? await db.AnalysisWarnings.CountAsync(w => w.Status == WarningStatus.Open, ct)
            : 0;

    public async Task<Result<WarningView>> GetAsync(long id, Actor actor, CancellationToken ct = default)
    {
        if (!MayRead(actor))
        {
            return Refused;
        }

        var row = await db.AnalysisWarnings.AsNoTracking().Where(w => w.Id == id).Select(w => new { Warning = w, Cases = w.Cases.Count }).FirstOrDefaultAsync(ct);
        return row is null ? Error.NotFound("warning.not_found", "预警不存在。") : View(row.Warning, row.Cases);
    }

    /// <summary>The cases a warning links to, newest first; only those the reader may see.</summary>
    public async Task<Result<PagedList<CaseListItem>>> CasesAsync(long id, int page, int pageSize, Actor actor, CancellationToken ct = default)
    {
        var warning = await GetAsync(id, actor, ct);
        if (!warning.IsSuccess)
        {
            return Result.Failure<PagedList<CaseListItem>>([.. warning.Errors]);
        }

        if (page < 1 || pageSize is < 1 or > ListCases.MaxPageSize)
        {
            return Error.Validation(page < 1 ? "page" : "pageSize", "validation.out_of_range", $"页码须从 1 开始，每页条数须在 1 至 {ListCases.MaxPageSize} 之间。");
        }

        var linked = db.Set<AnalysisWarningCase>().Where(c => c.WarningId == id).Select(c => c.CaseId);
        return await lists.PageAsync(db.Cases.AsNoTracking().VisibleTo(actor.Scope).Where(c => linked.Contains(c.Id)), page, pageSize, ct);
    }

    public async Task<Result<WarningView>> AcknowledgeAsync(long id, AcknowledgeRequest request, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsInAny(Acknowledgers))
        {
            return Error.Forbidden("warning.acknowledge_forbidden", "只有督办员或领导可以确认预警。");
        }

        var note = request.Note?.Trim() ?? "";
        if (note.Length == 0)
        {
            return Error.Validation("note", "validation.required", "请写明处置意见（如：已安排乡镇提前介入）。");
        }

        if (note.Length > AnalysisWarning.MaxNoteLength || note.Any(ch => char.IsControl(ch) && ch is not '\n' and not '\r' and not '\t'))
        {
            return Error.Validation("note", "validation.invalid", $"处置意见不能超过{AnalysisWarning.MaxNoteLength}字，且不能含控制字符。");
        }

        var warning = await db.AnalysisWarnings.FirstOrDefaultAsync(w => w.Id == id, ct);
        if (warning is null)
        {
            return Error.NotFound("warning.not_found", "预警不存在。");
        }

        if (warning.Status == WarningStatus.Acknowledged)
        {
            return Error.Conflict("warning.already_acknowledged", $"该预警已由{warning.AcknowledgedBy}确认。");
        }

        warning.Acknowledge(actor.DisplayName, note, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, actor, ct);
    }

    public static string KindName(WarningKind kind) => kind switch
    {
        WarningKind.Rise => "数量异常上升",
        WarningKind.Cluster => "苗头性群体事项",
        WarningKind.RepeatSurge => "重复信访激增",
        WarningKind.SkipLevelSurge => "越级信访激增",
        _ => kind.ToString(),
    };

    private static WarningView View(AnalysisWarning w, int cases) => new(
        w.Id, w.Kind, KindName(w.Kind), w.Dimension is { } d ? AnalysisDimensions.ParamName(d) : null, w.SubjectId, w.SubjectName, w.WindowFrom, w.WindowTo,
        w.Observed, w.Expected, w.Score, w.Seasonal, w.SensitivePeriod, w.Summary, w.Status, w.Status == WarningStatus.Open ? "待处置" : "已确认",
        w.RaisedAt, w.UpdatedAt, w.AcknowledgedBy, w.AcknowledgedAt, w.AcknowledgementNote, cases, Drill(w));

    /// <summary>All the cases of the subject in the warning's window (<c>GET /api/analysis/cases?…</c>), where a filter can say it.</summary>
    private static string? Drill(AnalysisWarning w) => w.Kind switch
    {
        WarningKind.Rise when w.Dimension is { } d => AnalysisFilter.Of(w.WindowFrom, w.WindowTo).With(d, w.SubjectId).ToQueryString(),
        WarningKind.RepeatSurge => AnalysisFilter.Of(w.WindowFrom, w.WindowTo).With(AnalysisDimension.Repeat, 1).ToQueryString(),
        _ => null,
    };
}
