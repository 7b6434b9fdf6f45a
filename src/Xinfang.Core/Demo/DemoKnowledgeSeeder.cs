using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Knowledge;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Demo;

/// <summary>Demo mode: the acceptance centre's knowledge base with entries of every kind, written in the way the district's
/// units answer (facts, basis, what the citizen can do next), approved by their heads; two are past their review date,
/// one revision waits for approval and one is still a draft.</summary>
public static class DemoKnowledgeSeeder
{
    private sealed record Spec(KnowledgeKind Kind, string Title, string Body, string Tags, string? Category, string Unit, int ReviewInDays, bool Public,
        KnowledgeStatus Status);

    private static readonly Spec[] Specs =
    [
        new(KnowledgeKind.ReplyTemplate, "物业服务质量投诉的答复口径",
            """
            **适用**：群众反映小区物业公司服务不到位（垃圾清运不及时、电梯故障久修不好、公共区域卫生差）。

            1. 先核实：由属地镇（街道）会同区住房和城乡建设局到小区实地查看，听取业主委员会（或业主代表）和物业公司意见。
            2. 答复要点：
               - 查明的事实（哪些问题属实、已整改到什么程度）；
               - 依据：《物业管理条例》第三十五条，物业服务企业应当按照物业服务合同的约定提供相应服务；
               - 处理意见：已责令物业公司限期整改，整改情况由社区跟踪复查；
               - 权利告知：如对本答复意见不服，可自收到本意见之日起 30 日内向区人民政府请求复查。
            3. 不写业主姓名、电话等他人个人信息。
            """, "物业,电梯,垃圾清运,物业费", "物业管理", "区住房和城乡建设局", 300, false, KnowledgeStatus.Published),
        new(KnowledgeKind.PolicyConsultation, "物业费上调需要满足哪些条件",
            """
            物业服务收费实行政府指导价的，调整须按价格主管部门规定执行；实行市场调节价的，由业主与物业服务企业在物业服务合同中约定。

            - 物业公司**不能单方面**上调物业费，调整须经业主大会依法表决同意；
            - 未经同意擅自上调的，业主可向属地镇（街道）、区住房和城乡建设局或区市场监督管理局反映；
            - 对物业费收取有异议的，可拨打 12345 或 96097 咨询。
            """, "物业费,业主大会,收费", "物业管理", "区住房和城乡建设局", 200, true, KnowledgeStatus.Published),
        new(KnowledgeKind.ServiceGuide, "农民工工资被拖欠怎么办",
            """
            **投诉渠道**：区劳动保障监察大队（区人力资源和社会保障局），或拨打 12333、12345。

            需要准备：
            1. 身份证件；
            2. 能证明劳动关系的材料（考勤记录、工资条、工友证言、聊天记录等）；
            3. 欠薪的时间、金额和用工单位（施工企业、项目名称）。

            受理后，监察机构一般在 20 个工作日内调查处理；情况复杂的可延长 20 个工作日。涉嫌拒不支付劳动报酬罪的，移送公安机关。
            """, "欠薪,农民工,拖欠工资,劳动监察", "欠薪", "区人力资源和社会保障局", 330, true, KnowledgeStatus.Published),
        new(KnowledgeKind.ReplyTemplate, "拖欠农民工工资信访事项的答复口径",
            """
            **事实**：写明核查了哪个项目、哪家施工企业、拖欠多少人多少金额、已支付多少。

            **依据**：《保障农民工工资支付条例》第三条、第三十条（分包单位拖欠的，由施工总承包单位先行清偿）。

            **处理意见**：已责令施工总承包单位于某日前足额支付；逾期不支付的，依法作出行政处理并纳入拖欠工资失信联合惩戒名单。

            **权利告知**：如对本答复意见不服，可自收到本意见之日起 30 日内向区人民政府请求复查。
            """, "欠薪,工程款,答复", "欠薪", "区人力资源和社会保障局", -15, false, KnowledgeStatus.Published),
        new(KnowledgeKind.LivelihoodHotspot, "安置房分配进度查询",
            """
            仁和镇、同德镇征地拆迁安置房的分配进度，以区住房保障和房屋征收中心每月公示为准：

            - 选房顺序按协议签订先后确定；
            - 家庭人口有变化的，须在选房前到所在村（社区）申报并公示 7 天；
            - 对分配结果有异议的，可在公示期内书面提出，区住房保障和房屋征收中心在 15 日内答复。
            """, "安置房,征地拆迁,选房", "安置房分配", "区住房保障和房屋征收中心", 120, true, KnowledgeStatus.Published),
        new(KnowledgeKind.ConvenienceTip, "老旧小区加装电梯补贴申请",
            """
            符合条件的老旧小区加装电梯，每台可申请财政补贴。申请流程：

            1. 本单元业主意见征询并公示（需达到法定比例同意）；
            2. 向所在镇（街道）提交加装申请和设计方案；
            3. 竣工验收并取得使用登记后，向区住房和城乡建设局申请补贴。

            低层住户有异议的，由社区组织协商；协商不成的可申请人民调解。
            """, "电梯,加装电梯,补贴,老旧小区", "电梯安装", "区住房和城乡建设局", -40, true, KnowledgeStatus.Published),
        new(KnowledgeKind.PolicyConsultation, "城乡居民医保报销比例咨询",
            """
            城乡居民基本医疗保险在区内定点医疗机构住院，政策范围内费用按一级、二级、三级医院分档报销；门诊慢特病按病种限额支付。

            具体比例以区医疗保障局当年公布的标准为准，可拨打 12393 医保服务热线查询。
            """, "医保,报销,门诊慢特病", null, "区医疗保障局", 250, true, KnowledgeStatus.Published),
        new(KnowledgeKind.ServiceGuide, "信访事项复查、复核怎么申请",
            """
            对行政机关作出的信访事项处理意见不服的，可以自收到书面答复之日起 **30 日内** 请求原办理机关的上一级行政机关复查；
            对复查意见不服的，可以自收到书面答复之日起 30 日内向复查机关的上一级行政机关请求复核。

            复查、复核申请应写明：申请人、原信访事项编号、不服的理由和请求。复核意见为终结意见。
            """, "复查,复核,信访条例", null, "仁和区信访局", 365, true, KnowledgeStatus.Published),
        new(KnowledgeKind.ConvenienceTip, "餐饮油烟扰民的投诉处理",
            """
            临街餐饮店油烟、噪音扰民的，由区综合行政执法局依法查处：未安装油烟净化设施或不正常使用的，责令改正并可处以罚款。

            反映时请说明店名、位置和扰民时段，便于执法人员现场核查。
            """, "油烟扰民,噪音扰民,餐饮", null, "区综合行政执法局", 180, true, KnowledgeStatus.Submitted),
        new(KnowledgeKind.LivelihoodHotspot, "集体林地权属纠纷调处程序",
            """
            林地权属争议由当事人协商解决；协商不成的，由镇人民政府或区人民政府依法处理。当事人对处理决定不服的，可依法申请行政复议或提起行政诉讼。
            """, "林地,权属纠纷", "集体林地纠纷", "区林业局", 365, false, KnowledgeStatus.Draft),
    ];

    public static async Task<bool> SeedAsync(XinfangDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.KnowledgeEntries.AnyAsync(ct))
        {
            return false;
        }

        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Name, u => u.Id, ct);
        var categories = await db.Categories.AsNoTracking().Where(c => c.ParentId != null).ToDictionaryAsync(c => c.Name, c => c.Id, ct);
        var now = clock.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        var published = new List<KnowledgeEntry>();
        foreach (var spec in Specs)
        {
            var unitId = units[spec.Unit];
            var author = Actor.System with { UnitId = unitId, DisplayName = $"{spec.Unit}工作人员" };
            var head = Actor.System with { UnitId = unitId, DisplayName = $"{spec.Unit}负责人" };
            // Stale entries were approved with a review date that has passed since.
            var reviewBy = today.AddDays(Math.Max(spec.ReviewInDays, 1));
            var entry = KnowledgeEntry.Write(new KnowledgeContent(spec.Kind, spec.Title, spec.Body.Trim(), spec.Tags,
                spec.Category is null ? null : categories[spec.Category], spec.Public, reviewBy), unitId, author, now.AddDays(-400));
            if (spec.Status != KnowledgeStatus.Draft)
            {
                entry.Submit(now.AddDays(-399));
            }

            if (spec.Status == KnowledgeStatus.Published)
            {
                entry.Approve(head, now.AddDays(-398));
                published.Add(entry);
            }

            db.KnowledgeEntries.Add(entry);
            if (spec.ReviewInDays < 0)
            {
                db.Entry(entry).Property(e => e.ReviewBy).CurrentValue = today.AddDays(spec.ReviewInDays);
            }
        }

        await db.SaveChangesAsync(ct);
        foreach (var entry in published)
        {
            db.KnowledgeSearchTexts.Add(new KnowledgeSearchText(entry.Id, KnowledgeSearchText.Of(entry)));
        }

        await db.SaveChangesAsync(ct);
        return true;
    }
}
