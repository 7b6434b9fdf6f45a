using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Calendar;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Analysis.Features;

/// <summary>One line of an exported case list. Personal data is masked unless the reader's role works with it.</summary>
public sealed record CaseExportRow(
    string Number, DateTimeOffset ReceivedAt, string Channel, string Form, string Category, string Township, string Village, string LeadUnit,
    string Status, DateOnly? DueDate, string DueState, string Petitioner, string Phone, int PeopleCount, string Flags, string Subject, string Content);

public sealed record CaseExport(string Title, int Count, IEnumerable<CaseExportRow> Rows);

/// <summary>Any case list as rows for a spreadsheet (SPEC §1.9 "any list exportable to Excel"): an analysis figure's
/// cases or a work queue with its filters, within the reader's scope. The rows are read from the database as they are
/// written (never the whole list in memory) — enumerate them off the request thread — and petitioners looked up a
/// thousand cases at a time on a second connection.</summary>
public sealed class ExportCases(XinfangDbContext db, IDbContextFactory<XinfangDbContext> contexts, TimeProvider clock, DeadlinePolicy policy, OrganisationDirectory directory)
{
    public const int MaxRows = 1_000_000;
    private const int Batch = 1000;

    public async Task<Result<CaseExport>> ForAnalysisAsync(AnalysisFilter filter, Actor actor, CancellationToken ct = default)
    {
        if (!AnalysisAccess.MayRead(actor))
        {
            return AnalysisAccess.Refused;
        }

        if (filter.Validate() is { IsSuccess: false } invalid)
        {
            return Result.Failure<CaseExport>([.. invalid.Errors]);
        }

        var names = await directory.GetAsync(ct);
        return await ExportAsync(filter.Apply(db, actor, names), $"信访事项（{filter.From:yyyy年M月d日}至{filter.To:yyyy年M月d日}）", actor, names, ct);
    }

    public async Task<Result<CaseExport>> ForListAsync(CaseListQuery query, Actor actor, CancellationToken ct = default)
    {
        if (query.From is { } from && query.To is { } to && to < from)
        {
            return Error.Validation("to", "validation.range", "结束日期不能早于开始日期。");
        }

        var names = await directory.GetAsync(ct);
        var cases = ListCases.Filter(db, actor.Scope, query, names, clock.GetUtcNow(), policy.Settings.DueSoonDays);
        return await ExportAsync(cases, $"信访事项（{QueueCounts.ChineseName(query.Queue)}）", actor, names, ct);
    }

    private async Task<Result<CaseExport>> ExportAsync(IQueryable<Case> cases, string title, Actor actor, OrganisationDirectory.Snapshot names, CancellationToken ct)
    {
        var count = await cases.CountAsync(ct);
        if (count > MaxRows)
        {
            return Error.Validation("to", "validation.too_many", $"共{count:N0}件，超过一次导出的上限{MaxRows:N0}件，请缩小期间或加筛选条件。");
        }

        return new CaseExport(title, count, Rows(cases.AsNoTracking().OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id), actor.MaySeePersonalData, names));
    }

    private IEnumerable<CaseExportRow> Rows(IQueryable<Case> ordered, bool personal, OrganisationDirectory.Snapshot names)
    {
        var now = clock.GetUtcNow();
        var batch = new List<CaseRow>(Batch);
        foreach (var row in ordered.Select(c => new CaseRow(c.Id, c.Number, c.ReceivedAt, c.Channel, c.Form, c.CategoryId, c.RegionId, c.VillageId, c.LeadUnitId,
                     c.Status, c.DueDate, c.DueAt, c.PeopleCount, c.IsCollective, c.SkipLevel, c.IsRepeat, c.IsKeyCase, c.Subject, c.Content)).AsEnumerable())
        {
            batch.Add(row);
            if (batch.Count == Batch)
            {
                foreach (var line in Lines(batch, personal, names, now))
                {
                    yield return line;
                }

                batch.Clear();
            }
        }

        foreach (var line in Lines(batch, personal, names, now))
        {
            yield return line;
        }
    }

    private sealed record CaseRow(Guid Id, string Number, DateTimeOffset ReceivedAt, Channel Channel, CaseForm? Form, int? CategoryId, int? RegionId, int? VillageId,
        int? LeadUnitId, CaseStatus Status, DateOnly? DueDate, DateTimeOffset? DueAt, int PeopleCount, bool IsCollective, SkipLevel SkipLevel, bool IsRepeat,
        bool IsKeyCase, string Subject, string Content);

    private List<CaseExportRow> Lines(List<CaseRow> rows, bool personal, OrganisationDirectory.Snapshot names, DateTimeOffset now)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        // A second connection: the first is still streaming the cases.
        using var lookup = contexts.CreateDbContext();
        var ids = rows.Select(r => r.Id).ToList();
        var petitioners = lookup.Set<Petitioner>().AsNoTracking().Where(p => ids.Contains(p.CaseId))
            .Select(p => new { p.CaseId, p.Id, p.Name, p.Phone }).ToList()
            .GroupBy(p => p.CaseId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Id).ToList());
        return rows.Select(r =>
        {
            var people = petitioners.GetValueOrDefault(r.Id) ?? [];
            var flags = new List<string>();
            if (r.IsCollective) flags.Add("集体访");
            if (r.SkipLevel != SkipLevel.None) flags.Add(CaseNames.Of(r.SkipLevel));
            if (r.IsRepeat) flags.Add("重复访");
            if (r.IsKeyCase) flags.Add("重点事项");
            return new CaseExportRow(r.Number, r.ReceivedAt, CaseNames.Of(r.Channel), CaseNames.Of(r.Form), names.CategoryPath(r.CategoryId) ?? "待补录",
                names.RegionName(r.RegionId) ?? "", names.RegionName(r.VillageId) ?? "", names.UnitName(r.LeadUnitId) ?? "", CaseNames.Of(r.Status), r.DueDate,
                DueStateName(Deadlines.StateOf(r.DueDate, r.DueAt, now, policy.Settings.DueSoonDays)),
                string.Join("、", people.Select(p => personal ? p.Name : PersonalDataMask.Name(p.Name))),
                string.Join("、", people.Where(p => p.Phone is not null).Select(p => personal ? p.Phone : PersonalDataMask.Phone(p.Phone))),
                r.PeopleCount, string.Join("、", flags), r.Subject, r.Content);
        }).ToList();
    }

    private static string DueStateName(DueState state) => state switch
    {
        DueState.Overdue => "超期",
        DueState.DueSoon => "临期",
        _ => "",
    };
}
