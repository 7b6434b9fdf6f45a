using Xinfang.Core.Cases.Attachments;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Calendar;

namespace Xinfang.Core.Cases.Features;

public sealed record NamedRef(int Id, string? Name);

public sealed record PetitionerView(string Name, string? IdNumber, string? Phone, string? Address, bool IsRepresentative, string? Email = null);

/// <summary>One step of the timeline; <paramref name="Id"/> is what <c>eventId</c> refers to when documents are added to it later.</summary>
public sealed record TimelineEntry(DateTimeOffset At, string Action, string ActionName, CaseStatus? From, CaseStatus To, string Actor, string? Note, string? DocumentKind, string? DocumentText,
    long Id, IReadOnlyList<AttachmentView> Attachments);

/// <summary>A document of the case as listed (the bytes are fetched by a download).</summary>
public sealed record AttachmentView(Guid Id, long EventId, string FileName, string ContentType, FileKind Kind, long Size, string Sha256, string UploadedBy, DateTimeOffset UploadedAt);

public sealed record CaseDeadlines(
    DateOnly Dispose, DateOnly? Sign, DateOnly? Accept, DateOnly? Reply, DateOnly? ReviewRequest,
    DateOnly? Review, DateOnly? ReReviewRequest, DateOnly? ReReview, CurrentDeadline? Current);

public sealed record CaseDetailView(
    Guid Id,
    string Number,
    Channel Channel,
    string ChannelName,
    DateTimeOffset ReceivedAt,
    DateTimeOffset RegisteredAt,
    CaseForm? Form,
    StatutoryClass? StatutoryClass,
    NamedRef? Category,
    NamedRef? Region,
    NamedRef? Village,
    string Subject,
    string Content,
    int PeopleCount,
    bool IsCollective,
    SkipLevel SkipLevel,
    bool AbnormalVenue,
    bool IsRepeat,
    bool IsKeyCase,
    int? KeyCaseLeaderUserId,
    bool SensitivePeriod,
    bool IsUrgent,
    CaseStatus Status,
    string StatusName,
    Disposal? Disposal,
    NamedRef? LeadUnit,
    IReadOnlyList<NamedRef> CoUnits,
    CaseDeadlines Deadlines,
    ExtensionState Extension,
    int? ExtensionDays,
    bool? AcceptDecidedInTime,
    bool? RepliedInTime,
    Satisfaction? Satisfaction,
    int ReopenCount,
    string? ReplyText,
    string? RefusalReason,
    string? ProperChannel,
    string? FinalisedPrecedentNumber,
    string? MergedIntoNumber,
    DateOnly? SupervisionReplyDue,
    bool IsEscalated,
    int Version,
    bool PersonalDataMasked,
    IReadOnlyList<PetitionerView> Petitioners,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<string> AvailableActions,
    IReadOnlyList<AttachmentView> Attachments,
    IReadOnlyList<string> Gaps,
    string? ChannelHints)
{
    /// <summary>The lead unit's person for the case (指派承办人), once the unit head has named one.</summary>
    public NamedRef? Assignee { get; init; }
}

public sealed record CaseListItem(
    Guid Id,
    string Number,
    string Subject,
    Channel Channel,
    DateTimeOffset ReceivedAt,
    CaseStatus Status,
    string StatusName,
    string? Category,
    string? Region,
    string? LeadUnit,
    DateOnly? DueDate,
    DateTimeOffset? DueAt,
    DueState DueState,
    string? Petitioner,
    string? PetitionerPhone,
    int Version,
    bool ToComplete = false);

public static class CaseViews
{
    public static CaseDetailView Detail(Case c, Actor actor, DateTimeOffset now, OrganisationDirectory.Snapshot names, DeadlinePolicy policy)
    {
        var mask = !actor.MaySeePersonalData;
        var current = c.Units.Where(u => u.IsCurrent).ToList();
        var attachments = c.Attachments.OrderBy(a => a.UploadedAt).ThenBy(a => a.EventId).ThenBy(a => a.Ordinal).Select(Attachment).ToList();
        return new CaseDetailView(
            c.Id, c.Number, c.Channel, CaseNames.Of(c.Channel), c.ReceivedAt, c.RegisteredAt, c.Form, c.StatutoryClass,
            c.CategoryId is { } category ? new NamedRef(category, names.CategoryPath(category)) : null,
            c.RegionId is { } r ? new NamedRef(r, names.RegionName(r)) : null,
            c.VillageId is { } v ? new NamedRef(v, names.RegionName(v)) : null,
            c.Subject, c.Content, c.PeopleCount, c.IsCollective, c.SkipLevel, c.AbnormalVenue, c.IsRepeat, c.IsKeyCase, c.KeyCaseLeaderUserId,
            c.SensitivePeriod, c.IsUrgent, c.Status, CaseNames.Of(c.Status), c.Disposal,
            c.LeadUnitId is { } lead ? new NamedRef(lead, names.UnitName(lead)) : null,
            current.Where(u => u.Role == UnitRole.Co).Select(u => new NamedRef(u.UnitId, names.UnitName(u.UnitId))).ToList(),
            new CaseDeadlines(c.DisposeDue, c.SignDue, c.AcceptDue, c.ReplyDue, c.ReviewRequestDeadline, c.ReviewDue,
                c.ReReviewRequestDeadline, c.ReReviewDue, Deadlines.Current(c, now, policy)),
            c.Extension, c.ExtensionDays, c.AcceptDecidedInTime, c.RepliedInTime, c.Satisfaction, c.ReopenCount,
            c.ReplyText, c.RefusalReason, c.ProperChannel, c.FinalisedPrecedentNumber, c.MergedIntoNumber, c.SupervisionReplyDue, c.IsEscalated, c.Version, mask,
            c.Petitioners.Select(p => mask
                ? new PetitionerView(PersonalDataMask.Name(p.Name), PersonalDataMask.IdNumber(p.IdNumber), PersonalDataMask.Phone(p.Phone), PersonalDataMask.Address(p.Address), p.IsRepresentative, PersonalDataMask.Email(p.Email))
                : new PetitionerView(p.Name, p.IdNumber, p.Phone, p.Address, p.IsRepresentative, p.Email)).ToList(),
            c.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new TimelineEntry(e.At, e.Action,
                Enum.TryParse<CaseAction>(e.Action, out var a) ? CaseActionNames.Chinese(a) : TimelineNames.Of(e.Action),
                e.FromStatus, e.ToStatus, e.ActorName, e.Note, e.DocumentKind, e.DocumentText,
                e.Id, attachments.Where(a => a.EventId == e.Id).ToList())).ToList(),
            c.AvailableActions(actor, now).Select(CaseActionNames.Kebab).ToList(),
            attachments,
            CaseNames.GapNames(c.Gaps).Select(g => g.Field).ToList(),
            c.ChannelHints)
        {
            Assignee = c.LeadUnitRow is { AssigneeUserId: { } person } row ? new NamedRef(person, row.AssigneeName ?? "") : null,
        };
    }

    public static AttachmentView Attachment(CaseAttachment a) =>
        new(a.Id, a.EventId, a.FileName, a.ContentType, a.Kind, a.Size, a.Sha256, a.UploadedByName, a.UploadedAt);

    private static class TimelineNames
    {
        public static string Of(string action) => action switch
        {
            "Register" => "登记",
            "RecogniseFinalised" => "识别为已终结事项",
            Case.AttachAction => "补充附件",
            Case.LinkAction => "关联事项",
            _ => action,
        };
    }
}
