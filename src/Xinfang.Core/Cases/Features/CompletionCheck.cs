using Xinfang.Core.Common;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Cases.Features;

/// <summary>补录: checks the values a registrar adds to a channel's matter against the district's categories and
/// places, as the registration form would, and states them for the timeline.</summary>
internal static class CompletionCheck
{
    public static (CaseCompletion Values, string Summary, Error? Error) Check(Case @case, CaseActionRequest r, OrganisationDirectory.Snapshot names)
    {
        var gaps = @case.Gaps;
        var values = new CaseCompletion(
            gaps.HasFlag(IntakeGaps.Form) ? r.Form : null,
            gaps.HasFlag(IntakeGaps.StatutoryClass) ? r.StatutoryClass : null,
            gaps.HasFlag(IntakeGaps.Category) ? r.CategoryId : null,
            gaps.HasFlag(IntakeGaps.Place) ? r.RegionId : null,
            gaps.HasFlag(IntakeGaps.Place) ? r.VillageId : null);
        var said = new List<string>();
        if (values.Form is { } form)
        {
            if (!Enum.IsDefined(form)) return (values, "", Error.Validation("form", "validation.not_found", "诉求形式无效。"));
            said.Add($"诉求形式 {CaseNames.Of(form)}");
        }

        if (values.StatutoryClass is { } statutoryClass)
        {
            if (!Enum.IsDefined(statutoryClass)) return (values, "", Error.Validation("statutoryClass", "validation.not_found", "事项类别无效。"));
            said.Add($"事项类别 {CaseNames.Of(statutoryClass)}");
        }

        if (values.CategoryId is { } categoryId)
        {
            if (!names.Categories.TryGetValue(categoryId, out var category))
            {
                return (values, "", Error.Validation("categoryId", "validation.not_found", $"问题分类 {categoryId} 不存在。"));
            }

            if (!names.IsSelectable(category))
            {
                return (values, "", Error.Validation("categoryId", "category.inactive", $"问题分类“{names.CategoryPath(categoryId)}”已停用，请选择其他分类。"));
            }

            said.Add($"问题分类 {names.CategoryPath(categoryId)}");
        }

        if (values.RegionId is { } regionId)
        {
            if (names.Regions.GetValueOrDefault(regionId) is not { Kind: RegionKind.Township } township)
            {
                return (values, "", Error.Validation("regionId", "validation.not_found", $"乡镇（街道）{regionId} 不存在。"));
            }

            var place = township.Name;
            if (values.VillageId is { } villageId)
            {
                if (names.Regions.GetValueOrDefault(villageId) is not { Kind: RegionKind.Village } village)
                {
                    return (values, "", Error.Validation("villageId", "validation.not_found", $"村（社区）{villageId} 不存在。"));
                }

                if (village.ParentId != regionId)
                {
                    return (values, "", Error.Validation("villageId", "validation.village_outside_region", "所选村（社区）不属于所选乡镇（街道）。"));
                }

                place += village.Name;
            }

            said.Add($"发生地 {place}");
        }

        return (values, string.Join("；", said), null);
    }
}
