using Xinfang.Core.Cases;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Calendar;

namespace Xinfang.Core.Demo;

/// <summary>Walks one generated case through its lifecycle with realistic delays, never past "now".</summary>
internal sealed class DemoLifecycle(Case @case, DemoWorld world, Random random, DateTimeOffset now, DeadlinePolicy policy)
{
    private DateTimeOffset _at = @case.ReceivedAt;

    /// <summary>Moves the clock on; false when the step would happen in the future (the case stops there).</summary>
    private bool After(double minDays, double maxDays, double lateChance = 0, double lateMin = 0, double lateMax = 0)
    {
        var days = random.NextDouble() < lateChance
            ? lateMin + (random.NextDouble() * (lateMax - lateMin))
            : minDays + (random.NextDouble() * (maxDays - minDays));
        // An urgent matter moves in hours where the others move in days: its limits are hours.
        var next = @case.IsUrgent
            ? _at.AddHours(days).AddMinutes(random.Next(5, 60))
            : _at.AddDays(days).AddMinutes(random.Next(10, 600));
        if (next > now)
        {
            return false;
        }

        _at = next;
        return true;
    }

    private bool Chance(double p) => random.NextDouble() < p;

    public void Run(DemoWorld.Township township, string categoryName)
    {
        var dispatcher = world.Dispatcher;
        if (!After(0, 2, 0.04, 10, 20))
        {
            return;
        }

        if (@case.StatutoryClass == StatutoryClass.ClaimRequest && Chance(0.05))
        {
            @case.Refuse(dispatcher, _at, "该诉求属于人民法院受理范围，依法应通过诉讼途径解决（诉访分离）", "向仁和区人民法院提起诉讼");
            return;
        }

        Unit lead;
        if (Chance(0.1))
        {
            lead = world.Bureau;
            @case.HandleItself(dispatcher, _at, world.Ref(lead), policy);
        }
        else
        {
            var department = DemoCaseTexts.DepartmentFor.TryGetValue(categoryName, out var code) ? world.UnitsByCode[code] : null;
            lead = department is not null && Chance(0.45) ? department : township.Government;
            var co = Chance(0.2) ? (lead == township.Government ? department : township.Government) : null;
            IReadOnlyList<UnitRef> coUnits = co is null ? [] : [world.Ref(co)];
            @case.Dispatch(dispatcher, _at, Chance(0.4) ? Disposal.Assign : Disposal.Forward, world.Ref(lead), coUnits, null, policy);
            var handlerForSign = world.HandlerOf(lead);
            if (!After(0, 1.2, 0.05, 2, 4))
            {
                return;
            }

            if (Chance(0.03))
            {
                @case.Return(handlerForSign, _at, "该事项不属于本单位职责范围，请重新派单");
                if (!After(0, 2))
                {
                    return;
                }

                lead = township.Government;
                @case.Dispatch(dispatcher, _at, Disposal.Forward, world.Ref(lead), [], "重新派单", policy);
                if (!After(0, 1))
                {
                    return;
                }
            }

            @case.Sign(world.HandlerOf(lead), _at, policy);
        }

        var handler = world.HandlerOf(lead);
        if (!After(1, 6, 0.05, 14, 22))
        {
            return;
        }

        if (Chance(0.03))
        {
            @case.Refuse(handler, _at, "反映的问题已经依法处理完毕，且无新的事实和理由", "如有异议可依法申请复查");
            return;
        }

        @case.Accept(handler, _at, policy);
        HandleToReply(handler);
    }

    private void HandleToReply(Actor handler)
    {
        var extended = false;
        if (@case.Extension == ExtensionState.None && Chance(0.08))
        {
            if (!After(20, 45))
            {
                return;
            }

            @case.RequestExtension(handler, _at, random.Next(10, 31), "情况复杂，需多部门联合调查核实", policy);
            if (!After(0, 2))
            {
                return;
            }

            if (Chance(0.85))
            {
                @case.ApproveExtension(world.Dispatcher, _at, policy);
                extended = true;
            }
            else
            {
                @case.RejectExtension(world.Dispatcher, _at, "理由不充分，请按期办结");
            }
        }

        if (Chance(0.025))
        {
            return; // stalled: never answered, so it turns overdue and shows on the supervision board
        }

        var budget = (@case.ReplyDue!.Value.DayNumber - Common.ChinaTime.DateOf(_at).DayNumber);
        if (!After(Math.Min(5, budget * 0.3), Math.Max(6, budget * (extended ? 0.95 : 0.9)), 0.07, budget + 1, budget + 25))
        {
            return;
        }

        const string reply = "经调查核实，您反映的问题情况属实，相关单位已督促整改到位，现予答复。如对答复意见不服，可自收到本答复意见之日起30日内申请复查。";
        if (@case.Disposal == Disposal.Assign)
        {
            @case.ReportResult(handler, _at, reply, policy);
            if (!After(0, 3))
            {
                return;
            }

            @case.ApproveResult(world.Dispatcher, _at, policy);
        }
        else
        {
            @case.Reply(handler, _at, reply, policy);
        }

        Callback(handler);
    }

    private void Callback(Actor handler)
    {
        if (!After(0.5, 4))
        {
            return;
        }

        var satisfaction = random.NextDouble() switch { < 0.8 => Satisfaction.Satisfied, < 0.92 => Satisfaction.FairlySatisfied, _ => Satisfaction.Unsatisfied };
        @case.Callback(world.Registrar, _at, satisfaction, null, policy);
        if (satisfaction == Satisfaction.Unsatisfied && @case.ReopenCount == 0 && Chance(0.6))
        {
            if (!After(0, 2))
            {
                return;
            }

            @case.Reopen(world.Dispatcher, _at, "群众对答复不满意，经研究同意重办", policy);
            HandleToReply(handler);
            return;
        }

        if (!After(0, 1))
        {
            return;
        }

        @case.Close(world.Registrar, _at);
        // Reviews are asked within the 30-day window: callback (≤ 4 d) + close (≤ 1 d) + 20 d.
        if (Chance(0.04) && After(3, 20))
        {
            @case.RequestReview(world.Registrar, _at, "对答复意见不服，申请复查", policy);
            if (!After(8, 28))
            {
                return;
            }

            @case.AnswerReview(world.Supervisor, _at, "经复查，原处理意见认定事实清楚、适用政策正确，予以维持。", policy);
            if (Chance(0.3) && After(3, 20))
            {
                @case.RequestReReview(world.Registrar, _at, "对复查意见不服，申请复核", policy);
                if (After(8, 28))
                {
                    @case.AnswerReReview(world.Supervisor, _at, "经复核，维持复查意见。本复核意见为最终意见，同一事实和理由不再受理。");
                }
            }
        }
    }
}
