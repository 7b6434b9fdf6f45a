using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Calendar;

namespace Xinfang.Core.Supervision.Features;

public sealed record KeyCaseItem(
    Guid Id,
    string Number,
    string Subject,
    CaseStatus Status,
    string StatusName,
    bool IsOpen,
    bool IsResolved,
    string? Region,
    string? LeadUnit,
    DateOnly? DueDate,
    DateTimeOffset? DueAt,
    DueState DueState,
    int? DaysLeft,
    bool IsEscalated,
    int? LeaderUserId,
    string? LeaderName,
    DateTimeOffset? LastInstructionAt,
    string? LastInstruction,
    int Version);

/// <summary>One leader's key cases on the board: open, overdue (open past their deadline) and resolved (化解).</summary>
public sealed record LeaderKeyCases(int? LeaderUserId, string LeaderName, int Open, int Overdue, int Resolved, int Total, IReadOnlyList<KeyCaseItem> OpenCases);

/// <summary>领导包案: the key cases a leader owns (我包案的事项), and the board of key cases grouped by leader.</summary>
public sealed class KeyCases(XinfangDbContext db, TimeProvider clock, DeadlinePolicy policy, OrganisationDirectory directory)
{
    /// <summary>A key case counts as resolved (化解) once closed, reviewed or final; refused cases are neither open nor resolved.</summary>
    public static readonly IReadOnlySet<CaseStatus> ResolvedStates = new HashSet<CaseStatus> { CaseStatus.Closed, CaseStatus.Reviewed, CaseStatus.Final };

    private const int MaxListed = 300;

    /// <summary>我包案的事项: the signed-in leader's key cases, open ones first by deadline, then the rest.</summary>
    public async Task<Result<IReadOnlyList<KeyCaseItem>>> MineAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsIn(Roles.Leader))
        {
            return Error.Forbidden("key_cases.leaders_only", "“我包案的事项”只对领导开放。");
        }

        var rows = await Rows(db.Cases.AsNoTracking().VisibleTo(actor.Scope).Where(c => c.KeyCaseLeaderUserId == actor.UserId)
                .OrderByDescending(c => c.DueDate != null).ThenBy(c => c.DueDate).ThenByDescending(c => c.ReceivedAt)
                .Take(MaxListed))
            .ToListAsync(ct);
        return (await ItemsAsync(rows, ct)).ToList();
    }

    /// <summary>The board: every leader (also those without cases) and the key cases not yet given a leader, with
    /// counts of open, overdue and resolved cases and the open cases themselves, by deadline.</summary>
    public async Task<Result<IReadOnlyList<LeaderKeyCases>>> BoardAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsInAny([Roles.Supervisor, Roles.Leader, Roles.Dispatcher]))
        {
            return Error.Forbidden("key_cases.forbidden", "领导包案督办看板只对督办员、派单员和领导开放。");
        }

        var keyCases = db.Cases.AsNoTracking().VisibleTo(actor.Scope).Where(c => c.IsKeyCase);
        var counts = await keyCases
            .GroupBy(c => new { c.KeyCaseLeaderUserId, c.Status })
            .Select(g => new { g.Key.KeyCaseLeaderUserId, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        var open = CaseTransitions.OpenStates.ToList();
        var late = await keyCases.Where(c => open.Contains(c.Status)).Where(Deadlines.Overdue<Case>(clock.GetUtcNow()))
            .GroupBy(c => c.KeyCaseLeaderUserId)
            .Select(g => new { Leader = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var openRows = await Rows(keyCases.Where(c => open.Contains(c.Status)).OrderBy(c => c.DueDate).Take(MaxListed)).ToListAsync(ct);
        var items = (await ItemsAsync(openRows, ct)).ToLookup(i => i.LeaderUserId);

        var leaders = (await DistrictLeaders.ListAsync(db, ct)).Select(l => (int?)l.UserId).ToList();
        var names = await LedgerQueries.UserNamesAsync(db, counts.Select(c => c.KeyCaseLeaderUserId).OfType<int>().Concat(leaders.OfType<int>()), ct);
        var groups = leaders.Concat(counts.Select(c => c.KeyCaseLeaderUserId)).Distinct()
            .Select(leader =>
            {
                var mine = counts.Where(c => c.KeyCaseLeaderUserId == leader).ToList();
                return new LeaderKeyCases(leader,
                    leader is { } id ? names.GetValueOrDefault(id) ?? $"用户{id}" : "未指定包案领导",
                    mine.Where(c => CaseTransitions.OpenStates.Contains(c.Status)).Sum(c => c.Count),
                    late.Where(c => c.Leader == leader).Sum(c => c.Count),
                    mine.Where(c => ResolvedStates.Contains(c.Status)).Sum(c => c.Count),
                    mine.Sum(c => c.Count),
                    items[leader].ToList());
            })
            .OrderBy(g => g.LeaderUserId is null)
            .ThenByDescending(g => g.Overdue).ThenByDescending(g => g.Open).ThenBy(g => g.LeaderUserId)
            .ToList();
        return groups;
    }

    private sealed record Row(Guid Id, string Number, string Subject, CaseStatus Status, int? RegionId, int? LeadUnitId, DateOnly? DueDate,
        DateTimeOffset? DueAt, DeadlineStep? DueStep, bool IsEscalated, int? LeaderUserId, int Version);

    private static IQueryable<Row> Rows(IQueryable<Case> cases) => cases.Select(c => new Row(
        c.Id, c.Number, c.Subject, c.Status, c.RegionId, c.LeadUnitId, c.DueDate, c.DueAt, c.DueStep, c.IsEscalated, c.KeyCaseLeaderUserId, c.Version));

    private async Task<IEnumerable<KeyCaseItem>> ItemsAsync(IReadOnlyList<Row> rows, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        var names = await directory.GetAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var instruct = nameof(CaseAction.Instruct);
        var instructions = (await db.CaseEvents.AsNoTracking()
                .Where(e => ids.Contains(e.CaseId) && e.Action == instruct)
                .Select(e => new { e.Id, e.CaseId, e.At, e.DocumentText })
                .ToListAsync(ct))
            .GroupBy(e => e.CaseId).ToDictionary(g => g.Key, g => g.MaxBy(e => e.Id)!);
        var people = await LedgerQueries.UserNamesAsync(db, rows.Select(r => r.LeaderUserId).OfType<int>(), ct);
        return rows.Select(r => new KeyCaseItem(
            r.Id, r.Number, r.Subject, r.Status, CaseNames.Of(r.Status),
            CaseTransitions.OpenStates.Contains(r.Status), ResolvedStates.Contains(r.Status),
            names.RegionName(r.RegionId), names.UnitName(r.LeadUnitId), r.DueDate, r.DueAt,
            Deadlines.StateOf(r.DueDate, r.DueAt, now, policy.Settings.DueSoonDays),
            r.DueDate is { } due && r.DueStep is { } step ? policy.Calculator.DaysLeft(today, due, policy.Settings[step].Mode) : null,
            r.IsEscalated, r.LeaderUserId, r.LeaderUserId is { } leader ? people.GetValueOrDefault(leader) : null,
            instructions.TryGetValue(r.Id, out var last) ? last.At : null, last?.DocumentText, r.Version));
    }
}
