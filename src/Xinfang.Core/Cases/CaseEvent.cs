namespace Xinfang.Core.Cases;

/// <summary>One step of a case's timeline: who did what, when, and the document it produced.</summary>
public sealed class CaseEvent
{
    private CaseEvent() { }

    internal CaseEvent(string action, CaseStatus? from, CaseStatus to, DateTimeOffset at, int actorUserId, string actorName, string? note, CaseDocument? document)
    {
        Action = action;
        FromStatus = from;
        ToStatus = to;
        At = at;
        ActorUserId = actorUserId;
        ActorName = actorName;
        Note = note;
        DocumentKind = document?.Kind;
        DocumentText = document?.Text;
    }

    public long Id { get; private set; }
    public Guid CaseId { get; private set; }
    public string Action { get; private set; } = "";
    public CaseStatus? FromStatus { get; private set; }
    public CaseStatus ToStatus { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int ActorUserId { get; private set; }
    public string ActorName { get; private set; } = "";
    public string? Note { get; private set; }
    public string? DocumentKind { get; private set; }
    public string? DocumentText { get; private set; }
}

/// <summary>A document a step produces (受理告知书, 答复意见书, 复查意见书 …).</summary>
public sealed record CaseDocument(string Kind, string Text);
