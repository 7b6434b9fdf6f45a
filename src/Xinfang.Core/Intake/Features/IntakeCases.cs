using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Cases.Persistence;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Intake.Features;

public sealed record IntakePetitioner(string? Name, string? Phone, string? IdNumber, string? Address, string? Email = null);

/// <summary>One matter as an external channel sends it. <see cref="Category"/>, <see cref="Township"/> and
/// <see cref="Village"/> are hints: the district's code or name. What is missing or unknown to the district goes to
/// 待补录 rather than refusing the matter.</summary>
public sealed record IntakeRequest(
    string? ExternalId,
    DateTimeOffset? ReceivedAt,
    IReadOnlyList<IntakePetitioner>? Petitioners,
    string? Subject,
    string? Text,
    string? Category = null,
    string? Township = null,
    string? Village = null,
    string? Form = null,
    string? StatutoryClass = null,
    int? PeopleCount = null,
    double? Latitude = null,
    double? Longitude = null);

public sealed record IntakeFieldError(string Field, string Code, string Message);

/// <summary>What became of one item: <c>created</c> (a new case and its number), <c>duplicate</c> (the case an earlier
/// copy of the same external id made) or <c>rejected</c> (nothing stored; the errors name the fields).
/// <see cref="ToComplete"/>: the new case waits in 待补录 for what it lacks.</summary>
public sealed record IntakeResult(int Index, string? ExternalId, string Status, string? CaseNumber, Guid? CaseId, IReadOnlyList<IntakeFieldError> Errors,
    bool ToComplete = false)
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

        var answered = new IntakeResult?[items.Count];
        if (items.Count > 1)
        {
            await TogetherAsync(items, channel, clientId, actor, answered, ct);
        }

        var results = new List<IntakeResult>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            results.Add(answered[i] ?? await OneAsync(i, items[i], channel, clientId, actor, ct));
        }

        return new IntakeBatchResult(results.Count(r => r.Status == IntakeResult.Created), results.Count(r => r.Status == IntakeResult.Duplicate),
            results.Count(r => r.Status == IntakeResult.Rejected), results);
    }

    /// <summary>
    /// A batch's good items registered together: refused items are answered first (nothing of them is written), then
    /// every other item's case and intake record go in one transaction. If the database refuses that transaction (a copy
    /// of an item registered by a request running at the same moment, or a value it will not store) nothing of it is kept
    /// and the items are left unanswered, for <see cref="OneAsync"/> to take one by one — a repeated external id
    /// within the batch too, which then answers with the case its first copy made.
    /// </summary>
    private async Task TogetherAsync(IReadOnlyList<IntakeRequest?> items, Channel channel, int? clientId, Actor actor, IntakeResult?[] answered,
        CancellationToken ct)
    {
        var candidates = new List<(int Index, string ExternalId, IntakeRequest Item)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (Screen(i, items[i]) is { } refused)
            {
                answered[i] = refused;
            }
            else if (seen.Add(items[i]!.ExternalId!.Trim()))
            {
                candidates.Add((i, items[i]!.ExternalId!.Trim(), items[i]!));
            }
        }

        var ids = candidates.Select(c => c.ExternalId).ToList();
        var earlier = (await EarlierAsync(channel, ids, ct)).ToDictionary(i => i.ExternalId);
        var fresh = new List<(int Index, string ExternalId, RegisterCaseRequest Request, string Hints)>();
        foreach (var (index, externalId, item) in candidates)
        {
            if (earlier.TryGetValue(externalId, out var before))
            {
                answered[index] = new IntakeResult(index, externalId, IntakeResult.Duplicate, before.CaseNumber, before.CaseId, []);
                continue;
            }

            var (request, hints) = await ToRegistrationAsync(item, channel, externalId, ct);
            fresh.Add((index, externalId, request, hints));
        }

        if (fresh.Count == 0)
        {
            return;
        }

        var prepared = await register.PrepareFromChannelAsync([.. fresh.Select(f => (f.Request, f.Hints))], actor, ct);
        var made = new List<(int Index, string ExternalId, Case Case, IntakeItem Item)>();
        var now = clock.GetUtcNow();
        foreach (var ((index, externalId, _, _), (@case, errors)) in fresh.Zip(prepared))
        {
            if (@case is null)
            {
                answered[index] = Rejected(index, externalId, [.. errors.Select(e => new IntakeFieldError(FieldName(e.Field), e.Code, e.Message))]);
                continue;
            }

            made.Add((index, externalId, @case,
                new IntakeItem(channel, externalId, clientId, @case.Id, @case.Number, now, clientId is null ? IntakeSource.File : IntakeSource.Api)));
        }

        if (made.Count == 0 || !await WriteTogetherAsync(made.Select(m => (m.Case, m.Item)).ToList(), actor, now, ct))
        {
            return; // one by one instead
        }

        foreach (var (index, externalId, @case, _) in made)
        {
            answered[index] = new IntakeResult(index, externalId, IntakeResult.Created, @case.Number, @case.Id, [], ToComplete: @case.Gaps != IntakeGaps.None);
        }
    }

    /// <summary>The cases and their intake records in one transaction, with every row's audit line: on PostgreSQL by
    /// COPY (a batch is thousands of rows), elsewhere by SaveChanges. False, with nothing kept, when the database refuses.</summary>
    private async Task<bool> WriteTogetherAsync(List<(Case Case, IntakeItem Item)> rows, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            if (db.IsPostgres)
            {
                var writer = new BulkWriter(db);
                await writer.WriteCasesAsync([.. rows.Select(r => r.Case)], ct);
                await writer.WriteRowsAsync(rows.Select(r => ((object)r.Item, (Guid?)r.Case.Id)), ct);
                await writer.WriteRowsAsync(rows.SelectMany(r => AuditOf(r.Case, r.Item, actor, now)).Select(line => ((object)line, (Guid?)null)), ct);
                await register.TellObserversAsync([.. rows.Select(r => r.Case)], ct);
                await db.SaveChangesAsync(ct); // what the observers wrote (text messages), in the same transaction
            }
            else
            {
                db.Cases.AddRange(rows.Select(r => r.Case));
                db.IntakeItems.AddRange(rows.Select(r => r.Item));
                await register.TellObserversAsync([.. rows.Select(r => r.Case)], ct);
                await db.SaveChangesAsync(ct);
            }

            await transaction.CommitAsync(ct);
            return true;
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException)
        {
            await transaction.RollbackAsync(ct);
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private IEnumerable<Audit.AuditEntry> AuditOf(Case @case, IntakeItem item, Actor actor, DateTimeOffset now) =>
        new object[] { @case }.Select(c => Audit.AuditLines.Added(db, actor, now, c))
            .Concat(@case.Petitioners.Select(p => Audit.AuditLines.Added(db, actor, now, p, @case.Id)))
            .Concat(@case.Events.Select(e => Audit.AuditLines.Added(db, actor, now, e, @case.Id)))
            .Append(Audit.AuditLines.Added(db, actor, now, item, @case.Id));

    /// <summary>What refuses an item before anything is looked up: no item, no usable external id, unreadable characters,
    /// no text or no way to reach the petitioner.</summary>
    private static IntakeResult? Screen(int index, IntakeRequest? item)
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

        if (ControlCharacters(item) is { Count: > 0 } unreadable)
        {
            return Rejected(index, externalId, unreadable);
        }

        return Unreachable(item) is { } unreachable ? Rejected(index, externalId, [unreachable]) : null;
    }

    /// <summary>One item, in its own transaction: a bad row never undoes the good ones.</summary>
    public async Task<IntakeResult> OneAsync(int index, IntakeRequest? item, Channel channel, int? clientId, Actor actor, CancellationToken ct,
        IntakeSource? source = null)
    {
        if (Screen(index, item) is { } refused)
        {
            return refused;
        }

        var externalId = item!.ExternalId!.Trim();
        if (await FindAsync(channel, externalId, ct) is { } earlier)
        {
            return new IntakeResult(index, externalId, IntakeResult.Duplicate, earlier.CaseNumber, earlier.CaseId, []);
        }

        var (request, hints) = await ToRegistrationAsync(item, channel, externalId, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Result<RegisterCaseOutcome> registered;
        try
        {
            registered = await register.RegisterFromChannelAsync(request, hints, actor, ct);
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
        db.IntakeItems.Add(new IntakeItem(channel, externalId, clientId, @case.Id, @case.Number, clock.GetUtcNow(),
            source ?? (clientId is null ? IntakeSource.File : IntakeSource.Api)));
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return new IntakeResult(index, externalId, IntakeResult.Created, @case.Number, @case.Id, [], ToComplete: @case.Gaps.Count > 0);
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

    private sealed record Earlier(string ExternalId, string CaseNumber, Guid CaseId);

    /// <summary>The items of a batch the channel handed over before. On PostgreSQL one index probe per id: a plain
    /// <c>= ANY(ids)</c> is planned from column statistics, which lag behind a table that a burst of batches has just
    /// grown (autovacuum analyzes it later) — and then reads the channel's whole history for every batch.</summary>
    private async Task<List<Earlier>> EarlierAsync(Channel channel, List<string> ids, CancellationToken ct)
    {
        if (!db.IsPostgres)
        {
            return await db.IntakeItems.AsNoTracking().Where(i => i.Channel == channel && ids.Contains(i.ExternalId))
                .Select(i => new Earlier(i.ExternalId, i.CaseNumber, i.CaseId)).ToListAsync(ct);
        }

        var name = channel.ToString();
        var array = ids.ToArray();
        return await db.Database.SqlQuery<Earlier>($"""
            SELECT i."ExternalId", i."CaseNumber", i."CaseId"
            FROM unnest({array}) AS x(id)
            CROSS JOIN LATERAL (SELECT "ExternalId", "CaseNumber", "CaseId" FROM "IntakeItems" WHERE "Channel" = {name} AND "ExternalId" = x.id LIMIT 1) AS i
            """).ToListAsync(ct);
    }

    private Task<IntakeItem?> FindAsync(Channel channel, string externalId, CancellationToken ct) =>
        db.IntakeItems.AsNoTracking().FirstOrDefaultAsync(i => i.Channel == channel && i.ExternalId == externalId, ct);

    /// <summary>Only a matter without text, or without any way to identify or reach the petitioner, is refused; the rest
    /// (category, place, form, class) a registrar can add.</summary>
    private static IntakeFieldError? Unreachable(IntakeRequest item)
    {
        if (string.IsNullOrWhiteSpace(item.Text))
        {
            return new("text", "validation.required", "请提供诉求内容 text。");
        }

        return (item.Petitioners ?? []).Any(p => p is not null && HasContact(p))
            ? null
            : new("petitioners", "intake.no_contact", "无法识别或联系信访人：请至少提供一位信访人的姓名、电话、身份证号码、地址或电子邮箱。");
    }

    private static bool HasContact(IntakePetitioner p) =>
        new[] { p.Name, p.Phone, p.IdNumber, p.Address, p.Email }.Any(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>Stands for a petitioner the channel identified only by phone, ID number, address or e-mail.</summary>
    public const string UnnamedPetitioner = "（未留姓名）";

    /// <summary>The registrar's request the item amounts to: hints resolved to the district's categories and places;
    /// a hint the district does not know (or that names several) is left for 补录 and kept, as the channel said it,
    /// in the returned hints.</summary>
    private async Task<(RegisterCaseRequest Request, string Hints)> ToRegistrationAsync(IntakeRequest item, Channel channel,
        string externalId, CancellationToken ct)
    {
        var names = await directory.GetAsync(ct);
        var errors = new List<string>();
        var form = Hint(item.Form) is { } formText ? IntakeValues.ParseForm(formText) : null;
        if (form is null && Hint(item.Form) is { } unreadForm)
        {
            errors.Add($"诉求形式“{unreadForm}”（无法识别）");
        }

        var statutoryClass = Hint(item.StatutoryClass) is { } classText ? IntakeValues.ParseClass(classText) : null;
        if (statutoryClass is null && Hint(item.StatutoryClass) is { } unreadClass)
        {
            errors.Add($"事项类别“{unreadClass}”（无法识别）");
        }

        int? categoryId = null;
        if (Hint(item.Category) is { } category)
        {
            var found = names.Categories.Values.Where(c => names.IsSelectable(c) && (c.Code == category || c.Name == category)).ToList();
            categoryId = found.Count == 1 ? found[0].Id : null;
            if (found.Count == 0)
            {
                errors.Add($"问题分类“{category}”（本区没有）");
            }
            else if (found.Count > 1)
            {
                errors.Add($"问题分类“{category}”（对应{string.Join("、", found.Select(c => names.CategoryPath(c.Id)))}）");
            }
        }

        int? townshipId = null;
        if (Hint(item.Township) is { } township)
        {
            townshipId = names.Regions.Values.FirstOrDefault(r => r.Kind == RegionKind.Township && (r.Code == township || r.Name == township))?.Id;
            if (townshipId is null)
            {
                errors.Add($"乡镇（街道）“{township}”（本区没有）");
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
                errors.Add($"村（社区）“{village}”（{(townshipId is null ? "本区" : "该乡镇（街道）")}没有）");
            }
            else if (found.Count > 1)
            {
                errors.Add($"村（社区）“{village}”（多个乡镇（街道）都有）");
            }
        }

        var text = item.Text?.Trim();
        var subject = Hint(item.Subject) ?? Headline(text);
        var request = new RegisterCaseRequest(
            channel, item.ReceivedAt ?? clock.GetUtcNow(), form, statutoryClass, categoryId, townshipId ?? names.Regions.GetValueOrDefault(villageId ?? 0)?.ParentId,
            villageId, subject, text,
            item.Petitioners?.OfType<IntakePetitioner>().Where(HasContact)
                .Select(p => new PetitionerRequest(Hint(p.Name) ?? UnnamedPetitioner, p.IdNumber, p.Phone, p.Address, Email: p.Email)).ToList(),
            PeopleCount: item.PeopleCount, Latitude: item.Latitude, Longitude: item.Longitude, ExternalReference: externalId);
        return (request, string.Join("；", errors));
    }

    private static string? Hint(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Text fields holding control characters (NUL and the like; line breaks and tabs are fine), which the
    /// database would refuse or a reader would not see: named, never stored.</summary>
    private static List<IntakeFieldError> ControlCharacters(IntakeRequest item)
    {
        static bool Bad(string? value) => value is not null && value.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t'));
        var errors = new List<IntakeFieldError>();
        foreach (var (field, value) in new[] { ("subject", item.Subject), ("text", item.Text), ("category", item.Category), ("township", item.Township),
            ("village", item.Village), ("form", item.Form), ("statutoryClass", item.StatutoryClass) })
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
                ("address", people[i]?.Address), ("email", people[i]?.Email) })
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
