namespace Xinfang.Core.Supervision;

/// <summary>One line of a key issue's record: who, when, what, and the status before and after.</summary>
public sealed class KeyIssueNote
{
    private KeyIssueNote() { }

    internal KeyIssueNote(Guid issueId, int sequence, KeyIssueNoteKind kind, DateTimeOffset at, int actorUserId, string actorName, string text,
        KeyIssueStatus? statusBefore, KeyIssueStatus statusAfter)
    {
        Id = Guid.CreateVersion7(at);
        KeyIssueId = issueId;
        Sequence = sequence;
        Kind = kind;
        At = at;
        ActorUserId = actorUserId;
        ActorName = actorName;
        Text = text;
        StatusBefore = statusBefore;
        StatusAfter = statusAfter;
    }

    public Guid Id { get; private set; }
    public Guid KeyIssueId { get; private set; }

    /// <summary>The issue's version this line made: the order of the record, even within one instant.</summary>
    public int Sequence { get; private set; }
    public KeyIssueNoteKind Kind { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int ActorUserId { get; private set; }
    public string ActorName { get; private set; } = "";
    public string Text { get; private set; } = "";
    public KeyIssueStatus? StatusBefore { get; private set; }
    public KeyIssueStatus StatusAfter { get; private set; }
}

/// <summary>A case linked to a key issue (several petitions about one problem).</summary>
public sealed class KeyIssueCase
{
    private KeyIssueCase() { }

    internal KeyIssueCase(Guid issueId, Guid caseId, string caseNumber, DateTimeOffset linkedAt, int linkedByUserId)
    {
        KeyIssueId = issueId;
        CaseId = caseId;
        CaseNumber = caseNumber;
        LinkedAt = linkedAt;
        LinkedByUserId = linkedByUserId;
    }

    public Guid KeyIssueId { get; private set; }
    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public DateTimeOffset LinkedAt { get; private set; }
    public int LinkedByUserId { get; private set; }
}
