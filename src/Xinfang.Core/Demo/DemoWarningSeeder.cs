using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Analysis;
using Xinfang.Core.Analysis.Warnings;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Demo;

/// <summary>
/// A hotspot for the demo's early warning: over the last four days, fourteen residents of 平地镇 complain about the
/// night-time noise and dust of a new concrete mixing plant — registered through the real registration (so the duplicate
/// finder links the similar texts), then the day's warnings computed: the township and the category rise above their
/// own level, and the similar matters from several people are a brewing collective matter.
/// </summary>
public sealed class DemoWarningSeeder(XinfangDbContext db, RegisterCase register, ComputeWarnings warnings, TimeProvider clock)
{
    private static readonly string[] Complaints =
    [
        "平地镇新建的商品混凝土搅拌站每天夜里十点以后还在生产，搅拌机和运输车噪音很大，粉尘飘到家里，老人孩子无法休息，请求责令整改。",
        "平地镇搅拌站夜间施工噪音扰民，罐车通宵进出，粉尘污染严重，多次反映无果，请尽快处理。",
        "我们住在平地镇搅拌站旁边，晚上噪音和粉尘太大，严重影响休息和身体健康，请求环保部门查处。",
        "平地镇混凝土搅拌站夜间生产噪音扰民、扬尘污染，周边居民无法入睡，要求停止夜间生产。",
    ];

    public async Task<bool> SeedAsync(CancellationToken ct = default)
    {
        if (await db.AnalysisWarnings.AnyAsync(ct))
        {
            return false;
        }

        var pingdi = await db.Set<Organisation.Region>().Where(r => r.Name == "平地镇").Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        var noise = await db.Set<Organisation.Category>().Where(c => c.Name == "噪声扰民").Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
        var registrar = await db.Users.Where(u => u.UserName == "registrar").Select(u => new { u.Id, u.UnitId }).FirstOrDefaultAsync(ct);
        if (pingdi is null || noise is null || registrar is null)
        {
            return false;
        }

        var actor = new Actor(registrar.Id, "registrar", new HashSet<string> { Roles.Registrar }, registrar.UnitId, DataScope.Everything) { DisplayName = "演示数据" };
        var now = clock.GetUtcNow();
        var today = ChinaTime.Today(clock);
        for (var i = 0; i < 14; i++)
        {
            var at = ChinaTime.StartOf(today.AddDays(-(i % 4))).AddHours(8 + i % 9).AddMinutes(7 * i);
            if (at > now)
            {
                at = now.AddMinutes(-5 * (i + 1));
            }

            var person = new PetitionerRequest(DemoNames[i], ChineseIdNumber.Make("510411", new DateOnly(1958, 3, 1).AddDays(i * 331), 9000 + i),
                $"139{81000000 + i * 7919:D8}", $"平地镇辣子哨村{i % 6 + 1}组");
            var request = new RegisterCaseRequest(i % 3 == 0 ? Channel.Hotline96097 : Channel.WebsiteOrApp, at, CaseForm.Complaint, StatutoryClass.ClaimRequest,
                noise, pingdi, null, "搅拌站夜间噪音粉尘扰民", Complaints[i % Complaints.Length], [person]);
            await register.HandleAsync(request, actor, null, ct);
        }

        for (var day = today.AddDays(-3); day <= today; day = day.AddDays(1))
        {
            await warnings.HandleAsync(day, ct: ct);
        }

        return true;
    }

    private static readonly string[] DemoNames =
        ["罗永红", "王秀英", "李德明", "张桂芳", "刘建国", "陈玉兰", "杨志强", "赵淑珍", "黄国华", "周丽华", "吴明亮", "徐春梅", "孙志军", "马秀兰"];
}
