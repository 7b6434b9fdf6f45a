namespace Xinfang.Core.Knowledge;

/// <summary>The kinds of entry the acceptance centre keeps (SPEC §1.8).</summary>
public enum KnowledgeKind
{
    PolicyConsultation, // 政策咨询
    LivelihoodHotspot,  // 民生热点
    ConvenienceTip,     // 便民提示
    ServiceGuide,       // 办事指南
    ReplyTemplate,      // 答复口径
}

/// <summary>Where the entry's latest version stands: written (草稿), sent to the unit head (待审核), approved and visible
/// to readers (已发布), or taken down (已撤回). A published entry being revised stays published in its approved version.</summary>
public enum KnowledgeStatus
{
    Draft,
    Submitted,
    Published,
    Withdrawn,
}

public static class KnowledgeNames
{
    public static string Of(KnowledgeKind kind) => kind switch
    {
        KnowledgeKind.PolicyConsultation => "政策咨询",
        KnowledgeKind.LivelihoodHotspot => "民生热点",
        KnowledgeKind.ConvenienceTip => "便民提示",
        KnowledgeKind.ServiceGuide => "办事指南",
        KnowledgeKind.ReplyTemplate => "答复口径",
        _ => kind.ToString(),
    };

    public static string Of(KnowledgeStatus status) => status switch
    {
        KnowledgeStatus.Draft => "草稿",
        KnowledgeStatus.Submitted => "待审核",
        KnowledgeStatus.Published => "已发布",
        KnowledgeStatus.Withdrawn => "已撤回",
        _ => status.ToString(),
    };
}
