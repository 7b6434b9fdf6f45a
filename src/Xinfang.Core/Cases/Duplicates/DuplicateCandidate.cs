namespace Xinfang.Core.Cases.Duplicates;

public enum DuplicateReason
{
    /// <summary>同一信访人: a petitioner's ID number or phone matches (by keyed hash).</summary>
    SamePerson,
    /// <summary>同地相似: the same township, similar words, another person or channel — a joint or brewing collective matter.</summary>
    SimilarTextSamePlace,
}

public enum DuplicateDecision
{
    SameMatter, // 同一事项
    Repeat,     // 重复信访
    NotRelated, // 不相关
    Merge,      // 并案：本件并入该事项办理
}

/// <summary>An open or recent case that a new matter may repeat, found at registration, with why and how sure; the registrar
/// or dispatcher decides what it is. Candidates are the system's own findings: <see cref="Decide"/> is what people did.</summary>
public sealed class DuplicateCandidate
{
    private DuplicateCandidate()
    {
    }

    public DuplicateCandidate(Guid caseId, Guid otherCaseId, string otherNumber, DuplicateReason reason, double score, string detail, DateTimeOffset foundAt)
    {
        CaseId = caseId;
        OtherCaseId = otherCaseId;
        OtherNumber = otherNumber;
        Reason = reason;
        Score = score;
        Detail = detail;
        FoundAt = foundAt;
    }

    public long Id { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid OtherCaseId { get; private set; }

    public string OtherNumber { get; private set; } = "";

    public DuplicateReason Reason { get; private set; }

    public double Score { get; private set; }

    public string Detail { get; private set; } = "";

    public DateTimeOffset FoundAt { get; private set; }

    public DuplicateDecision? Decision { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public void Decide(DuplicateDecision decision, string by, DateTimeOffset at)
    {
        Decision = decision;
        DecidedBy = by;
        DecidedAt = at;
    }

    public static string Name(DuplicateReason reason) => reason switch
    {
        DuplicateReason.SamePerson => "同一信访人",
        _ => "同地相似诉求",
    };

    public static string Name(DuplicateDecision decision) => decision switch
    {
        DuplicateDecision.SameMatter => "同一事项",
        DuplicateDecision.Repeat => "重复信访",
        DuplicateDecision.Merge => "并案",
        _ => "不相关",
    };
}
