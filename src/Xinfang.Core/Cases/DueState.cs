using System.Linq.Expressions;
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

/// <summary>A row that carries a case's current deadline: the case itself and its units' copies.</summary>
public interface IHasCurrentDeadline
{
    DateOnly? DueDate { get; }

    /// <summary>Set for an urgent matter's hour-level limit; its Chinese calendar day is <see cref="DueDate"/>.</summary>
    DateTimeOffset? DueAt { get; }
}

/// <param name="DueAt">The exact moment, for an urgent matter's hour-level limit.</param>
/// <param name="MinutesLeft">Whole minutes left (negative when overdue), for an hour-level limit.</param>
public sealed record CurrentDeadline(DeadlineStep Step, DateOnly Due, int DaysLeft, DayCountMode Mode, DueState State,
    DateTimeOffset? DueAt = null, int? MinutesLeft = null);

/// <summary>超期 and 临期, in one place: a deadline is overdue once its day has passed, or — for an urgent matter's
/// hour-level limit — once its moment has passed; it is due soon when its day is at most the due-soon days away.</summary>
public static class Deadlines
{
    public static DueState StateOf(DateOnly? due, DateTimeOffset? dueAt, DateTimeOffset now, int dueSoonDays)
    {
        if (due is not { } day)
        {
            return DueState.None;
        }

        var today = ChinaTime.DateOf(now);
        if (day < today || dueAt < now)
        {
            return DueState.Overdue;
        }

        return day.DayNumber - today.DayNumber <= dueSoonDays ? DueState.DueSoon : DueState.Normal;
    }

    /// <summary>The query form of <see cref="DueState.Overdue"/>.</summary>
    public static Expression<Func<T, bool>> Overdue<T>(DateTimeOffset now) where T : IHasCurrentDeadline
    {
        var today = ChinaTime.DateOf(now);
        // The range on DueDate first, so that the deadline indexes (which include DueAt) serve it.
        return x => x.DueDate <= today && (x.DueDate < today || x.DueAt < now);
    }

    /// <summary>The query form of <see cref="DueState.DueSoon"/>.</summary>
    public static Expression<Func<T, bool>> DueSoon<T>(DateTimeOffset now, int dueSoonDays) where T : IHasCurrentDeadline
    {
        var today = ChinaTime.DateOf(now);
        var soon = today.AddDays(dueSoonDays);
        return x => x.DueDate >= today && x.DueDate <= soon && (x.DueDate > today || x.DueAt == null || x.DueAt >= now);
    }

    public static CurrentDeadline? Current(Case @case, DateTimeOffset now, DeadlinePolicy policy)
    {
        if (@case.DueDate is not { } due || @case.DueStep is not { } step)
        {
            return null;
        }

        var today = ChinaTime.DateOf(now);
        var mode = policy.Settings[step].Mode;
        var minutesLeft = @case.DueAt is { } at ? (int)Math.Floor((at - now).TotalMinutes) : (int?)null;
        return new CurrentDeadline(step, due, policy.Calculator.DaysLeft(today, due, mode), mode,
            StateOf(due, @case.DueAt, now, policy.Settings.DueSoonDays), @case.DueAt, minutesLeft);
    }
}
