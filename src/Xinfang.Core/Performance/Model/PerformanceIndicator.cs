using Xinfang.Core.Performance.LiveData;

namespace Xinfang.Core.Performance.Model;

/// <summary>One 三级 indicator of a project's performance targets, as the department wrote it: the levels above it,
/// 指标性质 as printed (≥ ≤ ＝ 定性 …), the target value (a number, or the scale of a qualitative indicator such as
/// 好坏), the unit, the completion value (完成值, as printed), the weight, the score entered and the reason for a
/// shortfall. A bound indicator has its completion value measured from the Cases module instead.</summary>
public sealed record PerformanceIndicator
{
    /// <summary>一级指标: 产出指标 / 效益指标 / 满意度指标.</summary>
    public string Level1 { get; init; } = "";
    /// <summary>二级指标, e.g. 数量指标, 社会效益指标, 服务对象满意度指标.</summary>
    public string Level2 { get; init; } = "";
    /// <summary>三级指标: the concrete indicator.</summary>
    public string Name { get; init; } = "";
    public string Nature { get; init; } = "";
    public string Target { get; init; } = "";
    public string? Unit { get; init; }
    public string? Completion { get; init; }
    public decimal? Weight { get; init; }
    public decimal? EnteredScore { get; init; }
    public string? ShortfallReason { get; init; }
    public LiveBinding? Binding { get; init; }
    /// <summary>Set when the completion value was measured from live data (see <see cref="Features.MeasureBoundIndicators"/>).</summary>
    public LiveMeasurement? Measurement { get; init; }
}
