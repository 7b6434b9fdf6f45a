using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Calendar;

namespace Xinfang.Core.Cases.Features;

/// <summary>The work queues (SPEC §1.4a, issue 2): what waits for whom.</summary>
public enum CaseQueue
{
    All,
    ToDispose,  // 待处理（已登记）
    ToSign,     // 待签收
    ToAccept,   // 待受理
    InProgress, // 办理中
    DueSoon,    // 临期
    Overdue,    // 超期
    ToCallBack, // 待回访
    InReview,   // 复查复核中
    ToComplete, // 待补录（渠道事项缺项）
}

public sealed record CaseListQuery(
    CaseQueue Queue = CaseQueue.All,
    int? Unit = null,
    int? Township = null,
    Channel? Channel = null,
    int? Category = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 1,
    int PageSize = 20,
    CaseSort? Sort = null,
    int? Assignee = null,
    CaseFlagFilter? Flags = null);

public enum CaseSort
{
    Deadline, // 期限最近在前
    Newest,   // 最新收到在前
}

public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

public sealed class ListCases(XinfangDbContext db, TimeProvider clock, DeadlinePolicy policy, OrganisationDirectory directory)
{
    public const int MaxPageSize = 100;

    public async Task<Result<PagedList<CaseListItem>>> HandleAsync(CaseListQuery query, Actor actor, CancellationToken ct = default)
    {
        if (query.Page < 1)
        {
            return Error.Validation("page", "validation.out_of_range", "页码须从 1 开始。");
        }

        if (query.PageSize is < 1 or > MaxPageSize)
        {
            return Error.Validation("pageSize", "validation.out_of_range", $"每页条数须在 1 至 {MaxPageSize} 之间。");
        }

        if (query.From is { } from && query.To is { } to && to < from)
        {
            return Error.Validation("to", "validation.range", "结束日期不能早于开始日期。");
        }

        var names = await directory.GetAsync(ct);
        var now = clock.GetUtcNow();
        var sort = query.Sort ?? (query.Queue is CaseQueue.All ? CaseSort.Newest : CaseSort.Deadline);
        var (page, total) = IsPlainQueue(query) && CaseQueues.UnitRows(db, actor.Scope, query.Queue, now, policy.Settings.DueSoonDays) is { } units
            ? await PageOfUnitRowsAsync(units, sort, query, ct)
            : await PageOfCasesAsync(Filter(db, actor.Scope, query, names, now, policy.Settings.DueSoonDays), sort, query, ct);
        return new PagedList<CaseListItem>(await ItemsAsync(page, names, now, ct), query.Page, query.PageSize, total);
    }

    /// <summary>A page of any filtered set of cases (the analysis drill-down), newest first.</summary>
    public async Task<PagedList<CaseListItem>> PageAsync(IQueryable<Case> cases, int page, int pageSize, CancellationToken ct)
    {
        var names = await directory.GetAsync(ct);
        var (rows, total) = await PageOfCasesAsync(cases, CaseSort.Newest, new CaseListQuery(Page: page, PageSize: pageSize), ct);
        return new PagedList<CaseListItem>(await ItemsAsync(rows, names, clock.GetUtcNow(), ct), page, pageSize, total);
    }

    private async Task<List<CaseListItem>> ItemsAsync(IQueryable<Case> page, OrganisationDirectory.Snapshot names, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await page
            .Select(c => new
            {
                c.Id, c.Number, c.Subject, c.Channel, c.ReceivedAt, c.Status, c.CategoryId, c.RegionId, c.LeadUnitId, c.DueDate, c.DueAt, c.Version, c.Gaps,
            })
            .ToListAsync(ct);

        // The first petitioner of each case on the page, in a second query keyed by the page's ids.
        var ids = rows.Select(r => r.Id).ToList();
        var petitioners = (await db.Petitioners.AsNoTracking()
                .Where(p => ids.Contains(p.CaseId))
                .Select(p => new { p.CaseId, p.Id, p.Name, p.Phone })
                .ToListAsync(ct))
            .GroupBy(p => p.CaseId)
            .ToDictionary(g => g.Key, g => g.MinBy(p => p.Id)!);

        var items = rows.Select(r => new CaseListItem(
            r.Id, r.Number, r.Subject, r.Channel, r.ReceivedAt, r.Status, CaseNames.Of(r.Status),
            names.CategoryPath(r.CategoryId), names.RegionName(r.RegionId), names.UnitName(r.LeadUnitId),
            r.DueDate, r.DueAt, Deadlines.StateOf(r.DueDate, r.DueAt, now, policy.Settings.DueSoonDays),
            petitioners.TryGetValue(r.Id, out var first) ? PersonalDataMask.Name(first.Name) : null,
            PersonalDataMask.Phone(first?.Phone),
            r.Version, r.Gaps != IntakeGaps.None)).ToList();
        return items;
    }

    /// <summary>A unit's or township's queue without further filters is counted and paged on the units' copies
    /// (CaseUnit); only the page's cases are read.</summary>
    private static bool IsPlainQueue(CaseListQuery q) =>
        q is { Unit: null, Township: null, Channel: null, Category: null, From: null, To: null, Assignee: null } && (q.Flags?.IsEmpty ?? true);

    private async Task<(IQueryable<Case> Page, int Total)> PageOfUnitRowsAsync(IQueryable<CaseUnit> units, CaseSort sort, CaseListQuery query, CancellationToken ct)
    {
        if (sort == CaseSort.Deadline)
        {
            units = units.Where(u => u.DueDate != null);
        }

        var total = await units.CountAsync(ct);
        var ordered = sort == CaseSort.Newest
            ? units.OrderByDescending(u => u.ReceivedAt).ThenBy(u => u.CaseId)
            : units.OrderBy(u => u.DueDate).ThenBy(u => u.ReceivedAt).ThenBy(u => u.CaseId);
        var ids = ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).Select(u => u.CaseId);
        return (Order(db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)), sort), total);
    }

    private static async Task<(IQueryable<Case> Page, int Total)> PageOfCasesAsync(IQueryable<Case> cases, CaseSort sort, CaseListQuery query, CancellationToken ct)
    {
        if (sort == CaseSort.Deadline)
        {
            // Sorting by deadline lists only cases that have one running (closed cases have none), so the
            // (Status, DueDate) and DueDate indexes serve the order directly.
            cases = cases.Where(c => c.DueDate != null);
        }

        var total = await cases.CountAsync(ct);
        return (Order(cases, sort).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize), total);
    }

    // The case id breaks ties, so that paging neither repeats nor skips a case.
    private static IQueryable<Case> Order(IQueryable<Case> cases, CaseSort sort) => sort == CaseSort.Newest
        ? cases.OrderByDescending(c => c.ReceivedAt).ThenBy(c => c.Id)
        : cases.OrderBy(c => c.DueDate).ThenBy(c => c.ReceivedAt).ThenBy(c => c.Id);

    internal static IQueryable<Case> Filter(XinfangDbContext db, DataScope scope, CaseListQuery q, OrganisationDirectory.Snapshot names, DateTimeOffset now, int dueSoonDays)
    {
        var cases = CaseQueues.Cases(db, scope, q.Queue, now, dueSoonDays);

        if (q.Unit is { } unit)
        {
            cases = cases.Where(c => c.Units.Any(u => u.IsCurrent && u.UnitId == unit));
        }

        if (q.Township is { } township)
        {
            cases = cases.Where(c => c.RegionId == township);
        }

        if (q.Flags is { IsEmpty: false } flags)
        {
            cases = flags.Apply(cases);
        }

        // 我的待办: the open cases a unit has assigned to this person.
        if (q.Assignee is { } person)
        {
            var open = CaseTransitions.OpenStates.ToArray();
            cases = cases.Where(c => c.Units.Any(u => u.IsCurrent && u.AssigneeUserId == person) && open.Contains(c.Status));
        }

        if (q.Channel is { } channel)
        {
            cases = cases.Where(c => c.Channel == channel);
        }

        if (q.Category is { } category)
        {
            var ids = names.Categories.Values.Where(x => x.Id == category || x.ParentId == category).Select(x => x.Id).ToList();
            cases = cases.Where(c => c.CategoryId != null && ids.Contains(c.CategoryId.Value));
        }

        if (q.From is { } from)
        {
            var start = ChinaTime.StartOf(from);
            cases = cases.Where(c => c.ReceivedAt >= start);
        }

        if (q.To is { } to)
        {
            var end = ChinaTime.StartOf(to.AddDays(1));
            cases = cases.Where(c => c.ReceivedAt < end);
        }

        return cases;
    }
}
