using Xinfang.Core.Calendar;
using Xinfang.Core.Common;

namespace Xinfang.Core.Cases;

public enum DueState
{
    None,     // no running deadline
    Normal,   // 正常
    DueSoon,  // 临期
    Overdue,  // 超期
}

public sealed record CurrentDeadline(DeadlineStep Step, DateOnly Due, int DaysLeft, DayCountMode Mode, DueState State);

public static class Deadlines
{
    public static DueState StateOf(DateOnly? due, DateOnly today, int dueSoonDays) => due switch
    {
        null => DueState.None,
        { } d when d < today => DueState.Overdue,
        { } d when d.DayNumber - today.DayNumber <= dueSoonDays => DueState.DueSoon,
        _ => DueState.Normal,
    };

    public static CurrentDeadline? Current(Case @case, DateTimeOffset now, DeadlinePolicy policy)
    {
        if (@case.DueDate is not { } due || @case.DueStep is not { } step)
        {
            return null;
        }

        var today = ChinaTime.DateOf(now);
        var mode = policy.Settings[step].Mode;
        return new CurrentDeadline(step, due, policy.Calculator.DaysLeft(today, due, mode), mode,
            StateOf(due, today, policy.Settings.DueSoonDays));
    }
}
