using Microsoft.Extensions.Time.Testing;
using Xinfang.Core.Calendar;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.UnitTests.Cases;

/// <summary>A builder that brings a case to any state along the legal path, with a fake clock and the
/// actors of each role. Defaults are valid; tests change only what they are about.</summary>
internal sealed class CaseScenario
{
    public const int BureauId = 1;
    public const int TownshipUnitId = 10;
    public const int OtherUnitId = 11;
    public const int RegionId = 100;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2024, 3, 4, 9, 0, 0, ChinaTime.Offset));
    public DeadlinePolicy Policy { get; } = new(new DeadlineCalculator(HolidayCalendar.BuiltIn()), new DeadlineSettings());

    public static Actor Registrar { get; } = Make(1, Roles.Registrar, BureauId, DataScope.Everything);
    public static Actor Dispatcher { get; } = Make(2, Roles.Dispatcher, BureauId, DataScope.Everything);
    public static Actor Supervisor { get; } = Make(3, Roles.Supervisor, BureauId, DataScope.Everything);
    public static Actor Handler { get; } = Make(4, Roles.Handler, TownshipUnitId, new DataScope(DataScopeKind.Township, RegionId, TownshipUnitId));
    public static Actor OtherHandler { get; } = Make(5, Roles.Handler, OtherUnitId, new DataScope(DataScopeKind.Unit, null, OtherUnitId));
    public static Actor Leader { get; } = Make(6, Roles.Leader, BureauId, DataScope.Everything);
    public static Actor BureauHandler { get; } = Make(7, Roles.Handler, BureauId, DataScope.Everything);

    public static Actor OtherLeader { get; } = Make(8, Roles.Leader, BureauId, DataScope.Everything);
    public static Actor Head { get; } = Make(9, Roles.UnitHead, TownshipUnitId, new DataScope(DataScopeKind.Township, RegionId, TownshipUnitId));
    public static KeyCaseLeader KeyLeader { get; } = new(Leader.UserId, "区领导 陈志强");

    public static UnitRef Township { get; } = new(TownshipUnitId, RegionId, "仁和镇人民政府");
    public static UnitRef OtherUnit { get; } = new(OtherUnitId, null, "区住房和城乡建设局");
    public static UnitRef Bureau { get; } = new(BureauId, null, "仁和区信访局");

    public DateTimeOffset Now => Clock.GetUtcNow();

    public void Days(int days) => Clock.Advance(TimeSpan.FromDays(days));

    private static Actor Make(int id, string role, int unit, DataScope scope) =>
        new(id, role.ToLowerInvariant(), new HashSet<string> { role }, unit, scope);

    public Case Register(string content = "某小区物业公司长期不清运垃圾，电梯多次故障无人维修，请求督促整改。", int people = 1, bool urgent = false)
    {
        var intake = new CaseIntake(Channel.Hotline12345, Now, CaseForm.Complaint, StatutoryClass.ClaimRequest, 1, RegionId, null,
            "小区物业服务不到位", content, people, IsUrgent: urgent);
        return Case.Register(intake, "RH2024-000001", [], Registrar, Now, Policy);
    }

    /// <summary>A channel's matter that came without category, place, form or class (待补录).</summary>
    public Case RegisterFromChannel()
    {
        var intake = new CaseIntake(Channel.PeoplesDailyBoard, Now, null, null, null, null, null, "村道塌方", "村道塌方一个多月无人修。",
            PlaceRequired: true, ChannelHints: "问题分类“道路塌方”（本区没有）");
        return Case.Register(intake, "RH2024-000002", [], Registrar, Now, Policy);
    }

    /// <summary>A case brought along the legal path to the given state.</summary>
    public Case InState(CaseStatus status, Disposal disposal = Disposal.Forward)
    {
        var c = Register();
        if (status == CaseStatus.Registered) return c;
        if (status == CaseStatus.NotAccepted)
        {
            c.Refuse(Dispatcher, Now, "属于诉讼途径解决的事项", "向人民法院提起诉讼");
            return c;
        }

        if (status == CaseStatus.Merged)
        {
            c.MergeInto(InState(CaseStatus.InProgress), Registrar, Now, null);
            return c;
        }

        c.Dispatch(Dispatcher, Now, disposal, Township, [OtherUnit], null, Policy);
        if (status == CaseStatus.Dispatched) return c;
        c.Sign(Handler, Now, Policy);
        if (status == CaseStatus.AwaitingAcceptance) return c;
        Days(2);
        c.Accept(Handler, Now, Policy);
        if (status == CaseStatus.InProgress) return c;
        Days(20);
        if (disposal == Disposal.Assign)
        {
            c.ReportResult(Handler, Now, "已督促物业公司整改。", Policy);
            if (status == CaseStatus.ResultReported) return c;
            c.ApproveResult(Dispatcher, Now, Policy);
        }
        else
        {
            c.Reply(Handler, Now, "已督促物业公司整改。", Policy);
        }

        if (status == CaseStatus.Replied) return c;
        Days(1);
        c.Callback(Registrar, Now, Satisfaction.Unsatisfied, null, Policy);
        if (status == CaseStatus.CalledBack) return c;
        if (status == CaseStatus.Closed)
        {
            c.Close(Registrar, Now);
            return c;
        }

        Days(5);
        c.RequestReview(Registrar, Now, "对答复不服", Policy);
        if (status == CaseStatus.InReview) return c;
        Days(20);
        c.AnswerReview(Supervisor, Now, "维持原处理意见。", Policy);
        if (status == CaseStatus.Reviewed) return c;
        Days(10);
        c.RequestReReview(Registrar, Now, "对复查意见不服", Policy);
        if (status == CaseStatus.InReReview) return c;
        Days(20);
        c.AnswerReReview(Supervisor, Now, "维持复查意见。");
        if (status == CaseStatus.Final) return c;
        throw new ArgumentOutOfRangeException(nameof(status), status, "No path to this state.");
    }

    /// <summary>Attempts an action with the parameters it needs and an actor of the first role the table names.</summary>
    public void Attempt(Case c, CaseAction action, Actor? actor = null)
    {
        var role = (CaseTransitions.Find(action, c.Status) ?? CaseTransitions.All.FirstOrDefault(t => t.Action == action))?.Roles[0];
        actor ??= role switch
        {
            Roles.Handler => Handler,
            Roles.Registrar => Registrar,
            Roles.Supervisor => Supervisor,
            Roles.Leader => Leader,
            Roles.UnitHead => Head,
            _ => Dispatcher,
        };
        switch (action)
        {
            case CaseAction.HandleItself: c.HandleItself(actor, Now, Bureau, Policy); break;
            case CaseAction.Dispatch: c.Dispatch(actor, Now, Disposal.Forward, Township, [], null, Policy); break;
            case CaseAction.Refuse: c.Refuse(actor, Now, "理由", "途径"); break;
            case CaseAction.Sign: c.Sign(actor, Now, Policy); break;
            case CaseAction.Return: c.Return(actor, Now, "不属于本单位职责"); break;
            case CaseAction.Accept: c.Accept(actor, Now, Policy); break;
            case CaseAction.RequestExtension: c.RequestExtension(actor, Now, 20, "情况复杂", Policy); break;
            case CaseAction.ApproveExtension: c.ApproveExtension(actor, Now, Policy); break;
            case CaseAction.RejectExtension: c.RejectExtension(actor, Now, "理由不足"); break;
            case CaseAction.Reply: c.Reply(actor, Now, "答复", Policy); break;
            case CaseAction.ReportResult: c.ReportResult(actor, Now, "结果", Policy); break;
            case CaseAction.ApproveResult: c.ApproveResult(actor, Now, Policy); break;
            case CaseAction.RejectResult: c.RejectResult(actor, Now, "不合格"); break;
            case CaseAction.Callback: c.Callback(actor, Now, Satisfaction.Satisfied, null, Policy); break;
            case CaseAction.Close: c.Close(actor, Now); break;
            case CaseAction.Reopen: c.Reopen(actor, Now, "不满意", Policy); break;
            case CaseAction.RequestReview: c.RequestReview(actor, Now, "不服", Policy); break;
            case CaseAction.AnswerReview: c.AnswerReview(actor, Now, "维持", Policy); break;
            case CaseAction.RequestReReview: c.RequestReReview(actor, Now, "不服", Policy); break;
            case CaseAction.AnswerReReview: c.AnswerReReview(actor, Now, "维持"); break;
            case CaseAction.Urge: c.Urge(actor, Now, "请加快办理"); break;
            case CaseAction.Supervise: c.Supervise(actor, Now, "请于5个工作日内报告进展", 5, Policy); break;
            case CaseAction.AnswerSupervision: c.AnswerSupervision(actor, Now, "已加快办理"); break;
            case CaseAction.Escalate: c.Escalate(actor, Now, "群众反映强烈，提请领导批示"); break;
            case CaseAction.Instruct: c.Instruct(actor, Now, "请区住建局牵头，一周内化解"); break;
            case CaseAction.AssignKeyLeader: c.AssignKeyLeader(actor, Now, KeyLeader, "群众反映强烈，列为领导包案"); break;
            case CaseAction.Complete: c.Complete(actor, Now, new CaseCompletion(CaseForm.Complaint, StatutoryClass.ClaimRequest, 1, RegionId, null), "补录"); break;
            case CaseAction.Merge: c.MergeInto(InState(CaseStatus.InProgress), actor, Now, null); break;
            case CaseAction.Assign: c.Assign(actor, Now, Handler.UserId, "承办人甲", null); break;
            default: throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    public static string ErrorCode(Action attempt) => Assert.Throws<RuleViolationException>(attempt).Error.Code;
}
