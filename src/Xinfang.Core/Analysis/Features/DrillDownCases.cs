using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Analysis.Features;

/// <summary>The cases behind a figure: the same filter the figure was counted with, so the list's total is the figure.</summary>
public sealed class DrillDownCases(XinfangDbContext db, ListCases lists, OrganisationDirectory directory)
{
    public const int MaxPage = 100_000;

    public async Task<Result<PagedList<CaseListItem>>> HandleAsync(AnalysisFilter filter, int page, int pageSize, Actor actor, CancellationToken ct = default)
    {
        if (!AnalysisAccess.MayRead(actor))
        {
            return AnalysisAccess.Refused;
        }

        if (filter.Validate() is { IsSuccess: false } invalid)
        {
            return Result.Failure<PagedList<CaseListItem>>([.. invalid.Errors]);
        }

        if (page is < 1 or > MaxPage)
        {
            return Error.Validation("page", "validation.out_of_range", $"页码须在 1 至 {MaxPage} 之间。");
        }

        if (pageSize is < 1 or > ListCases.MaxPageSize)
        {
            return Error.Validation("pageSize", "validation.out_of_range", $"每页条数须在 1 至 {ListCases.MaxPageSize} 之间。");
        }

        var names = await directory.GetAsync(ct);
        return await lists.PageAsync(filter.Apply(db, actor, names), page, pageSize, ct);
    }
}
