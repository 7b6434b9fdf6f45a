using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Supervision;

namespace Xinfang.Core.Demo;

/// <summary>Demo mode: a 治重化积 campaign with a handful of key issues on the ledger (each with its record and the
/// demo cases about it), and leaders' instructions on some of the key cases they own. Everything goes through the
/// aggregates, so the records read as real work.</summary>
public static class DemoLedgerSeeder
{
    private sealed record Spec(
        string Title, string Township, string Category, string Unit, string Target, int TargetInDays, int Leader, bool InCampaign,
        KeyIssueStatus Status, string[] Progress, string? Comment);

    private static readonly Spec[] Specs =
    [
        new("仁和镇大河村征地拆迁安置房分配遗留问题", "仁和镇", "安置房分配", "仁和镇人民政府", "完成剩余42户安置房分配，信访人息诉罢访", 31, 0, true,
            KeyIssueStatus.InProgress, ["已召开专题协调会，明确分配方案和时间表。", "已完成30户选房，剩余12户正在核实家庭人口。"], "请仁和镇加快进度，年底前全部分配到位。"),
        new("金江镇工业园区建筑工地农民工欠薪问题", "金江镇", "欠薪", "区人力资源和社会保障局", "督促施工企业足额支付拖欠工资", -20, 1, true,
            KeyIssueStatus.Resolved, ["约谈施工企业负责人，责令限期支付。", "欠薪已全部兑付，农民工签字确认，息诉罢访。"], null),
        new("前进镇集体林地权属纠纷", "前进镇", "集体林地纠纷", "区林业局", "明确林地权属，防止矛盾激化", 120, 2, true,
            KeyIssueStatus.LongTermControl, ["组织双方调解两次未达成一致，已引导通过司法途径解决。", "落实镇村干部专人包保，长期稳控。"], null),
        new("同德镇矿区采空区房屋开裂搬迁补偿问题", "同德镇", "征地拆迁补偿", "同德镇人民政府", "完成受损房屋鉴定和搬迁补偿", -10, 0, true,
            KeyIssueStatus.InProgress, ["已委托第三方完成房屋安全鉴定，补偿方案待区政府审定。"], "逾期未化解，请同德镇说明原因并提出下一步措施。"),
        new("平地镇安置小区物业服务矛盾", "平地镇", "物业管理", "平地镇人民政府", "引入新物业企业，成立业主委员会", 45, 1, true,
            KeyIssueStatus.NotStarted, [], null),
        new("大田镇老旧小区电梯加装补贴兑现问题", "大田镇", "电梯安装", "区住房和城乡建设局", "补贴资金按政策兑现到位", 60, 2, false,
            KeyIssueStatus.InProgress, ["已完成补贴资金测算，报区财政局审核。"], null),
    ];

    private static readonly string[] Instructions =
    [
        "请责任单位主要负责同志亲自过问，一周内拿出化解方案并报告。",
        "要把群众的合理诉求解决到位，做好解释疏导工作，防止矛盾升级。",
    ];

    public static async Task<bool> SeedAsync(XinfangDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.KeyIssues.AnyAsync(ct) || !await db.Cases.AnyAsync(ct))
        {
            return false;
        }

        var world = await DemoWorld.LoadAsync(db, ct);
        if (world.Leaders.Count == 0)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        var supervisor = world.Supervisor;
        var regions = await db.Regions.AsNoTracking().Where(r => r.Kind == RegionKind.Township).ToDictionaryAsync(r => r.Name, r => r.Id, ct);
        var categories = await db.Categories.AsNoTracking().Where(c => c.ParentId != null).ToDictionaryAsync(c => c.Name, c => c.Id, ct);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Name, u => u.Id, ct);

        var campaign = Campaign.Create($"{today.Year}年治重化积专项行动", "重复信访和信访积案动态清零，化解率达到90%以上",
            new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31), supervisor, now.AddDays(-60));
        db.Campaigns.Add(campaign);
        foreach (var spec in Specs)
        {
            var leader = world.Leaders[spec.Leader % world.Leaders.Count];
            var (region, category) = (regions[spec.Township], categories[spec.Category]);
            var at = now.AddDays(-50);
            var issue = KeyIssue.Create(new KeyIssueFacts(spec.Title, category, region, leader.UserId, units[spec.Unit], spec.Target,
                today.AddDays(spec.TargetInDays), spec.InCampaign ? campaign.Id : null), supervisor, at);

            // The demo cases about the same matter: repeats first; a resolved issue keeps only closed ones.
            var related = db.Cases.AsNoTracking().Where(c => c.RegionId == region && c.CategoryId == category);
            if (spec.Status == KeyIssueStatus.Resolved)
            {
                related = related.Where(c => c.Status == CaseStatus.Closed);
            }

            foreach (var c in await related.OrderByDescending(c => c.IsRepeat).ThenByDescending(c => c.ReceivedAt).Select(c => new { c.Id, c.Number }).Take(3).ToListAsync(ct))
            {
                issue.LinkCase(c.Id, c.Number, supervisor, at = at.AddHours(2));
            }

            for (var i = 0; i < spec.Progress.Length; i++)
            {
                at = now.AddDays(-40 + (i * 15));
                var status = i == spec.Progress.Length - 1 ? spec.Status : KeyIssueStatus.InProgress;
                issue.ReportProgress(spec.Progress[i], status, [], supervisor, at);
            }

            if (spec.Comment is not null)
            {
                issue.Comment(spec.Comment, leader, now.AddDays(-3));
            }

            db.KeyIssues.Add(issue);
        }

        await InstructOnKeyCasesAsync(db, world, now, ct);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Each leader instructs on the two open key cases of theirs that are due first.</summary>
    private static async Task InstructOnKeyCasesAsync(XinfangDbContext db, DemoWorld world, DateTimeOffset now, CancellationToken ct)
    {
        var open = CaseTransitions.OpenStates.ToList();
        foreach (var leader in world.Leaders)
        {
            var ids = await db.Cases.AsNoTracking()
                .Where(c => c.KeyCaseLeaderUserId == leader.UserId && open.Contains(c.Status))
                .OrderBy(c => c.DueDate).Select(c => c.Id).Take(Instructions.Length).ToListAsync(ct);
            for (var i = 0; i < ids.Count; i++)
            {
                var @case = await CaseLoader.LoadAsync(db, ids[i], ct);
                @case!.Instruct(leader, now.AddHours(-2 - i), Instructions[i]);
            }
        }
    }
}
