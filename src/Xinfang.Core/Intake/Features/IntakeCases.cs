using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Intake.Features;

public sealed record IntakePetitioner(string? Name, string? Phone, string? IdNumber, string? Address);

/// <summary>One matter as an external channel sends it. <see cref="Category"/>, <see cref="Township"/> and
/// <see cref="Village"/> are hints: the district's code or name.</summary>
public sealed record IntakeRequest(
    string? ExternalId,
    DateTimeOffset? ReceivedAt,
    IReadOnlyList<IntakePetitioner>? Petitioners,
    string? Subject,
    string? Text,
    string? Category = null,
    string? Township = null,
    string? Village = null,
    CaseForm? Form = null,
    StatutoryClass? StatutoryClass = null,
    int? PeopleCount = null,
    double? Latitude = null,
    double? Longitude = null);

public sealed record IntakeFieldError(string Field, string Code, string Message);

/// <summary>What became of one item: <c>created</c> (a new case and its number), <c>duplicate</c> (the case an earlier
/// copy of the same external id made) or <c>rejected</c> (nothing stored; the errors name the fields).</summary>
public sealed record IntakeResult(int Index, string? ExternalId, string Status, string? CaseNumber, Guid? CaseId, IReadOnlyList<IntakeFieldError> Errors)
{
    public const string Created = "created";
    public const string Duplicate = "duplicate";
    public const string Rejected = "rejected";
}

public sealed record IntakeBatchResult(int Created, int Duplicates, int Rejected, IReadOnlyList<IntakeResult> Results);

/// <summary>
/// 渠道推送: an integration client hands over matters, one or a batch. Each item is registered as a case at once (the
/// statutory clock runs from receipt) through the same use case as the registrar's form, together with its intake
/// record in one transaction; (channel, external id) is unique in the database, so a re-sent item — even two copies
/// arriving at the same moment — answers with the case the first made. A batch answers item by item and stores every
/// good item; a refused item stores nothing.
/// </summary>
public sealed class IntakeCases(XinfangDbContext db, RegisterCase register, OrganisationDirectory directory, TimeProvider clock)
{
    public const int MaxBatch = 1000;

    public async Task<Result<IntakeBatchResult>> HandleAsync(IReadOnlyList<IntakeRequest?>? items, IntegrationClient client, Actor actor,
        CancellationToken ct = default)
    {
        if (!client.May(IntegrationPermissions.Register))
        {
            return Error.Forbidden("intake.register_forbidden", "该对接系统没有推送信访事项的权限。");
        }

        return await HandleAsync(items, client.Channel, client.Id, actor, ct);
    }

    /// <summary>Items of <paramref name="channel"/>, from its client or (<paramref name="clientId"/> null) from its file
    /// imported by a person.</summary>
    public async Task<Result<IntakeBatchResult>> HandleAsync(IReadOnlyList<IntakeRequest?>? items, Channel channel, int? clientId, Actor actor,
        CancellationToken ct = default)
    {
        if (items is null || items.Count == 0)
        {
            return Error.Validation("items", "validation.required", "请至少提交一条事项。");
        }

        if (items.Count > MaxBatch)
        {
            return Error.Validation("items", "intake.batch_too_large", $"一次最多提交{MaxBatch}条事项，本次{items.Count}条。");
        }

        var results = new List<IntakeResult>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            results.Add(await OneAsync(i, items[i], channel, clientId, actor, ct));
        }

        return new IntakeBatchResult(results.Count(r => r.Status == IntakeResult.Created), results.Count(r => r.Status == IntakeResult.Duplicate),
            results.Count(r => r.Status == IntakeResult.Rejected), results);
    }

    /// <summary>One item, in its own transaction: a bad row never undoes the good ones.</summary>
    public async Task<IntakeResult> OneAsync(int index, IntakeRequest? item, Channel channel, int? clientId, Actor actor, CancellationToken ct)
    {
        if (item is null)
        {
            return Rejected(index, null, [new IntakeFieldError("", "validation.required", "该条事项为空。")]);
        }

        var externalId = item.ExternalId?.Trim();
        if (string.IsNullOrEmpty(externalId) || externalId.Length > 100 || externalId.Any(char.IsControl))
        {
            return Rejected(index, externalId, [new IntakeFieldError("externalId", "intake.external_id_invalid",
                "请填写本渠道的事项编号 externalId（1至100个字符，不含控制字符）。")]);
        }

        if (await FindAsync(channel, externalId, ct) is { } earlier)
        {
            return new IntakeResult(index, externalId, IntakeResult.Duplicate, earlier.CaseNumber, earlier.CaseId, []);
        }

        if (ControlCharacters(item) is { Count: > 0 } unreadable)
        {
            return Rejected(index, externalId, unreadable);
        }

        var (request, hintErrors) = await ToRegistrationAsync(item, channel, externalId, ct);
        if (hintErrors.Count > 0)
        {
            return Rejected(index, externalId, hintErrors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Result<RegisterCaseOutcome> registered;
        try
        {
            registered = await register.HandleAsync(request, actor, idempotencyKey: null, ct);
        }
        catch (DbUpdateException)
        {
            // Refused by the database (a value the model's checks let through): this item only, nothing of it kept.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Rejected(index, externalId, [new IntakeFieldError("", "intake.not_stored", "该条事项无法保存（内容过长或含有无法存储的字符），请核对后重发。")]);
        }

        if (!registered.IsSuccess)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Rejected(index, externalId, [.. registered.Errors.Select(e => new IntakeFieldError(FieldName(e.Field), e.Code, e.Message))]);
        }

        var @case = registered.Value.Case;
        db.IntakeItems.Add(new IntakeItem(channel, externalId, clientId, @case.Id, @case.Number, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return new IntakeResult(index, externalId, IntakeResult.Created, @case.Number, @case.Id, []);
        }
        catch (DbUpdateException)
        {
            // A copy of the same item won the race: its case stands, this one is rolled back with everything it wrote.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            if (await FindAsync(channel, externalId, ct) is { } winner)
            {
                return new IntakeResult(index, externalId, IntakeResult.Duplicate, winner.CaseNumber, winner.CaseId, []);
            }

            throw;
        }
    }

    private Task<IntakeItem?> FindAsync(Channel channel, string externalId, CancellationToken ct) =>
        db.IntakeItems.AsNoTracking().FirstOrDefaultAsync(i => i.Channel == channel && i.ExternalId == externalId, ct);

    /// <summary>The registrar's request the item amounts to: hints resolved to the district's categories and places.</summary>
    private async Task<(RegisterCaseRequest Request, List<IntakeFieldError> Errors)> ToRegistrationAsync(IntakeRequest item, Channel channel,
        string externalId, CancellationToken ct)
    {
        var names = await directory.GetAsync(ct);
        var errors = new List<IntakeFieldError>();
        int? categoryId = null;
        if (Hint(item.Category) is { } category)
        {
            var found = names.Categories.Values.Where(c => names.IsSelectable(c) && (c.Code == category || c.Name == category)).ToList();
            categoryId = found.Count == 1 ? found[0].Id : null;
            if (found.Count == 0)
            {
                errors.Add(new("category", "intake.unknown_category", $"本区没有可选的问题分类“{category}”（请用分类编码或名称）。"));
            }
            else if (found.Count > 1)
            {
                errors.Add(new("category", "intake.ambiguous_category", $"“{category}”对应多个问题分类（{string.Join("、", found.Select(c => names.CategoryPath(c.Id)))}），请用分类编码。"));
            }
        }

        int? townshipId = null;
        if (Hint(item.Township) is { } township)
        {
            townshipId = names.Regions.Values.FirstOrDefault(r => r.Kind == RegionKind.Township && (r.Code == township || r.Name == township))?.Id;
            if (townshipId is null)
            {
                errors.Add(new("township", "intake.unknown_township", $"本区没有乡镇（街道）“{township}”。"));
            }
        }

        int? villageId = null;
        if (Hint(item.Village) is { } village)
        {
            var found = names.Regions.Values.Where(r => r.Kind == RegionKind.Village && (townshipId is null || r.ParentId == townshipId)
                && (r.Code == village || r.Name == village)).ToList();
            villageId = found.Count == 1 ? found[0].Id : null;
            if (found.Count == 0)
            {
                errors.Add(new("village", "intake.unknown_village", $"{(townshipId is null ? "本区" : "该乡镇（街道）")}没有村（社区）“{village}”。"));
            }
            else if (found.Count > 1)
            {
                errors.Add(new("village", "intake.ambiguous_village", $"多个乡镇（街道）都有“{village}”，请同时注明乡镇（街道）或用区划编码。"));
            }
        }

        var text = item.Text?.Trim();
        var subject = Hint(item.Subject) ?? Headline(text);
        var request = new RegisterCaseRequest(
            channel, item.ReceivedAt, item.Form, item.StatutoryClass, categoryId, townshipId ?? names.Regions.GetValueOrDefault(villageId ?? 0)?.ParentId,
            villageId, subject, text,
            item.Petitioners?.Select(p => new PetitionerRequest(p?.Name, p?.IdNumber, p?.Phone, p?.Address)).ToList(),
            PeopleCount: item.PeopleCount, Latitude: item.Latitude, Longitude: item.Longitude, ExternalReference: externalId);
        return (request, errors);
    }

    private static string? Hint(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Text fields holding control characters (NUL and the like; line breaks and tabs are fine), which the
    /// database would refuse or a reader would not see: named, never stored.</summary>
    private static List<IntakeFieldError> ControlCharacters(IntakeRequest item)
    {
        static bool Bad(string? value) => value is not null && value.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t'));
        var errors = new List<IntakeFieldError>();
        foreach (var (field, value) in new[] { ("subject", item.Subject), ("text", item.Text), ("category", item.Category), ("township", item.Township),
            ("village", item.Village) })
        {
            if (Bad(value))
            {
                errors.Add(new(field, "validation.control_character", "含有不可见的控制字符，请删除后重发。"));
            }
        }

        var people = item.Petitioners ?? [];
        for (var i = 0; i < people.Count; i++)
        {
            foreach (var (field, value) in new[] { ("name", people[i]?.Name), ("phone", people[i]?.Phone), ("idNumber", people[i]?.IdNumber),
                ("address", people[i]?.Address) })
            {
                if (Bad(value))
                {
                    errors.Add(new($"petitioners[{i}].{field}", "validation.control_character", "含有不可见的控制字符，请删除后重发。"));
                }
            }
        }

        return errors;
    }

    /// <summary>A subject from the text when the channel sends none: its first sentence, at most 40 characters.</summary>
    private static string? Headline(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var end = text.IndexOfAny(['。', '！', '？', '\n', '!', '?']);
        var first = (end > 0 ? text[..end] : text).Trim();
        return first.Length <= 40 ? first : first[..40];
    }

    /// <summary>The registrar's form names fields by id; a channel sends hints and text.</summary>
    private static string FieldName(string? field) => field switch
    {
        null => "",
        "categoryId" => "category",
        "regionId" => "township",
        "villageId" => "village",
        "content" => "text",
        _ => field,
    };

    private static IntakeResult Rejected(int index, string? externalId, IReadOnlyList<IntakeFieldError> errors) =>
        new(index, externalId, IntakeResult.Rejected, null, null, errors);
}
