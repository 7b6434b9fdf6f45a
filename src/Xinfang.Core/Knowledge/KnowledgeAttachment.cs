using Xinfang.Core.Cases.Attachments;

namespace Xinfang.Core.Knowledge;

/// <summary>
/// A document that goes with a knowledge entry (a policy text, a form to fill in, a guide's flow chart). It belongs to
/// the versions from the one it was added in until the one it was removed in, so a file added to a revision is seen by
/// readers only once that revision is approved, and one removed stays in the published version until then. The bytes
/// live in <see cref="KnowledgeAttachmentContent"/>, read only for a download.
/// </summary>
public sealed class KnowledgeAttachment
{
    public const int MaxPerEntry = 20;

    private KnowledgeAttachment()
    {
    }

    internal KnowledgeAttachment(AttachmentFile file, int addedInVersion, string uploadedByName, DateTimeOffset uploadedAt)
    {
        Id = Guid.CreateVersion7(uploadedAt);
        FileName = file.FileName;
        ContentType = file.Type.MediaType;
        Kind = file.Type.Type.Kind;
        Size = file.Content.Length;
        Sha256 = file.Sha256;
        AddedInVersion = addedInVersion;
        UploadedByName = uploadedByName;
        UploadedAt = uploadedAt;
        Content = new KnowledgeAttachmentContent(Id, file.Content);
    }

    public Guid Id { get; private set; }
    public int EntryId { get; private set; }
    public string FileName { get; private set; } = "";

    /// <summary>Detected from the bytes, never taken from the client.</summary>
    public string ContentType { get; private set; } = "";
    public FileKind Kind { get; private set; }
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public int AddedInVersion { get; private set; }
    public int? RemovedInVersion { get; private set; }
    public string UploadedByName { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
    public KnowledgeAttachmentContent? Content { get; private set; }

    /// <summary>Whether the file is part of version <paramref name="version"/> (null: no version, e.g. nothing published).</summary>
    public bool IsIn(int? version) => version is { } v && AddedInVersion <= v && (RemovedInVersion is null || RemovedInVersion > v);

    internal void RemoveIn(int version) => RemovedInVersion = version;
}

/// <summary>The bytes of one knowledge attachment, in a table of their own.</summary>
public sealed class KnowledgeAttachmentContent
{
    private KnowledgeAttachmentContent()
    {
    }

    internal KnowledgeAttachmentContent(Guid attachmentId, byte[] bytes)
    {
        AttachmentId = attachmentId;
        Bytes = bytes;
    }

    public Guid AttachmentId { get; private set; }
    public byte[] Bytes { get; private set; } = [];
}
