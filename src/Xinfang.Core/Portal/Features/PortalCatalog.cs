using Xinfang.Core.Cases;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Portal.Features;

public sealed record PortalPlace(int Id, string Name, IReadOnlyList<PortalVillage> Villages);

public sealed record PortalVillage(int Id, string Name);

public sealed record PortalCategory(int Id, string Name, string? Group);

public sealed record PortalForm(CaseForm Value, string Name);

public sealed record PortalLimits(int MaxFiles, int MaxFileMegabytes, int MaxContentLength, IReadOnlyList<string> FileTypes, int CodeValidMinutes,
    int CodeResendSeconds);

/// <summary>What the portal's form offers: the district's townships with their villages, the issue categories, the
/// four forms a citizen files, the limits, and the statutory promise of what happens next.</summary>
public sealed record PortalOptions(string BureauName, IReadOnlyList<PortalPlace> Townships, IReadOnlyList<PortalCategory> Categories,
    IReadOnlyList<PortalForm> Forms, PortalLimits Limits, IReadOnlyList<string> Promise);

public sealed class PortalCatalog(OrganisationDirectory directory, DistrictOptions district, PortalSettings settings)
{
    public static readonly IReadOnlyList<CaseForm> Forms = [CaseForm.Complaint, CaseForm.Suggestion, CaseForm.Report, CaseForm.Help];

    public static readonly IReadOnlyList<string> FileTypes = ["pdf", "jpeg", "png", "docx", "doc", "txt"];

    /// <summary>《信访工作条例》第二十四、三十二、三十三、三十五条, in plain words.</summary>
    public static readonly IReadOnlyList<string> Promise =
    [
        "提交后即登记，您会收到事项编号和查询码（短信同时发送），请妥善保存。",
        "信访局在收到之日起15日内转送、交办有关机关或直接办理；有权处理的机关在收到之日起15日内决定是否受理并书面告知您。",
        "受理后60日内办结并书面答复；情况复杂的，经批准可延长不超过30日，并告知您延期理由。",
        "收到答复后可在门户评价办理情况；对答复不服的，可在收到之日起30日内请求复查。",
        "您的个人信息仅用于办理本事项，依法保密，不会公开。",
    ];

    public async Task<PortalOptions> GetAsync(CancellationToken ct = default)
    {
        var names = await directory.GetAsync(ct);
        var townships = names.Regions.Values.Where(r => r.Kind == RegionKind.Township).OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(t => new PortalPlace(t.Id, t.Name, [.. names.Regions.Values.Where(v => v.ParentId == t.Id && v.Kind == RegionKind.Village)
                .OrderBy(v => v.Code, StringComparer.Ordinal).Select(v => new PortalVillage(v.Id, v.Name))]))
            .ToList();
        var categories = names.SelectableLeaves().Select(c => new PortalCategory(c.Id, c.Name, names.CategoryName(c.ParentId))).ToList();
        return new PortalOptions(district.BureauName, townships, categories, [.. Forms.Select(f => new PortalForm(f, CaseNames.Of(f)))],
            new PortalLimits(settings.MaxFiles, settings.MaxFileMegabytes, settings.MaxContentLength, FileTypes, settings.CodeValidMinutes,
                settings.CodeResendSeconds),
            Promise);
    }
}
