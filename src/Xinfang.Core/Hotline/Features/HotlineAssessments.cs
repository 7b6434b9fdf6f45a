using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Common.Reporting;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Hotline.Features;

public sealed record HotlineAssessment(string Month, DateOnly From, DateOnly To, IReadOnlyList<AssessmentLine> Lines, decimal Score, int OutOf, string Grade,
    HotlineFigureRow? Figures)
{
    public string Title => $"96097热线运营商{Month[..4]}年{int.Parse(Month[5..], System.Globalization.CultureInfo.InvariantCulture)}月考核表";

    /// <summary>The sheet as report blocks (Word and PDF are rendered from them).</summary>
    public IReadOnlyList<ReportBlock> Blocks(string bureau) =>
    [
        new HeadingBlock(0, Title),
        new LineBlock($"考核单位：{bureau}　　考核期间：{From:yyyy年M月d日}至{To:yyyy年M月d日}", LineAlign.Center),
        new ParagraphBlock(Figures is { } f
            ? $"本月呼入{f.Offered}次，接通{f.Answered}次，放弃{f.Abandoned}次，未接入{f.BusyOrFailed}次。考核得分{Score:0.##}分（满分{OutOf}分），等级：{Grade}。"
            : $"本月无来电记录，考核得分{Score:0.##}分（满分{OutOf}分），等级：{Grade}。"),
        new TableBlock(new PublicTable("考核表", "考核指标与得分", ["考核指标", "要求", "实际", "分值", "得分", "是否达标"],
            [.. Lines.Select(l => (IReadOnlyList<string>)[l.Name, l.Requirement, l.Actual is { } a ? $"{a:0.##}{l.Unit}" : "无数据", l.Points.ToString(System.Globalization.CultureInfo.InvariantCulture),
                l.Score.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), l.Met ? "达标" : "未达标"]),
             ["合计", "", "", OutOf.ToString(System.Globalization.CultureInfo.InvariantCulture), Score.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), Grade]])
        {
            Unit = "分",
            Note = "达标得全分；未达标按比例得分（比率：实际 ÷ 要求；时长与重复来电率：要求 ÷ 实际）；无数据不得分。",
        }),
    ];
}

public sealed record HotlineTargetView(string Figure, string Name, bool HigherIsBetter, string Unit, decimal Level, int Points, bool IsDefault);

public sealed record HotlineTargetRequest(string? Figure, decimal? Level, int? Points);

/// <summary>对热线运营商的考核: the month's figures against the targets the administrator sets.</summary>
public sealed class HotlineAssessments(XinfangDbContext db, HotlineFigureQueries figures)
{
    public async Task<Result<IReadOnlyList<HotlineTargetView>>> TargetsAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsInAny([Roles.Admin, Roles.Supervisor, Roles.Leader, Roles.Dispatcher]))
        {
            return Error.Forbidden("hotline.assessment_forbidden", "无权查看热线考核。");
        }

        var stored = await db.Set<HotlineTarget>().AsNoTracking().ToDictionaryAsync(t => t.Figure, ct);
        return HotlineAssessmentRules.Figures.Select(f => stored.TryGetValue(f.Key, out var t)
            ? new HotlineTargetView(f.Key, f.Name, f.HigherIsBetter, f.Unit, t.Level, t.Points, false)
            : new HotlineTargetView(f.Key, f.Name, f.HigherIsBetter, f.Unit, f.DefaultLevel, f.DefaultPoints, true)).ToList();
    }

    public async Task<Result<HotlineTargetView>> SetTargetAsync(HotlineTargetRequest? request, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsIn(Roles.Admin))
        {
            return Error.Forbidden("hotline.targets_forbidden", "只有管理员可以设置热线考核目标。");
        }

        var figure = HotlineAssessmentRules.Figures.FirstOrDefault(f => f.Key == request?.Figure);
        if (figure is null)
        {
            return Error.Validation("figure", "hotline.unknown_figure", $"考核指标须为：{string.Join("、", HotlineAssessmentRules.Figures.Select(f => f.Key))}。");
        }

        if (request!.Level is not { } level || level < 0 || (figure.Unit == "%" && level > 100) || level > 100000)
        {
            return Error.Validation("level", "validation.out_of_range", figure.Unit == "%" ? "要求须在0至100之间（百分数）。" : "要求须为非负数（秒）。");
        }

        if (request.Points is not (>= 0 and <= 100) || request.Points is null)
        {
            return Error.Validation("points", "validation.out_of_range", "分值须在0至100之间。");
        }

        var target = await db.Set<HotlineTarget>().FirstOrDefaultAsync(t => t.Figure == figure.Key, ct);
        if (target is null)
        {
            db.Add(new HotlineTarget(figure.Key, level, request.Points.Value));
        }
        else
        {
            target.Change(level, request.Points.Value);
        }

        await db.SaveChangesAsync(ct);
        return new HotlineTargetView(figure.Key, figure.Name, figure.HigherIsBetter, figure.Unit, level, request.Points.Value, false);
    }

    /// <param name="month">yyyy-MM</param>
    public async Task<Result<HotlineAssessment>> ForMonthAsync(string? month, Actor actor, CancellationToken ct = default)
    {
        if (month is null || !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var first) || first.Year < 2000 || first.Year > 2100)
        {
            return Error.Validation("month", "validation.unreadable", "请提供考核月份 month（yyyy-MM，如 2026-11）。");
        }

        var targets = await TargetsAsync(actor, ct);
        if (!targets.IsSuccess)
        {
            return Result.Failure<HotlineAssessment>([.. targets.Errors]);
        }

        var last = first.AddMonths(1).AddDays(-1);
        var computed = await figures.HandleAsync(first, last, null, actor, ct);
        if (!computed.IsSuccess)
        {
            return Result.Failure<HotlineAssessment>([.. computed.Errors]);
        }

        var total = computed.Value.Total;
        var lines = targets.Value.Select(t => HotlineAssessmentRules.Line(HotlineAssessmentRules.Of(t.Figure), t.Level, t.Points,
            HotlineAssessmentRules.Value(total, t.Figure))).ToList();
        var outOf = lines.Sum(l => l.Points);
        var score = lines.Sum(l => l.Score);
        return new HotlineAssessment(first.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), first, last, lines, score, outOf,
            HotlineAssessmentRules.Grade(score, outOf), total);
    }
}
