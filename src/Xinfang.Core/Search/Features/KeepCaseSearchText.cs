using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Data;

namespace Xinfang.Core.Search.Features;

/// <summary>Rewrites a case's searchable words in the transaction of its registration and of every step, so that a case
/// replied a second ago is found by its reply.</summary>
public sealed class KeepCaseSearchText(XinfangDbContext db) : ICaseRegistrationObserver, ICaseStepObserver
{
    public Task RegisteredAsync(IReadOnlyList<Case> cases, CancellationToken ct)
    {
        foreach (var @case in cases)
        {
            db.CaseSearchTexts.Add(new CaseSearchText(@case.Id, TextOf(@case)));
        }

        return Task.CompletedTask;
    }

    public async Task StepTakenAsync(Case @case, CaseAction action, CaseStatus before, CancellationToken ct)
    {
        var text = TextOf(@case);
        var stored = db.CaseSearchTexts.Local.FirstOrDefault(t => t.CaseId == @case.Id)
            ?? await db.CaseSearchTexts.FirstOrDefaultAsync(t => t.CaseId == @case.Id, ct);
        if (stored is null)
        {
            db.CaseSearchTexts.Add(new CaseSearchText(@case.Id, text));
        }
        else if (stored.Text != text)
        {
            stored.Replace(text);
        }
    }

    /// <summary>Subject, content, the reply, and every note and document text of the timeline; then the case's tags
    /// (<see cref="CaseSearchTags"/>), which a step may change as well (dispatch, return).</summary>
    public static string TextOf(Case @case) =>
        TextOf(@case.Subject, @case.Content, @case.ReplyText, @case.Events.Select(e => (e.Note, e.DocumentText)),
            CaseSearchTags.Of(@case.ReceivedMonth, @case.RegionId, @case.Units.Where(u => u.IsCurrent).Select(u => (u.UnitId, u.RegionId))));

    public static string TextOf(string subject, string content, string? reply, IEnumerable<(string? Note, string? Document)> events, string tags) =>
        $"{SearchTexts.Document([subject, content, reply, .. events.SelectMany(e => new[] { e.Note, e.Document })])} {tags}";
}
