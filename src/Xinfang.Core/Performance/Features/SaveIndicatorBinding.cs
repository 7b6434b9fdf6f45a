using Xinfang.Core.Common;
using Xinfang.Core.Performance.LiveData;
using Xinfang.Core.Performance.Model;

namespace Xinfang.Core.Performance.Features;

public sealed record SaveIndicatorBinding(string YearId, string ProjectCode, int IndicatorNumber, LiveBinding? Binding);

/// <summary>Binds (or unbinds) an indicator of a stored department-year with <see cref="BindIndicator"/> and keeps
/// the result; a refused binding stores nothing.</summary>
public sealed class SaveIndicatorBindingHandler(PerformanceYears years, IPerformanceYearStore store)
{
    public Result<PerformanceYear> Handle(SaveIndicatorBinding request)
    {
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
