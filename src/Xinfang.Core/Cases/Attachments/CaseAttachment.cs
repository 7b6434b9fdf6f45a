namespace Xinfang.Core.Cases.Attachments;

/// <summary>
/// A document attached to a case (a scanned letter, a photo, a reply document, a hotline recording), filed under
/// the timeline step it came with. This row is the cheap part a case page lists; the bytes live in
/// <see cref="AttachmentContent"/>, one row each, read only for a download.
/// </summary>
public sealed class CaseAttachment
{
    private CaseAttachment() { }

    internal CaseAttachment(Guid caseId, CaseEvent step, int ordinal, AttachmentFile file, int uploadedByUserId, string uploadedByName, DateTimeOffset uploadedAt)
    {
        Id = Guid.CreateVersion7(uploadedAt);
        CaseId = caseId;
        Event = step;
        Ordinal = ordinal;
        FileName = file.FileName;
        ContentType = file.Type.MediaType;
        Kind = file.Type.Type.Kind;
        Size = file.Content.Length;
        Sha256 = file.Sha256;
        UploadedByUserId = uploadedByUserId;
        UploadedByName = uploadedByName;
        UploadedAt = uploadedAt;
        Content = new AttachmentContent(Id, file.Content);
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }

    /// <summary>The timeline step (登记, 答复, 补充附件 …) the document belongs to.</summary>
    public long EventId { get; private set; }
    public CaseEvent? Event { get; private set; }

    /// <summary>1, 2, 3 … in the order the files were given within their step.</summary>
    public int Ordinal { get; private set; }

    /// <summary>The client's file name, sanitised; its extension matches the detected type.</summary>
    public string FileName { get; private set; } = "";

    /// <summary>Detected from the bytes, never taken from the client.</summary>
    public string ContentType { get; private set; } = "";
    public FileKind Kind { get; private set; }
    public long Size { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the content: a download can be checked against it.</summary>
    public string Sha256 { get; private set; } = "";
    public int UploadedByUserId { get; private set; }
    public string UploadedByName { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>Loaded only when the bytes are wanted.</summary>
    public AttachmentContent? Content { get; private set; }
}

/// <summary>The bytes of one attachment, in a table of their own so that listing attachments never reads them.</summary>
public sealed class AttachmentContent
{
    private AttachmentContent() { }

    internal AttachmentContent(Guid attachmentId, byte[] bytes)
    {
        AttachmentId = attachmentId;
        Bytes = bytes;
    }

    public Guid AttachmentId { get; private set; }
    public byte[] Bytes { get; private set; } = [];
}
