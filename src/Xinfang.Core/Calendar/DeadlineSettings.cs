using Xinfang.Core.Common;

namespace Xinfang.Core.Calendar;

public enum DeadlineStep
{
    Dispose,         // 登记后处理（转送/交办/自办）
    Sign,            // 签收
    Accept,          // 受理告知
    Reply,           // 办理答复
    Redo,            // 重办答复
    Callback,        // 回访
    ReviewRequest,   // 申请复查的期限
    ReviewAnswer,    // 复查答复
    ReReviewRequest, // 申请复核的期限
    ReReviewAnswer,  // 复核答复
}

/// <summary>The period of each step (《信访工作条例》 defaults), configurable per step and calendar mode.
/// Bound from the <c>Deadlines</c> configuration section.</summary>
public sealed class DeadlineSettings
{
    public Dictionary<DeadlineStep, Period> Periods { get; init; } = new()
    {
        [DeadlineStep.Dispose] = new(15, DayCountMode.Calendar),
        [DeadlineStep.Sign] = new(1, DayCountMode.Working),
        [DeadlineStep.Accept] = new(15, DayCountMode.Calendar),
        [DeadlineStep.Reply] = new(60, DayCountMode.Calendar),
        [DeadlineStep.Redo] = new(15, DayCountMode.Calendar),
        [DeadlineStep.Callback] = new(3, DayCountMode.Working),
        [DeadlineStep.ReviewRequest] = new(30, DayCountMode.Calendar),
        [DeadlineStep.ReviewAnswer] = new(30, DayCountMode.Calendar),
        [DeadlineStep.ReReviewRequest] = new(30, DayCountMode.Calendar),
        [DeadlineStep.ReReviewAnswer] = new(30, DayCountMode.Calendar),
    };

    /// <summary>紧急事项 (SPEC §1.4): hour-level limits of the work-order steps, in clock hours from the moment the step
    /// starts (registration, dispatch, signing, acceptance, reopening). They drive the warnings, the overdue queue and
    /// supervision; the statutory day periods above still bind and still decide the three rates.</summary>
    public Dictionary<DeadlineStep, int> UrgentHours { get; init; } = new()
    {
        [DeadlineStep.Dispose] = 2,
        [DeadlineStep.Sign] = 1,
        [DeadlineStep.Accept] = 4,
        [DeadlineStep.Reply] = 24,
        [DeadlineStep.Redo] = 24,
    };

    /// <summary>The steps an urgent matter counts in hours; the others (callback, review windows and answers) stay in days.</summary>
    public static readonly IReadOnlyList<DeadlineStep> UrgentSteps =
        [DeadlineStep.Dispose, DeadlineStep.Sign, DeadlineStep.Accept, DeadlineStep.Reply, DeadlineStep.Redo];

    /// <summary>At most one extension of this many days (条例第三十六条: 不超过30日).</summary>
    public int MaxExtensionDays { get; init; } = 30;

    /// <summary>An open case is "due soon" (临期) when its current deadline is this many days away or fewer.</summary>
    public int DueSoonDays { get; init; } = 3;

    public Period this[DeadlineStep step] => Periods[step];
}

/// <summary>The calendar and the settings together: everything a transition needs to set a deadline.</summary>
public sealed class DeadlinePolicy(DeadlineCalculator calculator, DeadlineSettings settings)
{
    public DeadlineCalculator Calculator { get; } = calculator;
    public DeadlineSettings Settings { get; } = settings;

    public DateOnly Due(DateOnly triggeredOn, DeadlineStep step) => Calculator.Due(triggeredOn, Settings[step]);

    public DateOnly Extend(DateOnly due, int days) => Calculator.Due(due, days, DayCountMode.Calendar);

    /// <summary>An urgent matter's hour-level limit for a step started at <paramref name="startedAt"/>; never later
    /// than the end of the step's statutory day (<paramref name="statutoryDue"/>).</summary>
    public DateTimeOffset UrgentDue(DateTimeOffset startedAt, DeadlineStep step, DateOnly statutoryDue)
    {
        var limit = startedAt.AddHours(Settings.UrgentHours[step]);
        var endOfStatutoryDay = ChinaTime.StartOf(statutoryDue.AddDays(1));
        return limit < endOfStatutoryDay ? limit : endOfStatutoryDay;
    }
}
