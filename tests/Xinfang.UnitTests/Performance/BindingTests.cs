using Microsoft.Extensions.Time.Testing;
using Xinfang.Core.Common;
using Xinfang.Core.Performance.Features;
using Xinfang.Core.Performance.LiveData;
using Xinfang.Core.Performance.Samples;
using Xinfang.Core.Performance.Scoring;

namespace Xinfang.UnitTests.Performance;

/// <summary>Binding an indicator and measuring it through a stand-in source (the real one, over the database, is
/// tested in Xinfang.IntegrationTests/Performance).</summary>
public sealed class BindingTests
{
    private sealed class FixedSource(int numerator, int denominator) : ILiveFigureSource
    {
        public List<(LiveBinding Binding, DateOnly From, DateOnly To)> Calls { get; } = [];

        public Task<Result<LiveMeasurement>> MeasureAsync(LiveBinding binding, DateOnly from, DateOnly to, CancellationToken ct = default)
        {
            Calls.Add((binding, from, to));
            return Task.FromResult<Result<LiveMeasurement>>(new LiveMeasurement(binding.Figure, 100m * numerator / denominator, "%", numerator, denominator, from, to,
                CasesFigureSource.CasesLink(from, to, binding.UnitId)));
        }
    }

    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2023, 2, 1, 9, 0, 0, ChinaTime.Offset));

    private static int SatisfactionNumber => Renhe2022Performance.Create().Projects.Single(p => p.Code == Renhe2022Performance.AcceptanceCentreCode)
        .Indicators.ToList().FindIndex(i => i.Name == Renhe2022Performance.SatisfactionIndicator) + 1;

    [Fact]
    public async Task Measure_WhenSatisfactionIsBound_FillsTheCompletionForTheFiscalYearAndScoresIt()
    {
        var bound = BindIndicator.Handle(Renhe2022Performance.Create(), Renhe2022Performance.AcceptanceCentreCode, SatisfactionNumber, new LiveBinding(LiveFigure.Satisfaction)).Value;
        var source = new FixedSource(97, 100);

        var measured = (await new MeasureBoundIndicators(source, Clock).HandleAsync(bound)).Value;

        var call = Assert.Single(source.Calls);
        Assert.Equal((new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31)), (call.From, call.To));
        var score = EvaluatePerformance.Handle(measured).Project(Renhe2022Performance.AcceptanceCentreCode).Indicators[SatisfactionNumber - 1];
        Assert.Equal(97m, score.CompletionValue);
        Assert.Equal(10m, score.RuleScore);
        Assert.Contains(score.Findings, f => f.Code == FindingCodes.CompletionMeasured && f.Message.Contains("/api/cases?from=2022-01-01&to=2022-12-31", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Measure_WhenBelowTarget_ScoresProportionally()
    {
        var bound = BindIndicator.Handle(Renhe2022Performance.Create(), Renhe2022Performance.AcceptanceCentreCode, SatisfactionNumber, new LiveBinding(LiveFigure.Satisfaction)).Value;

        var measured = (await new MeasureBoundIndicators(new FixedSource(3, 4), Clock).HandleAsync(bound)).Value;

        var score = EvaluatePerformance.Handle(measured).Project(Renhe2022Performance.AcceptanceCentreCode).Indicators[SatisfactionNumber - 1];
        Assert.Equal(75m / 95m * 10m, score.RuleScore);
    }

    [Fact]
    public void Bind_WhenUnitDoesNotFitTheFigure_ExplainsWhichField()
    {
        var year = Renhe2022Performance.Create();
        var costNumber = 6; // 成本指标 ≥ 10 套

        var wrongUnit = BindIndicator.Handle(year, Renhe2022Performance.AcceptanceCentreCode, costNumber, new LiveBinding(LiveFigure.Satisfaction));
        var qualitative = BindIndicator.Handle(year, Renhe2022Performance.AcceptanceCentreCode, 2, new LiveBinding(LiveFigure.Satisfaction));
        var missing = BindIndicator.Handle(year, "51041122T000000000000", 1, new LiveBinding(LiveFigure.Satisfaction));
        var outOfRange = BindIndicator.Handle(year, Renhe2022Performance.AcceptanceCentreCode, 8, new LiveBinding(LiveFigure.Satisfaction));

        Assert.Equal(("binding", "performance.binding_unit"), (wrongUnit.FirstError.Field, wrongUnit.FirstError.Code));
        Assert.Contains("度量单位是“套”", wrongUnit.FirstError.Message, StringComparison.Ordinal);
        Assert.Equal("performance.binding_qualitative", qualitative.FirstError.Code);
        Assert.Equal("projectCode", missing.FirstError.Field);
        Assert.Equal("indicatorNumber", outOfRange.FirstError.Field);
    }
}
