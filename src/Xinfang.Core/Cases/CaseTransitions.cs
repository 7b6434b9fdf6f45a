using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using static Xinfang.Core.Cases.CaseStatus;
using static Xinfang.Core.Identity.Roles;

namespace Xinfang.Core.Cases;

/// <summary>Who may act on a case: anyone with one of the roles, or only the lead unit's people.</summary>
public enum ActorScope
{
    AnyInRole,
    LeadUnit,
}

public sealed record Transition(CaseAction Action, CaseStatus From, CaseStatus To, IReadOnlyList<string> Roles, ActorScope Scope = ActorScope.AnyInRole);

/// <summary>The one table of allowed transitions (SPEC §1.4a). An action not listed for a state is illegal.</summary>
public static class CaseTransitions
{
    private static readonly string[] BureauDispatch = [Dispatcher];
    private static readonly string[] UnitStaff = [Handler, UnitHead];
    private static readonly string[] Approvers = [Dispatcher, Supervisor];
    private static readonly string[] CallbackStaff = [Registrar, Dispatcher];
    // The petitioner rates the reply and asks for review on the portal as well (SPEC §1.10).
    private static readonly string[] CallbackStaffOrPetitioner = [Registrar, Dispatcher, Citizen];
    private static readonly string[] UrgeStaff = [Supervisor, Leader, Dispatcher];
    private static readonly string[] SuperviseStaff = [Supervisor, Leader];
    private static readonly string[] EscalateStaff = [Supervisor, Dispatcher];
    private static readonly string[] Leaders = [Leader];
    private static readonly string[] KeyCaseStaff = [Supervisor, Dispatcher];
    private static readonly string[] MergeStaff = [Registrar, Dispatcher, Supervisor];
    // The unit head, or a unit's own dispatcher, hands the case to one of the unit's people.
    private static readonly string[] AssignStaff = [UnitHead, Dispatcher];

    public static readonly IReadOnlySet<CaseStatus> OpenStates = new HashSet<CaseStatus>
    {
        Registered, Dispatched, AwaitingAcceptance, InProgress, ResultReported, Replied, CalledBack, InReview, InReReview,
    };

    public static readonly IReadOnlySet<CaseStatus> UnitHeldStates = new HashSet<CaseStatus>
    {
        Dispatched, AwaitingAcceptance, InProgress, ResultReported, Replied, CalledBack,
    };

    public static readonly IReadOnlyList<Transition> All = BuildTable();

    private static List<Transition> BuildTable()
    {
        List<Transition> table =
        [
            new(CaseAction.Complete, Registered, Registered, CallbackStaff),
            new(CaseAction.HandleItself, Registered, AwaitingAcceptance, BureauDispatch),
            new(CaseAction.Dispatch, Registered, Dispatched, BureauDispatch),
            new(CaseAction.Refuse, Registered, NotAccepted, BureauDispatch),
            new(CaseAction.Merge, Registered, Merged, MergeStaff),
            new(CaseAction.Sign, Dispatched, AwaitingAcceptance, UnitStaff, ActorScope.LeadUnit),
            new(CaseAction.Return, Dispatched, Registered, UnitStaff, ActorScope.LeadUnit),
            new(CaseAction.Accept, AwaitingAcceptance, InProgress, UnitStaff, ActorScope.LeadUnit),
            new(CaseAction.Refuse, AwaitingAcceptance, NotAccepted, UnitStaff, ActorScope.LeadUnit),
            new(CaseAction.RequestExtension, InProgress, InProgress, UnitStaff, ActorScope.LeadUnit),
            new(CaseAction.ApproveExtension, InProgress, InProgress, Approvers),
            new(CaseAction.RejectExtension, InProgress, InProgress, Approvers),
            new(CaseAction.Reply, InProgress, Replied, UnitStaff, ActorScope.LeadUnit),
            new(CaseAction.ReportResult, InProgress, ResultReported, UnitStaff, ActorScope.LeadUnit),
            new(CaseAction.ApproveResult, ResultReported, Replied, BureauDispatch),
            new(CaseAction.RejectResult, ResultReported, InProgress, BureauDispatch),
            new(CaseAction.Callback, Replied, CalledBack, CallbackStaffOrPetitioner),
            new(CaseAction.Close, CalledBack, Closed, CallbackStaff),
            new(CaseAction.Reopen, CalledBack, InProgress, BureauDispatch),
            new(CaseAction.RequestReview, Replied, InReview, CallbackStaffOrPetitioner),
            new(CaseAction.RequestReview, CalledBack, InReview, CallbackStaffOrPetitioner),
            new(CaseAction.RequestReview, Closed, InReview, CallbackStaffOrPetitioner),
            new(CaseAction.AnswerReview, InReview, Reviewed, Approvers),
            new(CaseAction.RequestReReview, Reviewed, InReReview, CallbackStaff),
            new(CaseAction.AnswerReReview, InReReview, Final, Approvers),
        ];
        // Supervision in any open state, without a change of state (SPEC §1.5).
        table.AddRange(OpenStates.Select(state => new Transition(CaseAction.Urge, state, state, UrgeStaff)));
        // A supervision notice goes to a lead unit, so only while a unit holds the case.
        table.AddRange(UnitHeldStates.Select(state => new Transition(CaseAction.Supervise, state, state, SuperviseStaff)));
        table.AddRange(UnitHeldStates.Select(state => new Transition(CaseAction.AnswerSupervision, state, state, UnitStaff, ActorScope.LeadUnit)));
        table.AddRange(OpenStates.Select(state => new Transition(CaseAction.Escalate, state, state, EscalateStaff)));
        table.AddRange(OpenStates.Select(state => new Transition(CaseAction.Instruct, state, state, Leaders)));
        // 领导包案: a leader takes (or is changed on) a key case in any open state (SPEC §1.5, §1.11).
        table.AddRange(OpenStates.Select(state => new Transition(CaseAction.AssignKeyLeader, state, state, KeyCaseStaff)));
        // 指派承办人: while the lead unit holds the case, by its head; again to reassign.
        table.AddRange(UnitHeldStates.Select(state => new Transition(CaseAction.Assign, state, state, AssignStaff, ActorScope.LeadUnit)));
        return table;
    }

    public static Transition? Find(CaseAction action, CaseStatus from) =>
        All.FirstOrDefault(t => t.Action == action && t.From == from);
}
