namespace Xinfang.Core.Cases;

/// <summary>
/// What a case contributes to the 三率 (SPEC §1.7), packed into one small integer that is stored on the case and
/// kept in step by the aggregate. The rates of a period then group a narrow covering index by this number instead
/// of evaluating the definitions on every row (a year of a million cases stays well under half a second).
/// The only time-dependent parts — an acceptance or reply that is still missing after its deadline — are read
/// from the due dates at query time.
/// </summary>
[Flags]
public enum RateFacts
{
    None = 0,
    AcceptDecided = 1,   // 受理与否已决定
    AcceptInTime = 2,    // 按期决定
    Replied = 4,         // 已答复
    RepliedInTime = 8,   // 按期答复（延期已计入）
    Rated = 16,          // 已评价
    Satisfied = 32,      // 满意或基本满意
    Answered = 64,       // 已答复且仍计入参评基数的状态
}

public static class CaseRateFacts
{
    /// <summary>States in which a reply has been given, so that the petitioner can have rated it (参评率 base).</summary>
    public static readonly IReadOnlySet<CaseStatus> AnsweredStates = new HashSet<CaseStatus>
    {
        CaseStatus.Replied, CaseStatus.CalledBack, CaseStatus.Closed, CaseStatus.InReview, CaseStatus.Reviewed,
        CaseStatus.InReReview, CaseStatus.Final,
    };

    public static RateFacts Of(Case c)
    {
        var facts = RateFacts.None;
        if (c.AcceptDecidedOn is not null) facts |= RateFacts.AcceptDecided;
        if (c.AcceptDecidedInTime == true) facts |= RateFacts.AcceptInTime;
        if (c.RepliedOn is not null) facts |= RateFacts.Replied;
        if (c.RepliedInTime == true) facts |= RateFacts.RepliedInTime;
        if (c.Satisfaction is not null) facts |= RateFacts.Rated;
        if (c.Satisfaction is Satisfaction.Satisfied or Satisfaction.FairlySatisfied) facts |= RateFacts.Satisfied;
        if (AnsweredStates.Contains(c.Status)) facts |= RateFacts.Answered;
        return facts;
    }
}
