namespace Xinfang.Core.Notices;

/// <summary>The written notices the Regulations require (SPEC §1.10), each numbered in its own series per year.</summary>
public enum NoticeKind
{
    Acceptance,       // 受理告知书
    Refusal,          // 不予受理告知书
    Transfer,         // 转送/交办告知书
    Extension,        // 延期告知书
    Reply,            // 答复意见书
    ReviewOpinion,    // 复查意见书
    ReReviewOpinion,  // 复核意见书
    AssignmentSheet,  // 交办单
    SupervisionSheet, // 督办单
}
