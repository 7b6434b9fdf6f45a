namespace Xinfang.Core.Cases;

/// <summary>Where a matter came in (SPEC §1.1).</summary>
public enum Channel
{
    Letter,            // 来信
    Visit,             // 来访
    VideoVisit,        // 视频接访
    Hotline96097,      // 来电（96097）
    ProvincialOnline,  // 四川省网上信访信息系统
    Hotline12345,      // 12345交办
    MayorMailbox,      // 市长信箱
    SecretaryMailbox,  // 区委书记信箱
    DistrictHeadMailbox, // 区长信箱
    PeoplesDailyBoard, // 人民网地方领导留言板
    WenzhengSichuan,   // 问政四川
    MalaCommunity,     // 麻辣社区“群众呼声”
    WebsiteOrApp,      // 网站/微信/微博/APP
    HigherAssigned,    // 上级交办、领导批示
    Portal,            // 群众门户
}

/// <summary>待补录: what a matter from a channel still lacks that a registrar adds (SPEC §1.2). A case with a gap is
/// numbered and its clock runs, but it cannot be disposed of until the registrar completes it.</summary>
[Flags]
public enum IntakeGaps
{
    None = 0,
    Category = 1,       // 问题分类
    Place = 2,          // 发生地（乡镇街道）
    Form = 4,           // 诉求形式
    StatutoryClass = 8, // 事项类别
}

public enum CaseForm
{
    Complaint,     // 投诉
    Report,        // 举报
    Suggestion,    // 建议
    Consultation,  // 咨询
    Help,          // 求助
    Opinion,       // 意见
}

/// <summary>The three classes of the 2022 Regulations (《信访工作条例》第三十一条).</summary>
public enum StatutoryClass
{
    SuggestionOpinion, // 建议意见类
    Accusation,        // 检举控告类
    ClaimRequest,      // 申诉求决类
}

public enum SkipLevel
{
    None,
    ToCity,     // 到市
    ToProvince, // 赴省
    ToBeijing,  // 进京
}

public enum CaseStatus
{
    Registered,         // 已登记
    Dispatched,         // 待签收
    AwaitingAcceptance, // 待受理
    InProgress,         // 办理中
    ResultReported,     // 待审核（交办件办理结果报告）
    Replied,            // 已答复（待回访）
    CalledBack,         // 已回访（不满意，待决定）
    Closed,             // 办结
    NotAccepted,        // 不予受理
    InReview,           // 复查中
    Reviewed,           // 已复查
    InReReview,         // 复核中
    Final,              // 终结
    Merged,             // 已并案（并入另一事项办理）
}

/// <summary>How the bureau disposed of a registered matter (SPEC §1.3).</summary>
public enum Disposal
{
    HandleItself, // 自办
    Forward,      // 转送
    Assign,       // 交办
}

public enum Satisfaction
{
    Satisfied,      // 满意
    FairlySatisfied, // 基本满意
    Unsatisfied,    // 不满意
}

public enum UnitRole
{
    Lead, // 主办
    Co,   // 协办
}

public enum ExtensionState
{
    None,
    Requested,
    Approved,
    Rejected,
}
