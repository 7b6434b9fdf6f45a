using Xinfang.Core.Common;

namespace Xinfang.Core.Performance.LiveData;

/// <summary>Measures a bound figure over a period.</summary>
public interface ILiveFigureSource
{
    Task<Result<LiveMeasurement>> MeasureAsync(LiveBinding binding, DateOnly from, DateOnly to, CancellationToken ct = default);
}
