using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Duplicates;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Analysis.Warnings;

/// <summary>The window a rise is measured over, and what makes a cluster (days, distinct people).</summary>
public sealed record WarningSettings(int WindowDays = 7, int ClusterDays = 3, int ClusterPeople = 3);

public sealed record WarningRun(DateOnly Day, int Raised, int Updated, IReadOnlyList<long> WarningIds);

/// <summary>
/// The early warning of a day (SPEC §1.9), district-wide: every top-level category, township and lead unit whose
/// matters of the last <see cref="WarningSettings.WindowDays"/> days rose above their own baseline
/// (<see cref="Baseline"/>); the same for repeat and skip-level petitions; and clusters of similar matters from
/// several people in one township within <see cref="WarningSettings.ClusterDays"/> days (the links the duplicate
/// finder made at registration: same township, similar segmented text). Sensitive periods lower the bar where
/// they apply. A warning that goes on is extended, not raised again; running a day twice changes nothing.
/// </summary>
public sealed class ComputeWarnings(XinfangDbContext db, TimeProvider clock, OrganisationDirectory directory, Notifications.Features.Notifier notifier)
{
    public const int MaxLinkedCases = 200;

    public async Task<WarningRun> HandleAsync(DateOnly day, WarningSettings? settings = null, CancellationToken ct = default)
    {
        settings ??= new WarningSettings();
        var names = await directory.GetAsync(ct);
        var periods = await db.SensitivePeriods.AsNoTracking().Where(p => p.From <= day && p.To >= day).ToListAsync(ct);
        var now = clock.GetUtcNow();

        var recentStart = day.AddDays(1 - settings.WindowDays - Baseline.HistoryDays);
        var lastYearStart = recentStart.AddDays(-Baseline.YearBack);
        var lastYearEnd = day.AddDays(-Baseline.YearBack);
        var (s1, e1, s2, e2) = (ChinaTime.StartOf(recentStart), ChinaTime.StartOf(day.AddDays(1)), ChinaTime.StartOf(lastYearStart), ChinaTime.StartOf(lastYearEnd.AddDays(1)));
        var inRanges = db.Cases.AsNoTracking().Where(c => (c.ReceivedAt >= s1 && c.ReceivedAt < e1) || (c.ReceivedAt >= s2 && c.ReceivedAt < e2));
        var hasLastYear = await db.Cases.AnyAsync(c => c.ReceivedAt < s2, ct);

        var byCategory = await inRanges.Where(c => c.CategoryId != null).GroupBy(c => new { c.ReceivedDay, c.CategoryId })
            .Select(g => new { g.Key.ReceivedDay, Key = g.Key.CategoryId!.Value, Count = g.Count() }).ToListAsync(ct);
        var byTownship = await inRanges.Where(c => c.RegionId != null).GroupBy(c => new { c.ReceivedDay, c.RegionId })
            .Select(g => new { g.Key.ReceivedDay, Key = g.Key.RegionId!.Value, Count = g.Count() }).ToListAsync(ct);
        var byUnit = await inRanges.Where(c => c.LeadUnitId != null).GroupBy(c => new { c.ReceivedDay, c.LeadUnitId })
            .Select(g => new { g.Key.ReceivedDay, Key = g.Key.LeadUnitId!.Value, Count = g.Count() }).ToListAsync(ct);
        var repeats = await inRanges.Where(c => c.IsRepeat).GroupBy(c => c.ReceivedDay)
            .Select(g => new { ReceivedDay = g.Key, Key = 0, Count = g.Count() }).ToListAsync(ct);
        var skipLevel = await inRanges.Where(c => c.SkipLevel != SkipLevel.None).GroupBy(c => c.ReceivedDay)
            .Select(g => new { ReceivedDay = g.Key, Key = 0, Count = g.Count() }).ToListAsync(ct);

        var candidates = new List<Candidate>();
        void Measure<T>(WarningKind kind, AnalysisDimension? dimension, IEnumerable<T> rows, Func<T, int> day0, Func<T, int> key, Func<T, int> count, Func<int, string> name)
        {
            foreach (var series in rows.GroupBy(key))
            {
                var counts = series.GroupBy(day0).ToDictionary(g => ChinaTime.FromDayNumber(g.Key), g => g.Sum(count));
                var subject = dimension is null ? (int?)null : series.Key;
                var period = periods.Where(p => p.Watches(dimension, subject)).MinBy(p => p.Sigma);
                var result = Baseline.Measure(d => counts.GetValueOrDefault(d), day, settings.WindowDays, period?.Threshold ?? WarningThreshold.Normal, hasLastYear);
                if (result.Fires)
                {
                    candidates.Add(new Candidate(kind, dimension, subject, name(series.Key), result, period?.Name));
                }
            }
        }

        Measure(WarningKind.Rise, AnalysisDimension.Category, byCategory.Select(r => (r.ReceivedDay, Key: AnalysisDimensions.RootCategory(names, r.Key), r.Count)),
            r => r.ReceivedDay, r => r.Key, r => r.Count, k => names.CategoryName(k) ?? $"#{k}");
        Measure(WarningKind.Rise, AnalysisDimension.Township, byTownship, r => r.ReceivedDay, r => r.Key, r => r.Count, k => names.RegionName(k) ?? $"#{k}");
        Measure(WarningKind.Rise, AnalysisDimension.Unit, byUnit, r => r.ReceivedDay, r => r.Key, r => r.Count, k => names.UnitName(k) ?? $"#{k}");
        Measure(WarningKind.RepeatSurge, null, repeats, r => r.ReceivedDay, r => r.Key, r => r.Count, _ => "全区重复信访");
        Measure(WarningKind.SkipLevelSurge, null, skipLevel, r => r.ReceivedDay, r => r.Key, r => r.Count, _ => "全区越级信访");

        var windowFrom = day.AddDays(1 - settings.WindowDays);
        var ids = new List<long>();
        var (raised, updated) = (0, 0);
        foreach (var candidate in candidates)
        {
            var caseIds = await CasesOfAsync(candidate, windowFrom, day, names, ct);
            var (warning, isNew) = await UpsertAsync(candidate.Kind, candidate.Dimension, candidate.SubjectId, candidate.Name, windowFrom, day, candidate.Result,
                candidate.Period, Summary(candidate, windowFrom, day, settings), now, ct);
            warning.Link(caseIds);
            (raised, updated) = isNew ? (raised + 1, updated) : (raised, updated + 1);
            ids.Add(warning.Id);
        }

        foreach (var cluster in await ClustersAsync(day, settings, periods, names, ct))
        {
            var measure = new BaselineResult(cluster.People, 0, 0, 0, 1, true);
            var (warning, isNew) = await UpsertAsync(WarningKind.Cluster, AnalysisDimension.Township, cluster.RegionId, cluster.Name,
                day.AddDays(1 - settings.ClusterDays), day, measure, cluster.Period, cluster.Summary, now, ct, cluster.CaseIds);
            warning.Link(cluster.CaseIds);
            if (!isNew)
            {
                // A cluster that goes on: the warning speaks of every case it has gathered since it was raised.
                var people = Math.Max(cluster.People, warning.Observed);
                warning.Update(day, measure with { Observed = people },
                    ClusterSummary(warning.WindowFrom, day, cluster.Name, $"至少{people}人（共{warning.Cases.Count}件）", cluster.Period, null), now);
            }

            (raised, updated) = isNew ? (raised + 1, updated) : (raised, updated + 1);
            ids.Add(warning.Id);
        }

        await db.SaveChangesAsync(ct);
        return new WarningRun(day, raised, updated, ids);
    }

    private sealed record Candidate(WarningKind Kind, AnalysisDimension? Dimension, int? SubjectId, string Name, BaselineResult Result, string? Period);

    private sealed record Cluster(int RegionId, string Name, int People, IReadOnlyList<Guid> CaseIds, string? Period, string Summary);

    /// <summary>The open warning this one continues (same subject, window touching the new one), or a new one.</summary>
    private async Task<(AnalysisWarning Warning, bool IsNew)> UpsertAsync(WarningKind kind, AnalysisDimension? dimension, int? subjectId, string name,
        DateOnly windowFrom, DateOnly day, BaselineResult measure, string? period, string summary, DateTimeOffset now, CancellationToken ct,
        IReadOnlyList<Guid>? clusterCases = null)
    {
        var earliest = windowFrom.AddDays(-1);
        var existing = await db.AnalysisWarnings.Include(w => w.Cases)
            .Where(w => w.Kind == kind && w.Dimension == dimension && w.SubjectId == subjectId && w.WindowTo >= earliest && w.WindowFrom <= day)
            .OrderByDescending(w => w.WindowTo).ToListAsync(ct);
        // A cluster continues only if it shares a case with the earlier one (two clusters in one township are two warnings).
        var continued = clusterCases is null ? existing.FirstOrDefault() : existing.FirstOrDefault(w => w.Cases.Any(c => clusterCases.Contains(c.CaseId)));
        if (continued is not null)
        {
            if (day >= continued.WindowTo)
            {
                continued.Update(day, measure, summary, now);
            }

            return (continued, false);
        }

        var key = $"{kind}:{dimension}:{subjectId}:{day:yyyyMMdd}" + (clusterCases is null ? "" : $":{clusterCases.Min()}");
        var warning = new AnalysisWarning(key, kind, dimension, subjectId, name, windowFrom, day, measure, period, summary, now);
        db.AnalysisWarnings.Add(warning);
        await db.SaveChangesAsync(ct);
        // Pushed to those who read warnings (saved with the run).
        notifier.Add(await notifier.UsersAsync(null, [.. WarningQueries.Readers.Where(r => r != Identity.Roles.Admin)], ct), Notifications.NotificationKind.Warning,
            $"预警：{name}", summary, $"/analysis/warnings/{warning.Id}");
        return (warning, true);
    }

    private async Task<List<Guid>> CasesOfAsync(Candidate candidate, DateOnly from, DateOnly to, OrganisationDirectory.Snapshot names, CancellationToken ct)
    {
        var filter = AnalysisFilter.Of(from, to);
        filter = candidate.Kind switch
        {
            WarningKind.RepeatSurge => filter.With(AnalysisDimension.Repeat, 1),
            WarningKind.Rise => filter.With(candidate.Dimension!.Value, candidate.SubjectId),
            _ => filter,
        };
        var cases = filter.Apply(db, Identity.Actor.System, names);
        if (candidate.Kind == WarningKind.SkipLevelSurge)
        {
            cases = cases.Where(c => c.SkipLevel != SkipLevel.None);
        }

        return await cases.AsNoTracking().OrderByDescending(c => c.ReceivedAt).Take(MaxLinkedCases).Select(c => c.Id).ToListAsync(ct);
    }

    /// <summary>Cases of the last days joined by the duplicate finder's same-township similar-text links; a group
    /// with enough distinct people (by ID or phone hash, else each petitioner) is a brewing collective matter.</summary>
    private async Task<List<Cluster>> ClustersAsync(DateOnly day, WarningSettings settings, List<SensitivePeriod> periods, OrganisationDirectory.Snapshot names,
        CancellationToken ct)
    {
        var from = day.AddDays(1 - settings.ClusterDays);
        var (start, end) = (ChinaTime.StartOf(from), ChinaTime.StartOf(day.AddDays(1)));
        var window = db.Cases.AsNoTracking().Where(c => c.ReceivedAt >= start && c.ReceivedAt < end);
        var links = await db.DuplicateCandidates.AsNoTracking()
            .Where(d => d.Reason == DuplicateReason.SimilarTextSamePlace && d.Decision != DuplicateDecision.NotRelated)
            .Join(window, d => d.CaseId, c => c.Id, (d, c) => new { d.CaseId, d.OtherCaseId, c.RegionId })
            .Join(window, d => d.OtherCaseId, c => c.Id, (d, c) => new { d.CaseId, d.OtherCaseId, d.RegionId })
            .ToListAsync(ct);
        if (links.Count == 0)
        {
            return [];
        }

        var parent = new Dictionary<Guid, Guid>();
        Guid Find(Guid x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
            {
                x = p;
            }

            return x;
        }

        foreach (var link in links)
        {
            parent.TryAdd(link.CaseId, link.CaseId);
            parent.TryAdd(link.OtherCaseId, link.OtherCaseId);
            parent[Find(link.CaseId)] = Find(link.OtherCaseId);
        }

        var regionOf = links.Where(l => l.RegionId is not null).GroupBy(l => l.CaseId).ToDictionary(g => g.Key, g => g.First().RegionId!.Value);
        var caseIds = parent.Keys.ToList();
        var people = (await db.Petitioners.AsNoTracking().Where(p => caseIds.Contains(p.CaseId))
                .Select(p => new { p.CaseId, p.Id, p.IdNumberHash, p.PhoneHash }).ToListAsync(ct))
            .GroupBy(p => p.CaseId).ToDictionary(g => g.Key, g => g.Select(p => p.IdNumberHash ?? p.PhoneHash ?? $"#{p.Id}").ToList());

        var clusters = new List<Cluster>();
        foreach (var group in caseIds.GroupBy(Find).Where(g => g.Count() >= 2))
        {
            var members = group.OrderBy(id => id).ToList();
            var distinct = members.SelectMany(id => people.GetValueOrDefault(id) ?? [$"case:{id}"]).Distinct().Count();
            var region = members.Select(id => regionOf.TryGetValue(id, out var r) ? r : (int?)null).FirstOrDefault(r => r is not null);
            if (region is not { } regionId)
            {
                continue;
            }

            var period = periods.Where(p => p.Watches(AnalysisDimension.Township, regionId)).MinBy(p => p.Sigma);
            var needed = period is null ? settings.ClusterPeople : Math.Max(2, settings.ClusterPeople - 1);
            if (distinct < needed)
            {
                continue;
            }

            var name = names.RegionName(regionId) ?? $"#{regionId}";
            var summary = ClusterSummary(from, day, name, $"{distinct}人（{members.Count}件）", period?.Name, needed);
            clusters.Add(new Cluster(regionId, name, distinct, members, period?.Name, summary));
        }

        return clusters;
    }

    private static string ClusterSummary(DateOnly from, DateOnly to, string place, string who, string? period, int? needed) =>
        $"{from:M月d日}至{to:M月d日}，{place}{who}反映相似问题，可能形成群体性事项，请关注并提前化解。"
        + (period is null ? "" : needed is { } n ? $"（敏感时期“{period}”，关注门槛下调为{n}人）" : $"（敏感时期“{period}”，关注门槛已下调）");

    private static string Summary(Candidate c, DateOnly from, DateOnly to, WarningSettings settings)
    {
        var what = c.Kind switch
        {
            WarningKind.RepeatSurge => "全区重复信访",
            WarningKind.SkipLevelSurge => "全区越级信访",
            _ => c.Dimension switch
            {
                AnalysisDimension.Category => $"“{c.Name}”类信访事项",
                AnalysisDimension.Township => $"{c.Name}的信访事项",
                _ => $"{c.Name}主办的信访事项",
            },
        };
        var r = c.Result;
        var seasonal = Math.Abs(r.Seasonal - 1) < 0.005 ? "" : $"，已计入去年同期的季节因素（系数{r.Seasonal:0.00}）";
        var sensitive = c.Period is null ? "" : $"；敏感时期“{c.Period}”，预警门槛已下调";
        return $"近{settings.WindowDays}日（{from:M月d日}至{to:M月d日}）{what}{r.Observed}件，按自身历史常态预计约{r.Expected:0.#}件{seasonal}，"
            + $"高出{r.Score:0.0}个标准差{sensitive}。";
    }
}
