using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Cases.Features;

/// <summary>Field-by-field checks of a registration, each failure naming the field and the reason in Chinese.</summary>
internal static class RegistrationValidator
{
    public const int MaxSubjectLength = 200;
    public const int MaxContentLength = 20000;

    /// <param name="allowGaps">A channel's matter: form, class and category may be left for 补录.</param>
    public static async Task<List<Error>> ValidateAsync(XinfangDbContext db, OrganisationDirectory.Snapshot names, RegisterCaseRequest r, DateTimeOffset now,
        bool allowGaps, CancellationToken ct)
    {
        var errors = new List<Error>();
        void Fail(string field, string code, string message) => errors.Add(Error.Validation(field, code, message));

        if (r.Channel is null) Fail("channel", "validation.required", "请选择来源渠道。");
        if (r.Form is null && !allowGaps) Fail("form", "validation.required", "请选择诉求形式（投诉/举报/建议/咨询/求助/意见）。");
        if (r.StatutoryClass is null && !allowGaps) Fail("statutoryClass", "validation.required", "请选择信访事项类别（建议意见类/检举控告类/申诉求决类）。");
        if (r.ReceivedAt is null)
        {
            Fail("receivedAt", "validation.required", "请填写收到时间。");
        }
        else if (r.ReceivedAt > now.AddMinutes(5))
        {
            Fail("receivedAt", "validation.in_future", "收到时间不能晚于当前时间。");
        }

        if (string.IsNullOrWhiteSpace(r.Subject)) Fail("subject", "validation.required", "请填写事项标题。");
        else if (r.Subject.Trim().Length > MaxSubjectLength) Fail("subject", "validation.too_long", $"事项标题不能超过{MaxSubjectLength}个字。");
        if (string.IsNullOrWhiteSpace(r.Content)) Fail("content", "validation.required", "请填写诉求内容。");
        else if (r.Content.Trim().Length > MaxContentLength) Fail("content", "validation.too_long", $"诉求内容不能超过{MaxContentLength}个字。");

        ValidatePetitioners(r, Fail);

        if (r.CategoryId is null)
        {
            if (!allowGaps) Fail("categoryId", "validation.required", "请选择问题分类。");
        }
        else if (!names.Categories.TryGetValue(r.CategoryId.Value, out var category))
        {
            Fail("categoryId", "validation.not_found", $"问题分类 {r.CategoryId} 不存在。");
        }
        else if (!names.IsSelectable(category))
        {
            Fail("categoryId", "category.inactive", $"问题分类“{names.CategoryPath(category.Id)}”已停用，请选择其他分类。");
        }

        if (r.RegionId is not null)
        {
            var region = names.Regions.GetValueOrDefault(r.RegionId.Value);
            if (region is null || region.Kind != RegionKind.Township)
            {
                Fail("regionId", "validation.not_found", $"乡镇（街道）{r.RegionId} 不存在。");
            }
        }

        if (r.VillageId is not null)
        {
            var village = names.Regions.GetValueOrDefault(r.VillageId.Value);
            if (village is null || village.Kind != RegionKind.Village)
            {
                Fail("villageId", "validation.not_found", $"村（社区）{r.VillageId} 不存在。");
            }
            else if (village.ParentId != r.RegionId)
            {
                Fail("villageId", "validation.village_outside_region", "所选村（社区）不属于所选乡镇（街道）。");
            }
        }

        if (r.Latitude is < -90 or > 90) Fail("latitude", "validation.out_of_range", "纬度须在 -90 至 90 之间。");
        if (r.Longitude is < -180 or > 180) Fail("longitude", "validation.out_of_range", "经度须在 -180 至 180 之间。");
        if (r.IsKeyCase && r.KeyCaseLeaderUserId is { } leader && await DistrictLeaders.FindAsync(db, leader, ct) is null)
        {
            Fail("keyCaseLeaderUserId", "case.not_a_leader", "包案领导须为具有“领导”角色的人员。");
        }

        return errors;
    }

    private static void ValidatePetitioners(RegisterCaseRequest r, Action<string, string, string> fail)
    {
        var petitioners = r.Petitioners ?? [];
        if (petitioners.Count == 0)
        {
            fail("petitioners", "validation.required", "至少登记一名信访人。");
            return;
        }

        var people = r.PeopleCount ?? petitioners.Count;
        if (people < 1 || people > 100000)
        {
            fail("peopleCount", "validation.out_of_range", "信访人数须在 1 至 100000 之间。");
        }
        else if (people >= Case.CollectiveThreshold && petitioners.Count > Case.MaxRepresentatives)
        {
            fail("petitioners", "case.too_many_representatives", $"集体访（{Case.CollectiveThreshold}人以上）推选的代表不得超过{Case.MaxRepresentatives}人（《信访工作条例》第二十条）。");
        }
        else if (petitioners.Count > people)
        {
            fail("petitioners", "validation.more_petitioners_than_people", "登记的信访人多于信访人数。");
        }

        for (var i = 0; i < petitioners.Count; i++)
        {
            var p = petitioners[i];
            var field = $"petitioners[{i}]";
            if (string.IsNullOrWhiteSpace(p.Name)) fail($"{field}.name", "validation.required", $"第{i + 1}位信访人的姓名不能为空。");
            else if (p.Name.Trim().Length > 50) fail($"{field}.name", "validation.too_long", $"第{i + 1}位信访人的姓名不能超过50个字。");
            if (!string.IsNullOrWhiteSpace(p.IdNumber) && !ChineseIdNumber.IsValid(p.IdNumber.Trim()))
            {
                fail($"{field}.idNumber", "validation.id_number", $"第{i + 1}位信访人的身份证号码无效（应为18位，出生日期与校验码须正确）。");
            }

            if (!string.IsNullOrWhiteSpace(p.Phone) && !PhoneNumber.IsValid(p.Phone))
            {
                fail($"{field}.phone", "validation.phone", $"第{i + 1}位信访人的电话号码无效（手机11位，或带区号的座机）。");
            }

            if (Blank(p.Email) is { } email && (email.Length > 254 || !System.Net.Mail.MailAddress.TryCreate(email, out var parsed) || parsed.Address != email))
            {
                fail($"{field}.email", "validation.email", $"第{i + 1}位信访人的电子邮箱无效。");
            }

            if (p.Address?.Trim().Length > 300) fail($"{field}.address", "validation.too_long", $"第{i + 1}位信访人的地址不能超过300个字。");
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
