using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Performance.LiveData;
using Xinfang.Core.Performance.Model;

namespace Xinfang.Core.Performance.Features;

public sealed record SaveIndicatorBinding(string YearId, string ProjectCode, int IndicatorNumber, LiveBinding? Binding, int? ExpectedRevision = null);

/// <summary>Binds (or unbinds) an indicator of a stored department-year with <see cref="BindIndicator"/> and keeps
/// the result; a refused binding stores nothing. Only finance staff and administrators change the tables.</summary>
public sealed class SaveIndicatorBindingHandler(PerformanceYears years, IPerformanceYearStore store)
{
    public async Task<Result<StoredYear>> HandleAsync(SaveIndicatorBinding request, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsInAny([Roles.Finance, Roles.Admin]))
        {
            return Error.Forbidden("performance.read_only", "只有财务人员和系统管理员可以修改绩效指标的数据来源。");
        }
        if (await years.FindAsync(request.YearId, ct) is not { } stored)
        {
            return Error.NotFound("performance.year_not_found", $"没有编号为“{request.YearId}”的绩效数据。");
        }
        var bound = BindIndicator.Handle(stored.Year, request.ProjectCode, request.IndicatorNumber, request.Binding);
        return bound.IsSuccess
            ? await store.SaveAsync(bound.Value, request.ExpectedRevision ?? stored.Revision, ct)
            : Result.Failure<StoredYear>([.. bound.Errors]);
    }
}
