using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Calendar;

namespace Xinfang.Core.Cases;

/// <summary>
/// A petition matter (信访事项) from registration to closure, review and finality.
/// Every state change goes through one method per transition; each checks the transition table,
/// the actor's role and unit, and the named rules, then records a timeline event.
/// </summary>
public sealed partial class Case : IHasCurrentDeadline
{
    public const int CollectiveThreshold = 5;
    public const int MaxRepresentatives = 5;

    private readonly List<Petitioner> _petitioners = [];
    private readonly List<CaseEvent> _events = [];
    private readonly List<CaseUnit> _units = [];

    private Case() { }

    public Guid Id { get; private set; }
    public string Number { get; private set; } = "";
    public Channel Channel { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The Chinese calendar month received, yyyyMM: the monthly trend groups by it.</summary>
    public int ReceivedMonth { get; private set; }

    /// <summary>The Chinese calendar day received, yyyyMMdd: analysis trends and the early warning group by it.</summary>
    public int ReceivedDay { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    public int RegisteredByUserId { get; private set; }
    /// <summary>Null only while <see cref="Gaps"/> names it (a channel's matter awaiting 补录); so are the two below.</summary>
    public CaseForm? Form { get; private set; }
    public StatutoryClass? StatutoryClass { get; private set; }
    public int? CategoryId { get; private set; }

    /// <summary>待补录: what the registrar still has to add before the case can be disposed of.</summary>
    public IntakeGaps Gaps { get; private set; }

    /// <summary>What the channel said of the category and place when the district did not know it (shown to the
    /// registrar who completes the case).</summary>
    public string? ChannelHints { get; private set; }
    public int? RegionId { get; private set; }
    public int? VillageId { get; private set; }
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    public string Subject { get; private set; } = "";
    public string Content { get; private set; } = "";
    public int PeopleCount { get; private set; }
    public bool IsCollective { get; private set; }
    public SkipLevel SkipLevel { get; private set; }
    public bool AbnormalVenue { get; private set; }
    public bool IsRepeat { get; private set; }
    public bool IsKeyCase { get; private set; }
    public int? KeyCaseLeaderUserId { get; private set; }
    public bool SensitivePeriod { get; private set; }
    public bool IsUrgent { get; private set; }
    public string? ExternalReference { get; private set; }

    public CaseStatus Status { get; private set; }
    public Disposal? Disposal { get; private set; }
    public int? LeadUnitId { get; private set; }

    /// <summary>Deadline of the current step; null when the case is not open. For an urgent matter's hour-level
    /// limit, the Chinese calendar day of <see cref="DueAt"/>.</summary>
    public DateOnly? DueDate { get; private set; }
    public DeadlineStep? DueStep { get; private set; }

    /// <summary>紧急: the moment the current step's hour-level limit runs out; null for a day-level deadline.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    /// <summary>An urgent matter's hour-level limits kept for the steps a case can come back to (a return restores
    /// the disposal limit, a rejected result the reply limit).</summary>
    public DateTimeOffset? DisposeDueAt { get; private set; }
    public DateTimeOffset? ReplyDueAt { get; private set; }

    public DateOnly DisposeDue { get; private set; }
    public DateOnly? SignDue { get; private set; }
    public DateOnly? AcceptDue { get; private set; }
    public DateOnly? ReplyDue { get; private set; }
    public DateOnly? ReviewRequestDeadline { get; private set; }
    public DateOnly? ReviewDue { get; private set; }
    public DateOnly? ReReviewRequestDeadline { get; private set; }
    public DateOnly? ReReviewDue { get; private set; }

    public DateOnly? AcceptDecidedOn { get; private set; }
    public bool? AcceptDecidedInTime { get; private set; }
    public DateOnly? RepliedOn { get; private set; }
    public bool? RepliedInTime { get; private set; }
    public DateOnly? ClosedOn { get; private set; }

    public ExtensionState Extension { get; private set; }
    public int? ExtensionDays { get; private set; }
    public string? ExtensionReason { get; private set; }

    public Satisfaction? Satisfaction { get; private set; }
    public int ReopenCount { get; private set; }
    public string? ReplyText { get; private set; }
    public string? RefusalReason { get; private set; }
    public string? ProperChannel { get; private set; }

    /// <summary>A finalised (终结) case this matter repeats on the same facts and grounds.</summary>
    public Guid? FinalisedPrecedentId { get; private set; }
    public string? FinalisedPrecedentNumber { get; private set; }

    /// <summary>并案: the case this one was merged into (it is handled and answered there).</summary>
    public string? MergedIntoNumber { get; private set; }

    /// <summary>督办: the reply a supervision notice asks of the lead unit, due by this day (null when none is pending).</summary>
    public DateOnly? SupervisionReplyDue { get; private set; }
    public bool IsEscalated { get; private set; }

    /// <summary>The case's part in the three rates, derived from the fields above and stored so that the rates of
    /// a period are read from an index (see <see cref="CaseRateFacts"/>). Setting it (when EF loads a row) does nothing.</summary>
    public RateFacts RateFacts
    {
        get => CaseRateFacts.Of(this);
        private set { }
    }

    /// <summary>Optimistic-concurrency version: bumped by every transition.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<Petitioner> Petitioners => _petitioners;
    public IReadOnlyList<CaseEvent> Events => _events;
    public IReadOnlyList<CaseUnit> Units => _units;

    public bool IsOpen => CaseTransitions.OpenStates.Contains(Status);

    public static Case Register(CaseIntake intake, string number, IReadOnlyList<Petitioner> petitioners, Actor actor, DateTimeOffset now, DeadlinePolicy policy)
    {
        var received = ChinaTime.DateOf(intake.ReceivedAt);
        var @case = new Case
        {
            Id = Guid.CreateVersion7(now),
            Number = number,
            Channel = intake.Channel,
            ReceivedAt = intake.ReceivedAt,
            ReceivedMonth = ChinaTime.MonthNumber(intake.ReceivedAt),
            ReceivedDay = ChinaTime.DayNumber(intake.ReceivedAt),
            RegisteredAt = now,
            RegisteredByUserId = actor.UserId,
            Form = intake.Form,
            StatutoryClass = intake.StatutoryClass,
            CategoryId = intake.CategoryId,
            RegionId = intake.RegionId,
            VillageId = intake.VillageId,
            Latitude = intake.Latitude,
            Longitude = intake.Longitude,
            Subject = intake.Subject.Trim(),
            Content = intake.Content.Trim(),
            PeopleCount = intake.PeopleCount,
            IsCollective = intake.PeopleCount >= CollectiveThreshold,
            SkipLevel = intake.SkipLevel,
            AbnormalVenue = intake.AbnormalVenue,
            IsRepeat = intake.IsRepeat,
            IsKeyCase = intake.IsKeyCase,
            KeyCaseLeaderUserId = intake.KeyCaseLeaderUserId,
            SensitivePeriod = intake.SensitivePeriod,
            IsUrgent = intake.IsUrgent,
            ExternalReference = intake.ExternalReference,
            ChannelHints = intake.ChannelHints,
            Status = CaseStatus.Registered,
            DisposeDue = policy.Due(received, DeadlineStep.Dispose),
            Version = 1,
        };
        @case.Gaps = GapsOf(@case, intake.PlaceRequired);
        @case._petitioners.AddRange(petitioners);
        @case.DisposeDueAt = @case.UrgentDue(now, DeadlineStep.Dispose, @case.DisposeDue, policy);
        @case.SetDue(@case.DisposeDue, DeadlineStep.Dispose, @case.DisposeDueAt);
        var limit = @case.DisposeDueAt is { } at
            ? $"紧急事项，{policy.Settings.UrgentHours[DeadlineStep.Dispose]}小时内（{Format(at)}前）"
            : $"{policy.Settings[DeadlineStep.Dispose]}内";
        @case._events.Add(new CaseEvent("Register", null, CaseStatus.Registered, now, actor.UserId, actor.DisplayName,
            $"经{CaseNames.Of(intake.Channel)}登记，{limit}须转送、交办或自办。{(@case.Gaps == IntakeGaps.None ? "" : $"待补录：{CaseNames.Of(@case.Gaps)}。")}", null));
        return @case;
    }

    private static IntakeGaps GapsOf(Case c, bool placeRequired) =>
        (c.CategoryId is null ? IntakeGaps.Category : IntakeGaps.None)
        | (placeRequired && c.RegionId is null ? IntakeGaps.Place : IntakeGaps.None)
        | (c.Form is null ? IntakeGaps.Form : IntakeGaps.None)
        | (c.StatutoryClass is null ? IntakeGaps.StatutoryClass : IntakeGaps.None);

    /// <summary>Links this matter to a finalised case on the same facts: it can then only be refused.</summary>
    public void MarkFinalisedPrecedent(Duplicates.FinalisedMatter precedent, Actor actor, DateTimeOffset now)
    {
        if (precedent.Status != CaseStatus.Final)
        {
            throw new InvalidOperationException($"{precedent.Number} is not final.");
        }

        FinalisedPrecedentId = precedent.Id;
        FinalisedPrecedentNumber = precedent.Number;
        IsRepeat = true;
        _events.Add(new CaseEvent("RecogniseFinalised", Status, Status, now, actor.UserId, actor.DisplayName,
            $"系统识别：与已复核终结的{precedent.Number}属同一事实和理由。", null));
    }

    public const string LinkAction = "LinkRelated";

    /// <summary>Records on the timeline that this case and <paramref name="otherNumber"/> were found to be the same matter, or
    /// this one a repeat petition about the other (the repeat flag then counts in the indicators).</summary>
    public void LinkRelated(string otherNumber, bool repeat, Actor actor, DateTimeOffset now)
    {
        if (repeat)
        {
            IsRepeat = true;
        }

        _events.Add(new CaseEvent(LinkAction, Status, Status, now, actor.UserId, actor.DisplayName,
            repeat ? $"认定为重复信访：与{otherNumber}属同一诉求。" : $"与{otherNumber}关联为同一事项。", null));
        Version++;
    }

    /// <summary>并案: a matter registered again — by another person, or through another channel — joins the open case
    /// that handles it. This one is no longer handled on its own (its deadline stops; it counts as one more petition
    /// received, in no rate), the other continues, and both timelines say so. Only before disposal.</summary>
    public void MergeInto(Case target, Actor actor, DateTimeOffset now, string? note)
    {
        if (target.Id == Id)
        {
            throw new RuleViolationException(CaseRules.MergeIntoItself());
        }

        if (!target.IsOpen)
        {
            throw new RuleViolationException(CaseRules.MergeTargetNotOpen(target.Number));
        }

        var transition = Guard(CaseAction.Merge, actor, now);
        MergedIntoNumber = target.Number;
        SetDue(null, null);
        var why = string.IsNullOrWhiteSpace(note) ? "" : $"（{note.Trim()}）";
        Record(transition, actor, now, $"并入{target.Number}办理{why}，本件不再单独办理，由{target.Number}一并答复。", null);
        target._events.Add(new CaseEvent(nameof(CaseAction.Merge), target.Status, target.Status, now, actor.UserId, actor.DisplayName,
            $"{Number}（{Subject}）并入本件办理{why}，答复时一并告知其信访人。", null));
        target.Version++;
    }

    /// <summary>Sets the current step's deadline: the statutory day, or an urgent matter's hour-level limit
    /// (<paramref name="at"/>) when the step has one.</summary>
    private void SetDue(DateOnly? due, DeadlineStep? step, DateTimeOffset? at = null)
    {
        // A limit capped at the end of the statutory day falls at 00:00 of the next: the day is still the statutory one.
        DueDate = at is { } limit && due is { } day && ChinaTime.DateOf(limit) < day ? ChinaTime.DateOf(limit) : due;
        DueAt = due is null ? null : at;
        DueStep = due is null ? null : step;
    }

    /// <summary>The hour-level limit of a step started now, for an urgent matter; null otherwise.</summary>
    private DateTimeOffset? UrgentDue(DateTimeOffset now, DeadlineStep step, DateOnly statutoryDue, DeadlinePolicy policy) =>
        IsUrgent ? policy.UrgentDue(now, step, statutoryDue) : null;

    /// <summary>An hour-level limit as the timeline and documents state it (China time).</summary>
    private static string Format(DateTimeOffset at) => $"{ChinaTime.ToChina(at):M月d日H:mm}";
}

/// <summary>The facts taken at registration (SPEC §1.2). Form, class and category are null only for a channel's matter
/// that goes to 待补录; <see cref="PlaceRequired"/> makes a missing township a gap too.</summary>
public sealed record CaseIntake(
    Channel Channel,
    DateTimeOffset ReceivedAt,
    CaseForm? Form,
    StatutoryClass? StatutoryClass,
    int? CategoryId,
    int? RegionId,
    int? VillageId,
    string Subject,
    string Content,
    int PeopleCount = 1,
    SkipLevel SkipLevel = SkipLevel.None,
    bool AbnormalVenue = false,
    bool IsRepeat = false,
    bool IsKeyCase = false,
    int? KeyCaseLeaderUserId = null,
    bool SensitivePeriod = false,
    bool IsUrgent = false,
    double? Latitude = null,
    double? Longitude = null,
    string? ExternalReference = null,
    bool PlaceRequired = false,
    string? ChannelHints = null);

/// <summary>What a registrar adds to a channel's matter (补录); <see cref="Fills"/> says which gaps the values fill.</summary>
public sealed record CaseCompletion(CaseForm? Form, StatutoryClass? StatutoryClass, int? CategoryId, int? RegionId, int? VillageId)
{
    public IntakeGaps Fills =>
        (CategoryId is null ? IntakeGaps.None : IntakeGaps.Category)
        | (RegionId is null ? IntakeGaps.None : IntakeGaps.Place)
        | (Form is null ? IntakeGaps.None : IntakeGaps.Form)
        | (StatutoryClass is null ? IntakeGaps.None : IntakeGaps.StatutoryClass);
}
