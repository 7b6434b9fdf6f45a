using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases.Attachments;
using Xinfang.Core.Cases.Duplicates;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Calendar;

namespace Xinfang.Core.Cases.Features;

public sealed record PetitionerRequest(string? Name, string? IdNumber, string? Phone, string? Address, bool IsRepresentative = false, string? Email = null,
    bool NoTextMessages = false);

public sealed record RegisterCaseRequest(
    Channel? Channel,
    DateTimeOffset? ReceivedAt,
    CaseForm? Form,
    StatutoryClass? StatutoryClass,
    int? CategoryId,
    int? RegionId,
    int? VillageId,
    string? Subject,
    string? Content,
    IReadOnlyList<PetitionerRequest>? Petitioners,
    int? PeopleCount = null,
    SkipLevel? SkipLevel = null,
    bool AbnormalVenue = false,
    bool IsRepeat = false,
    bool IsKeyCase = false,
    int? KeyCaseLeaderUserId = null,
    bool SensitivePeriod = false,
    bool IsUrgent = false,
    double? Latitude = null,
    double? Longitude = null,
    string? ExternalReference = null);

/// <summary>The registered case as its page shows it; <see cref="Replayed"/> when a retry with the same key found it.</summary>
public sealed record RegisterCaseOutcome(CaseDetailView Case, bool Replayed);

/// <summary>登记: validates the intake, issues the case number, recognises a finalised matter brought again,
/// and honours the client's idempotency key so that a retry creates nothing new. Documents that came with the
/// matter (the letter, photos, a hotline recording) are filed under the registration in the same transaction.</summary>
public sealed class RegisterCase(XinfangDbContext db, TimeProvider clock, DeadlinePolicy policy, DistrictOptions district, OrganisationDirectory directory,
    AttachmentSettings attachmentSettings, CaseDetailViews views, IEnumerable<ICaseRegistrationObserver> observers)
{
    public Task<Result<RegisterCaseOutcome>> HandleAsync(RegisterCaseRequest request, Actor actor, string? idempotencyKey, CancellationToken ct = default) =>
        HandleAsync(request, actor, idempotencyKey, [], ct);

    public Task<Result<RegisterCaseOutcome>> HandleAsync(RegisterCaseRequest request, Actor actor, string? idempotencyKey,
        IReadOnlyList<AttachmentUpload> attachments, CancellationToken ct = default) =>
        RegisterAsync(request, actor, idempotencyKey, attachments, channelHints: null, ct);

    /// <summary>A matter an external channel handed over: what it lacks (category, place, form, class) does not stop
    /// it — the case is numbered at once and waits in 待补录; <paramref name="channelHints"/> keeps what the channel
    /// said that the district did not know.</summary>
    public Task<Result<RegisterCaseOutcome>> RegisterFromChannelAsync(RegisterCaseRequest request, string? channelHints, Actor actor,
        CancellationToken ct = default) =>
        RegisterAsync(request, actor, idempotencyKey: null, [], channelHints ?? "", ct);

    /// <param name="channelHints">Null for the registrar's form (complete by rule); non-null for a channel's matter.</param>
    private async Task<Result<RegisterCaseOutcome>> RegisterAsync(RegisterCaseRequest request, Actor actor, string? idempotencyKey,
        IReadOnlyList<AttachmentUpload> attachments, string? channelHints, CancellationToken ct)
    {
        var fromChannel = channelHints is not null;
        // A channel's file may also be imported by the administrator who connects the channel.
        if (!actor.IsInAny([Roles.Registrar, Roles.Dispatcher, Roles.Integration]) && !(fromChannel && actor.IsIn(Roles.Admin)))
        {
            return Error.Forbidden("case.register_forbidden", "只有登记员或派单员可以登记信访事项。");
        }

        var requestHash = Hash(request, attachments);
        if (idempotencyKey is { Length: 0 or > 100 })
        {
            return Error.Validation("Idempotency-Key", "idempotency.invalid_key", "Idempotency-Key 须为 1 至 100 个字符。");
        }

        // The key is checked by the unique index when the case is saved (a retry fails there and is answered with
        // the first result), so the common first attempt costs no extra round trip.
        var now = clock.GetUtcNow();
        var errors = await RegistrationValidator.ValidateAsync(db, await directory.GetAsync(ct), request, now, allowGaps: fromChannel, ct);
        var (files, fileErrors) = AttachmentRules.Check(attachments, attachmentSettings);
        errors.AddRange(fileErrors);
        if (errors.Count > 0)
        {
            // A retry of a request that was accepted before still gets its first answer, even if the organisation
            // changed since (e.g. the category was deactivated).
            return (idempotencyKey is null ? null : await ReplayAsync(idempotencyKey, actor, requestHash, ct))
                ?? Result.Failure<RegisterCaseOutcome>([.. errors]);
        }

        var petitioners = Petitioners(request);
        var intake = Intake(request, petitioners, fromChannel, channelHints);
        var identityHashes = IdentityHashes(petitioners);
        var year = ChinaTime.DateOf(now).Year;
        var (serial, precedent) = await RegistrationLookups.ReadAsync(db, year, intake.CategoryId, intake.Content, identityHashes, ct);
        var @case = Case.Register(intake, CaseNumberSequence.Format(district.CasePrefix, year, serial), petitioners, actor, now, policy);
        if (files.Count > 0)
        {
            @case.Attach(@case.Events[0], files, actor, now, attachmentSettings.MaxFilesPerAction);
        }

        if (precedent is not null)
        {
            @case.MarkFinalisedPrecedent(precedent, actor, now);
        }

        db.Cases.Add(@case);
        await TellObserversAsync([@case], ct);
        if (idempotencyKey is not null)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord(idempotencyKey, actor.UserName, requestHash, @case.Id, now));
        }

        if (db.IsPostgres && files.Count == 0)
        {
            // The case, its children, the key and the audit lines go to PostgreSQL as one batch, which the server runs
            // as one implicit transaction (all or nothing); an explicit BEGIN/COMMIT would add a round trip to every
            // registration. The retry tests check that a refused key leaves no case behind.
            db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        }

        try
        {
            // One SaveChanges is one transaction: the case, its children, the key and the audit lines together.
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // The key was used before (a retry, or a concurrent twin that won): answer with what it created.
            db.ChangeTracker.Clear();
            var replay = await ReplayAsync(idempotencyKey, actor, requestHash, ct);
            if (replay is null)
            {
                throw; // not a key conflict
            }

            return replay;
        }

        return new RegisterCaseOutcome(await views.EchoAsync(@case, actor, ct), Replayed: false);
    }

    /// <summary>Many of a channel's matters at once (a batch): each checked as <see cref="RegisterFromChannelAsync"/>
    /// checks one, the serials reserved and the finalised matters looked up for all in one round trip each. The cases
    /// are returned unsaved: the caller writes them with its own rows in one transaction.</summary>
    public async Task<IReadOnlyList<(Case? Case, IReadOnlyList<Error> Errors)>> PrepareFromChannelAsync(
        IReadOnlyList<(RegisterCaseRequest Request, string Hints)> matters, Actor actor, CancellationToken ct = default)
    {
        // The portal files the petitioner's own matter as a channel does.
        if (!actor.IsInAny([Roles.Registrar, Roles.Dispatcher, Roles.Integration, Roles.Admin, Roles.Citizen]))
        {
            return [.. matters.Select(_ => ((Case?)null, (IReadOnlyList<Error>)[Error.Forbidden("case.register_forbidden", "只有登记员或派单员可以登记信访事项。")]))];
        }

        var now = clock.GetUtcNow();
        var names = await directory.GetAsync(ct);
        var checkedMatters = new List<(RegisterCaseRequest Request, string Hints, List<Error> Errors)>();
        foreach (var (request, hints) in matters)
        {
            checkedMatters.Add((request, hints, await RegistrationValidator.ValidateAsync(db, names, request, now, allowGaps: true, ct)));
        }

        var good = checkedMatters.Where(m => m.Errors.Count == 0).ToList();
        var year = ChinaTime.DateOf(now).Year;
        var serials = good.Count == 0 ? [] : await CaseNumbers.ReserveAsync(db, year, good.Count, ct);
        var built = new Dictionary<RegisterCaseRequest, Case>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < good.Count; i++)
        {
            var (request, hints, _) = good[i];
            var petitioners = Petitioners(request);
            built[request] = Case.Register(Intake(request, petitioners, fromChannel: true, hints), CaseNumberSequence.Format(district.CasePrefix, year, serials[i]),
                petitioners, actor, now, policy);
        }

        var precedents = await FinalisedMatterFinder.FindManyAsync(db,
            [.. built.Values.Select(c => new FinalisedQuestion(c.CategoryId, c.Content, IdentityHashes(c.Petitioners)))], ct);
        foreach (var (@case, precedent) in built.Values.Zip(precedents))
        {
            if (precedent is not null)
            {
                @case.MarkFinalisedPrecedent(precedent, actor, now);
            }
        }

        return [.. checkedMatters.Select(m => m.Errors.Count == 0 ? (built[m.Request], (IReadOnlyList<Error>)[]) : ((Case?)null, (IReadOnlyList<Error>)m.Errors))];
    }

    /// <summary>Lets the modules that go with a registration write their rows (not saved: the caller saves them with the cases).
    /// Callers of <see cref="PrepareFromChannelAsync"/> call it when they write the cases.</summary>
    public async Task TellObserversAsync(IReadOnlyList<Case> cases, CancellationToken ct)
    {
        foreach (var observer in observers)
        {
            await observer.RegisteredAsync(cases, ct);
        }
    }

    private List<Petitioner> Petitioners(RegisterCaseRequest request) => [.. request.Petitioners!.Select(p => new Petitioner(
        new PetitionerInfo(p.Name!.Trim(), Blank(p.IdNumber)?.ToUpperInvariant(), Blank(p.Phone), Blank(p.Address), p.IsRepresentative, Blank(p.Email), p.NoTextMessages),
        db.Protector.BlindIndex(p.IdNumber), db.Protector.BlindIndex(p.Phone)))];

    private static CaseIntake Intake(RegisterCaseRequest request, List<Petitioner> petitioners, bool fromChannel, string? hints) => new(
        request.Channel!.Value, request.ReceivedAt!.Value, request.Form, request.StatutoryClass, request.CategoryId,
        request.RegionId, request.VillageId, request.Subject!, request.Content!, request.PeopleCount ?? petitioners.Count,
        request.SkipLevel ?? SkipLevel.None, request.AbnormalVenue, request.IsRepeat, request.IsKeyCase, request.KeyCaseLeaderUserId,
        request.SensitivePeriod, request.IsUrgent, request.Latitude, request.Longitude, Blank(request.ExternalReference),
        PlaceRequired: fromChannel, ChannelHints: Blank(hints));

    private static List<string> IdentityHashes(IEnumerable<Petitioner> petitioners) =>
        [.. petitioners.SelectMany(p => new[] { p.IdNumberHash, p.PhoneHash }).OfType<string>()];

    private async Task<Result<RegisterCaseOutcome>?> ReplayAsync(string key, Actor actor, string requestHash, CancellationToken ct)
    {
        var record = await db.IdempotencyRecords.AsNoTracking()
            .FirstOrDefaultAsync(r => r.UserName == actor.UserName && r.ClientKey == key, ct);
        if (record is null)
        {
            return null;
        }

        if (record.RequestHash != requestHash)
        {
            return Error.Conflict("idempotency.key_reused", "该 Idempotency-Key 已用于另一份不同内容的登记，请使用新的键。");
        }

        var existing = await CaseLoader.LoadAsync(db, record.CaseId, ct);
        return new RegisterCaseOutcome(await views.EchoAsync(existing!, actor, ct), Replayed: true);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static readonly JsonSerializerOptions HashOptions = new(JsonSerializerDefaults.Web);

    /// <summary>The request's fingerprint for idempotency: its JSON, and the names and hashes of any files with it.</summary>
    private static string Hash(RegisterCaseRequest request, IReadOnlyList<AttachmentUpload> attachments)
    {
        var text = JsonSerializer.Serialize(request, HashOptions);
        if (attachments.Count > 0)
        {
            text += string.Concat(attachments.Select(a => $"\n{a.FileName}:{Convert.ToHexString(SHA256.HashData(a.Content))}"));
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
