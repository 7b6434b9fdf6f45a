using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Performance.LiveData;

/// <summary>Measures bound figures with the Cases module's own indicator query (<see cref="ThreeRates"/>) over the
/// cases received in the period, district-wide (or for one lead unit), so an indicator and the 三率 page always agree.</summary>
public sealed class CasesFigureSource(ThreeRates threeRates) : ILiveFigureSource
{
    public async Task<Result<LiveMeasurement>> MeasureAsync(LiveBinding binding, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var result = await threeRates.HandleAsync(new ThreeRatesQuery(from, to, binding.UnitId), Actor.System, ct);
        if (!result.IsSuccess)
        {
            return Result.Failure<LiveMeasurement>([.. result.Errors]);
        }
        var view = result.Value;
        var link = CasesLink(from, to, binding.UnitId);
        if (binding.Figure == LiveFigure.MattersReceived)
        {
            return new LiveMeasurement(binding.Figure, view.Cases, "件", null, null, from, to, link);
        }
        var rate = binding.Figure switch
        {
            LiveFigure.Satisfaction => view.Satisfaction,
            LiveFigure.OnTimeClosure => view.OnTimeClosure,
            LiveFigure.TimelyAcceptance => view.TimelyAcceptance,
            _ => view.Participation,
        };
        if (rate.Denominator == 0)
        {
            return Error.Rule("live.nothing_to_measure",
                $"{from:yyyy-MM-dd}至{to:yyyy-MM-dd}没有可计算{LiveFigureNames.Chinese(binding.Figure)}的信访事项（分母为0）。");
        }
        return new LiveMeasurement(binding.Figure, 100m * rate.Numerator / rate.Denominator, "%", rate.Numerator, rate.Denominator, from, to, link);
    }

    /// <summary>The list query of the cases a figure was measured over (the same received-date filter).</summary>
    public static string CasesLink(DateOnly from, DateOnly to, int? unit) =>
        $"/api/cases?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}" + (unit is { } u ? $"&unit={u}" : "");
}
