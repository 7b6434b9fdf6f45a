using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Attachments;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Messages;
using Xinfang.Core.Messages.Features;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Portal.Features;

public sealed record PortalSubmission(string? Name, string? Phone, string? IdNumber, int? RegionId, int? VillageId, int? CategoryId, CaseForm? Form,
    string? Subject, string? Content, string? Code, bool NoTextMessages = false);

/// <summary>What the citizen keeps: the case number and the query code (shown once), and when the bureau must act.</summary>
public sealed record PortalReceipt(string CaseNumber, string QueryCode, DateTimeOffset ReceivedAt, DateOnly DisposeDue, bool TextMessageSent,
    IReadOnlyList<string> Promise);

/// <summary>
/// 网上信访: a citizen files a complaint, suggestion, report or request for help on the portal. Every field is
/// checked and the phone confirmed by its code before anything is stored; within the limits per phone and per address
/// the matter is registered at once (channel 门户; what a registrar adds — the statutory class, an unknown category —
/// waits in 待补录), its attachments filed with it, a query code issued and the registration text message written, all in
/// one transaction. A refused submission leaves nothing behind.
/// </summary>
public sealed class SubmitMatter(XinfangDbContext db, TimeProvider clock, PortalSettings settings, RegisterCase register, TextMessageWriter messages,
    OrganisationDirectory directory, AttachmentSettings attachmentSettings, ActorAccessor actors)
{
    public async Task<Result<PortalReceipt>> HandleAsync(PortalSubmission s, IReadOnlyList<AttachmentUpload> uploads, string? address,
        CancellationToken ct = default)
    {
        var names = await directory.GetAsync(ct);
        var portalFiles = PortalFileSettings();
        var errors = Check(s, names);
        var (files, fileErrors) = AttachmentRules.Check(uploads, portalFiles);
        errors.AddRange(fileErrors);
        if (errors.Count > 0)
        {
            return Result.Failure<PortalReceipt>([.. errors]);
        }

        var phone = TextMessageWriter.Normalise(s.Phone!);
        var phoneHash = db.Protector.BlindIndex(phone)!;
        var addressHash = db.Protector.BlindIndex(address);
        var now = clock.GetUtcNow();
        var dayAgo = now.AddDays(-1);
        if (await db.PortalAccesses.CountAsync(a => a.PhoneHash == phoneHash && a.CreatedAt > dayAgo, ct) >= settings.SubmissionsPerPhonePerDay
            || (addressHash is not null
                && await db.PortalAccesses.CountAsync(a => a.AddressHash == addressHash && a.CreatedAt > dayAgo, ct) >= settings.SubmissionsPerAddressPerDay))
        {
            return PortalRules.TooManySubmissions();
        }

        var actor = PortalActor.For(PersonalDataMask.Phone(phone)!);
        actors.Actor = actor; // the audit trail names the portal, not the system
        var code = await db.PortalPhoneCodes.Where(c => c.PhoneHash == phoneHash).OrderByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        if (code is null || !code.IsUsable(now, settings.CodeMaxTries))
        {
            return PortalRules.CodeWrong();
        }

        if (code.CodeHash != db.Protector.BlindIndex(s.Code))
        {
            code.Failed();
            await SaveQuietlyAsync(ct);
            return PortalRules.CodeWrong();
        }

        var request = new RegisterCaseRequest(Channel.Portal, now, s.Form, null, s.CategoryId, s.RegionId, s.VillageId, Subject(s), s.Content!.Trim(),
            [new PetitionerRequest(s.Name!.Trim(), Blank(s.IdNumber), phone, null, NoTextMessages: s.NoTextMessages)]);
        var (@case, registrationErrors) = (await register.PrepareFromChannelAsync([(request, "")], actor, ct))[0];
        if (@case is null)
        {
            return Result.Failure<PortalReceipt>([.. registrationErrors.Select(e => e with { Field = FieldName(e.Field) })]);
        }

        if (files.Count > 0)
        {
            @case.Attach(@case.Events[0], files, actor, now, portalFiles.MaxFilesPerAction);
        }

        var queryCode = PortalSecrets.NewQueryCode();
        code.Use(now);
        db.Cases.Add(@case);
        db.PortalAccesses.Add(new PortalAccess(@case.Id, db.Protector.BlindIndex(queryCode)!, phoneHash, addressHash, now));
        if (!s.NoTextMessages)
        {
            await messages.QueueAsync(TextMessageKind.Registered, phone, @case.Number, new Dictionary<string, string> { ["查询码"] = queryCode }, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return PortalRules.CodeWrong(); // the same code was used by a submission a moment earlier
        }

        return new PortalReceipt(@case.Number, queryCode, now, @case.DisposeDue, !s.NoTextMessages, PortalCatalog.Promise);
    }

    private List<Error> Check(PortalSubmission s, OrganisationDirectory.Snapshot names)
    {
        var errors = new List<Error>();
        void Fail(string field, string code, string message) => errors.Add(Error.Validation(field, code, message));

        if (string.IsNullOrWhiteSpace(s.Name)) Fail("name", "validation.required", "请填写您的姓名。");
        else if (s.Name.Trim().Length > 50 || HasControl(s.Name)) Fail("name", "validation.invalid", "姓名不能超过50个字，且不能含特殊控制字符。");
        if (!TextMessageWriter.IsMobile(s.Phone)) errors.Add(PortalRules.NotMobile());
        if (Blank(s.IdNumber) is { } id && !ChineseIdNumber.IsValid(id)) Fail("idNumber", "validation.id_number", "身份证号码无效（应为18位，出生日期与校验码须正确）；也可以不填。");
        if (s.RegionId is not { } regionId || !names.Regions.TryGetValue(regionId, out var township) || township.Kind != RegionKind.Township)
        {
            Fail("regionId", "validation.required", "请选择问题发生地所在的乡镇（街道）。");
        }
        else if (s.VillageId is { } villageId
                 && (!names.Regions.TryGetValue(villageId, out var village) || village.Kind != RegionKind.Village || village.ParentId != regionId))
        {
            Fail("villageId", "validation.village_outside_region", "所选村（社区）不属于所选乡镇（街道），请重新选择。");
        }

        if (s.CategoryId is { } categoryId && !names.SelectableLeaves().Any(c => c.Id == categoryId))
        {
            Fail("categoryId", "validation.not_found", "所选问题类别不存在，请重新选择；不清楚的可以不选。");
        }

        if (s.Form is not { } form || !PortalCatalog.Forms.Contains(form))
        {
            Fail("form", "validation.required", "请选择事项类型：投诉、建议、举报或求助。");
        }

        var content = s.Content?.Trim() ?? "";
        if (content.Length < 10) Fail("content", "validation.too_short", "请把事情经过和诉求写清楚（至少10个字）。");
        else if (content.Length > settings.MaxContentLength || HasControl(content)) Fail("content", "validation.too_long", $"诉求内容不能超过{settings.MaxContentLength}个字，且不能含特殊控制字符。");
        if (s.Subject?.Trim() is { Length: > 50 } || (s.Subject is not null && HasControl(s.Subject))) Fail("subject", "validation.too_long", "标题不能超过50个字。");
        if (s.Code?.Trim() is not { Length: 6 } code || !code.All(char.IsAsciiDigit)) Fail("code", "validation.required", "请填写短信收到的6位验证码。");
        return errors;
    }

    private AttachmentSettings PortalFileSettings() => new()
    {
        MaxFilesPerAction = settings.MaxFiles,
        MaxFileMegabytes = Math.Min(settings.MaxFileMegabytes, attachmentSettings.MaxFileMegabytes),
        AllowedTypes = [.. PortalCatalog.FileTypes.Where(t => attachmentSettings.Allowed.Any(a => a.Key == t))],
    };

    /// <summary>A title from the text when the citizen gave none: its first sentence, at most 30 characters.</summary>
    private static string Subject(PortalSubmission s)
    {
        if (Blank(s.Subject) is { } subject)
        {
            return subject;
        }

        var content = s.Content!.Trim().ReplaceLineEndings(" ");
        var end = content.IndexOfAny(['。', '！', '？', '!', '?', '；', ';']);
        var first = end > 0 ? content[..end] : content;
        return first.Length > 30 ? first[..30] + "…" : first;
    }

    private static string? FieldName(string? field) => field switch
    {
        "petitioners[0].name" => "name",
        "petitioners[0].phone" => "phone",
        "petitioners[0].idNumber" => "idNumber",
        _ => field,
    };

    private async Task SaveQuietlyAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // another try counted at the same moment; either way the code is wrong
        }
    }

    private static bool HasControl(string text) => text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
