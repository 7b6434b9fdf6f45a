namespace Xinfang.Core.Notices;

/// <summary>The body of one kind of notice as the administrator set it (a kind without a row uses its default).</summary>
public sealed class NoticeTemplate
{
    private NoticeTemplate() { }

    public NoticeTemplate(NoticeKind kind, string body, string updatedBy, DateTimeOffset now)
    {
        Kind = kind;
        Change(body, updatedBy, now);
    }

    public NoticeKind Kind { get; private set; }
    public string Body { get; private set; } = "";
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    internal void Change(string body, string updatedBy, DateTimeOffset now)
    {
        Body = body;
        UpdatedBy = updatedBy;
        UpdatedAt = now;
    }
}
