using Xinfang.Core.Analysis.Briefing;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Documents.Analysis;

namespace Xinfang.Web.Analysis;

/// <summary>Generates a briefing, renders it as Word and PDF and keeps both: the one path of the API, the page and the
/// schedule (rendering lives in Documents, which the business library does not reference).</summary>
public sealed class BriefingKeeper(BuildBriefing build, BriefingArchive archive)
{
    public async Task<Result<StoredBriefingItem>> KeepAsync(BriefingPeriod period, string? note, Actor actor, string generatedBy, CancellationToken ct = default)
    {
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        var briefing = await build.HandleAsync(period, trimmed, actor, ct);
        if (!briefing.IsSuccess)
        {
            return Result.Failure<StoredBriefingItem>([.. briefing.Errors]);
        }

        return await archive.SaveAsync(briefing.Value, trimmed, generatedBy,
            BriefingRenderer.Bytes(briefing.Value, BriefingFormat.Docx), BriefingRenderer.Bytes(briefing.Value, BriefingFormat.Pdf), ct);
    }
}
