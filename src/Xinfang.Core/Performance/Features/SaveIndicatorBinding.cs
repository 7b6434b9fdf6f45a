using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Performance.LiveData;
using Xinfang.Core.Performance.Model;

namespace Xinfang.Core.Performance.Features;

public sealed record SaveIndicatorBinding(string YearId, string ProjectCode, int IndicatorNumber, LiveBinding? Binding);

/// <summary>Binds (or unbinds) an indicator of a stored department-year with <see cref="BindIndicator"/> and keeps
/// the result; a refused binding stores nothing. Only finance staff and administrators change the tables.</summary>
public sealed class SaveIndicatorBindingHandler(PerformanceYears years, IPerformanceYearStore store)
{
    public Result<PerformanceYear> Handle(SaveIndicatorBinding request, Actor actor)
    {
        if (!actor.IsInAny([Roles.Finance, Roles.Admin]))
        {
            return Error.Forbidden("performance.read_only", "只有财务人员和系统管理员可以修改绩效指标的数据来源。");
        }
        if (years.Find(request.YearId) is not { } year)
        {
            return Error.NotFound("performance.year_not_found", $"没有编号为“{request.YearId}”的绩效数据。");
        }
        var bound = BindIndicator.Handle(year, request.ProjectCode, request.IndicatorNumber, request.Binding);
        if (bound.IsSuccess)
        {
            store.Save(bound.Value);
        }
        return bound;
    }
}
