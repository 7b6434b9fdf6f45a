namespace Xinfang.Core.Knowledge.Features;

public sealed record KnowledgeListItem(int Id, KnowledgeKind Kind, string KindName, string Title, string Tags, string? Category, string OwnerUnit,
    KnowledgeStatus Status, string StatusName, bool IsPublic, DateOnly ReviewBy, bool IsStale, DateTimeOffset UpdatedAt, int Version, double? Score = null,
    IReadOnlyList<string>? Highlights = null);

public sealed record KnowledgeVersionView(int Number, string Title, string EditedBy, DateTimeOffset EditedAt, string Note, bool IsPublished);

/// <summary>An entry as its page shows it: to readers the published version; to its owners also the version being
/// written (<see cref="Draft"/>) with what they may do next.</summary>
public sealed record KnowledgeEntryView(int Id, KnowledgeKind Kind, string KindName, string? Category, int? CategoryId, string OwnerUnit, int OwnerUnitId,
    string Author, KnowledgeStatus Status, string StatusName, bool IsPublic, DateOnly ReviewBy, bool IsStale, DateTimeOffset? PublishedAt,
    string? ApprovedBy, KnowledgeText? Published, KnowledgeText? Draft, string? ReturnNote, IReadOnlyList<KnowledgeVersionView> Versions,
    IReadOnlyList<string> AvailableActions)
{
    /// <summary>Readers: the published version's files. Owners: also the draft's (<see cref="KnowledgeAttachmentView.InDraft"/>).</summary>
    public IReadOnlyList<KnowledgeAttachmentView> Attachments { get; init; } = [];
}

/// <summary>One file of an entry; <see cref="Url"/> downloads it.</summary>
public sealed record KnowledgeAttachmentView(Guid Id, string FileName, string ContentType, string TypeName, long Size, string Sha256, string UploadedBy,
    DateTimeOffset UploadedAt, bool Published, bool InDraft, string Url);

public sealed record KnowledgeText(int Version, string Title, string Body, string Tags);

public sealed record KnowledgeDiffLine(string Change, string Text);

public sealed record KnowledgeDiff(int From, int To, IReadOnlyList<KnowledgeDiffLine> Title, IReadOnlyList<KnowledgeDiffLine> Body);
