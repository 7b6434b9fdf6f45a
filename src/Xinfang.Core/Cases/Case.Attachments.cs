using Xinfang.Core.Cases.Attachments;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Cases;

/// <summary>The documents of a case (SPEC §1.2 "content and attachments"): each is filed under a timeline step —
/// the registration, a reply, or a step of its own (补充附件) — so the timeline names every document it holds.</summary>
public sealed partial class Case
{
    public const string AttachAction = "Attach";

    private readonly List<CaseAttachment> _attachments = [];

    /// <summary>What is attached (names, types, sizes, hashes); the bytes are loaded only for a download.</summary>
    public IReadOnlyList<CaseAttachment> Attachments => _attachments;

    /// <summary>Files that come with a step of this case (the registration, a reply …). Only the person who took
    /// the step adds to it, and a step carries at most <paramref name="maxPerStep"/> files.</summary>
    public void Attach(CaseEvent step, IReadOnlyList<AttachmentFile> files, Actor actor, DateTimeOffset now, int maxPerStep)
    {
        if (!_events.Contains(step))
        {
            throw new ArgumentException("The step is not part of this case.", nameof(step));
        }

        if (AttachError(step, actor) is { } error)
        {
            throw new RuleViolationException(error);
        }

        var already = _attachments.Count(a => ReferenceEquals(a.Event, step) || (step.Id != 0 && a.EventId == step.Id));
        if (already + files.Count > maxPerStep)
        {
            throw new RuleViolationException(AttachmentRules.TooMany(maxPerStep, files.Count, already));
        }

        _attachments.AddRange(files.Select((f, i) => new CaseAttachment(Id, step, already + i + 1, f, actor.UserId, actor.DisplayName, now)));
    }

    /// <summary>Why this actor may not add files to this step (null when they may): only to a step they took themselves.</summary>
    public static Error? AttachError(CaseEvent step, Actor actor) =>
        step.ActorUserId != actor.UserId && actor.UserId != Actor.System.UserId
            ? Error.Forbidden("attachment.not_own_step", $"只能给本人办理的环节添加附件（该环节由{step.ActorName}办理）。")
            : null;

    /// <summary>Files added on their own, in any state: a timeline step of their own that names them. The case's
    /// state and version do not change, so nobody's open action becomes stale.</summary>
    public CaseEvent AddAttachments(IReadOnlyList<AttachmentFile> files, Actor actor, DateTimeOffset now, int maxPerStep)
    {
        if (files.Count == 0)
        {
            throw new ArgumentException("Nothing to attach.", nameof(files));
        }

        if (files.Count > maxPerStep)
        {
            throw new RuleViolationException(AttachmentRules.TooMany(maxPerStep, files.Count));
        }

        var step = new CaseEvent(AttachAction, Status, Status, now, actor.UserId, actor.DisplayName,
            $"补充附件：{string.Join("、", files.Select(f => f.FileName))}", null);
        _events.Add(step);
        Attach(step, files, actor, now, maxPerStep);
        return step;
    }
}
