using Xinfang.Core.Cases.Attachments;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Knowledge;

/// <summary>
/// 知识库条目: written by a unit, approved by its head, read by agents, registrars and handlers (and, when public, by
/// citizens). Every edit is a new numbered version (who, when, what); readers see the approved version
/// (<see cref="PublishedVersion"/>, copied into the Published* fields) while a revision waits for approval. After
/// <see cref="ReviewBy"/> the entry is stale until its owner reviews it.
/// </summary>
public sealed class KnowledgeEntry
{
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 20_000;
    public const int MaxTagsLength = 200;
    private readonly List<KnowledgeVersion> _versions = [];
    private readonly List<KnowledgeAttachment> _attachments = [];

    private KnowledgeEntry()
    {
    }

    public int Id { get; private set; }

    public KnowledgeKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>Markdown (headings, lists, emphasis, links); raw HTML is shown as text.</summary>
    public string Body { get; private set; } = "";

    /// <summary>Comma-separated, e.g. "物业,维修资金".</summary>
    public string Tags { get; private set; } = "";

    public int? CategoryId { get; private set; }

    public int OwnerUnitId { get; private set; }

    public int AuthorUserId { get; private set; }

    public string AuthorName { get; private set; } = "";

    public bool IsPublic { get; private set; }

    /// <summary>Whether the approved version was approved as public. A revision that makes an internal entry public waits
    /// for the head's approval like any other change; one that makes it internal hides it at once
    /// (<see cref="IsOnPortal"/>).</summary>
    public bool PublishedIsPublic { get; private set; }

    public DateOnly ReviewBy { get; private set; }

    public KnowledgeStatus Status { get; private set; }

    public int CurrentVersion { get; private set; }

    public int? PublishedVersion { get; private set; }

    public string? PublishedTitle { get; private set; }

    public string? PublishedBody { get; private set; }

    public string? PublishedTags { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? ApprovedByName { get; private set; }

    /// <summary>Why the unit head sent the latest version back, until it is submitted again.</summary>
    public string? ReturnNote { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<KnowledgeVersion> Versions => _versions;

    /// <summary>Every file of every version (see <see cref="KnowledgeAttachment.IsIn"/>).</summary>
    public IReadOnlyList<KnowledgeAttachment> Attachments => _attachments;

    /// <summary>Shown to citizens on the portal: published, approved as public and still public; never a reply template
    /// (答复口径 are the staff's own wording).</summary>
    public bool IsOnPortal => PublishedVersion is not null && PublishedIsPublic && IsPublic && Kind != KnowledgeKind.ReplyTemplate;

    public bool IsStale(DateOnly today) => PublishedVersion is not null && Status != KnowledgeStatus.Withdrawn && ReviewBy < today;

    public static KnowledgeEntry Write(KnowledgeContent content, int ownerUnitId, Actor author, DateTimeOffset now)
    {
        var entry = new KnowledgeEntry
        {
            OwnerUnitId = ownerUnitId,
            AuthorUserId = author.UserId,
            AuthorName = author.DisplayName,
            CreatedAt = now,
            Status = KnowledgeStatus.Draft,
        };
        entry.Apply(content, author, now, "新建");
        return entry;
    }

    /// <summary>A new version; a published entry stays published in its approved version until this one is approved.</summary>
    public void Revise(KnowledgeContent content, Actor editor, DateTimeOffset now, string? note)
    {
        if (Status == KnowledgeStatus.Submitted)
        {
            throw new RuleViolationException(Error.Rule("knowledge.awaiting_approval", "本条目正在审核，审核完成（或退回）后才能再修改。"));
        }

        Apply(content, editor, now, string.IsNullOrWhiteSpace(note) ? "修改" : note.Trim());
        Status = KnowledgeStatus.Draft;
    }

    /// <summary>Files for the version being written: added to the draft, or to a new version of a published (or withdrawn)
    /// entry, which then waits for approval like any change.</summary>
    public IReadOnlyList<KnowledgeAttachment> Attach(IReadOnlyList<AttachmentFile> files, Actor editor, DateTimeOffset now)
    {
        var current = _attachments.Count(a => a.IsIn(CurrentVersion) || a.AddedInVersion > CurrentVersion);
        if (current + files.Count > KnowledgeAttachment.MaxPerEntry)
        {
            throw new RuleViolationException(Error.Validation(AttachmentRules.Field, "attachment.too_many",
                $"每个条目最多{KnowledgeAttachment.MaxPerEntry}个附件：已有{current}个，本次又选择了{files.Count}个。"));
        }

        OpenVersion(editor, now, $"添加附件：{string.Join("、", files.Select(f => f.FileName))}");
        var added = files.Select(f => new KnowledgeAttachment(f, CurrentVersion, editor.DisplayName, now)).ToList();
        _attachments.AddRange(added);
        return added;
    }

    /// <summary>Takes a file out of the version being written; one added in that very version is deleted outright.</summary>
    public void Detach(Guid attachmentId, Actor editor, DateTimeOffset now)
    {
        var attachment = _attachments.FirstOrDefault(a => a.Id == attachmentId && a.IsIn(CurrentVersion))
            ?? throw new RuleViolationException(Error.NotFound("knowledge.attachment_not_found", "该附件不在本条目的当前版本中。"));
        OpenVersion(editor, now, $"删除附件：{attachment.FileName}");
        if (attachment.AddedInVersion == CurrentVersion)
        {
            _attachments.Remove(attachment);
        }
        else
        {
            attachment.RemoveIn(CurrentVersion);
        }
    }

    /// <summary>A change to the files goes into a draft: the open one, or a new version (same text) of an entry that has none.</summary>
    private void OpenVersion(Actor editor, DateTimeOffset now, string note)
    {
        if (Status == KnowledgeStatus.Submitted)
        {
            throw new RuleViolationException(Error.Rule("knowledge.awaiting_approval", "本条目正在审核，审核完成（或退回）后才能再修改。"));
        }

        if (Status != KnowledgeStatus.Draft)
        {
            Revise(new KnowledgeContent(Kind, Title, Body, Tags, CategoryId, IsPublic, ReviewBy), editor, now, note);
        }

        UpdatedAt = now;
    }

    public void Submit(DateTimeOffset now)
    {
        if (Status != KnowledgeStatus.Draft)
        {
            throw new RuleViolationException(Error.Rule("knowledge.not_draft", "只有草稿可以送审。"));
        }

        Status = KnowledgeStatus.Submitted;
        ReturnNote = null;
        UpdatedAt = now;
    }

    public void Approve(Actor head, DateTimeOffset now)
    {
        if (Status != KnowledgeStatus.Submitted)
        {
            throw new RuleViolationException(Error.Rule("knowledge.not_submitted", "只有待审核的条目可以审核发布。"));
        }

        var version = _versions.Single(v => v.Number == CurrentVersion);
        Status = KnowledgeStatus.Published;
        PublishedVersion = CurrentVersion;
        PublishedTitle = version.Title;
        PublishedBody = version.Body;
        PublishedTags = version.Tags;
        PublishedIsPublic = IsPublic;
        PublishedAt = now;
        ApprovedByName = head.DisplayName;
        UpdatedAt = now;
    }

    public void Return(string note, DateTimeOffset now)
    {
        if (Status != KnowledgeStatus.Submitted)
        {
            throw new RuleViolationException(Error.Rule("knowledge.not_submitted", "只有待审核的条目可以退回。"));
        }

        Status = KnowledgeStatus.Draft;
        ReturnNote = note;
        UpdatedAt = now;
    }

    public void Withdraw(DateTimeOffset now)
    {
        if (PublishedVersion is null || Status == KnowledgeStatus.Withdrawn)
        {
            throw new RuleViolationException(Error.Rule("knowledge.not_published", "只有已发布的条目可以撤回。"));
        }

        Status = KnowledgeStatus.Withdrawn;
        PublishedVersion = null;
        PublishedTitle = PublishedBody = PublishedTags = null;
        PublishedIsPublic = false;
        UpdatedAt = now;
    }

    private void Apply(KnowledgeContent content, Actor editor, DateTimeOffset now, string note)
    {
        Kind = content.Kind;
        Title = content.Title;
        Body = content.Body;
        Tags = content.Tags;
        CategoryId = content.CategoryId;
        IsPublic = content.IsPublic;
        ReviewBy = content.ReviewBy;
        CurrentVersion++;
        UpdatedAt = now;
        _versions.Add(new KnowledgeVersion(CurrentVersion, content.Title, content.Body, content.Tags, editor, now, note));
    }
}

/// <summary>What an author writes; checked by <see cref="Features.KnowledgeRules"/> before it reaches the entry.</summary>
public sealed record KnowledgeContent(KnowledgeKind Kind, string Title, string Body, string Tags, int? CategoryId, bool IsPublic, DateOnly ReviewBy);

/// <summary>One version of an entry as it was saved.</summary>
public sealed class KnowledgeVersion
{
    private KnowledgeVersion()
    {
    }

    internal KnowledgeVersion(int number, string title, string body, string tags, Actor editor, DateTimeOffset at, string note)
    {
        Number = number;
        Title = title;
        Body = body;
        Tags = tags;
        EditedByUserId = editor.UserId;
        EditedByName = editor.DisplayName;
        EditedAt = at;
        Note = note;
    }

    public long Id { get; private set; }

    public int EntryId { get; private set; }

    public int Number { get; private set; }

    public string Title { get; private set; } = "";

    public string Body { get; private set; } = "";

    public string Tags { get; private set; } = "";

    public int EditedByUserId { get; private set; }

    public string EditedByName { get; private set; } = "";

    public DateTimeOffset EditedAt { get; private set; }

    public string Note { get; private set; } = "";
}
