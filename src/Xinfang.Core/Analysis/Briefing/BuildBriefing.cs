using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Analysis.Features;
using Xinfang.Core.Analysis.Warnings;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Common.Reporting;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Analysis.Briefing;

/// <summary>The figures the briefing's sentences are made of (kept with it, and what the tests compare).</summary>
public sealed record BriefingFigures(int Cases, int Previous, int LastYear, Rate TimelyAcceptance, Rate OnTimeClosure, Rate Satisfaction,
    int Collective, int SkipLevel, int Repeat, int Warnings, int KeyCases);

public sealed record BriefingDocument(string Title, BriefingPeriod Period, IReadOnlyList<ReportBlock> Blocks, BriefingFigures Figures);

/// <summary>
/// 信访形势分析 (SPEC §1.9): a week's, month's or quarter's petitions for the district's leaders, every sentence computed —
/// totals against the period before and the same period a year before, channels, the three rates, the units best and
/// worst on time, the categories and places that grew, the period's warnings and words, the key cases and their
/// progress — with three charts, and the bureau's own note (编者按) where it gives one.
/// </summary>
public sealed class BuildBriefing(XinfangDbContext db, SliceCases slices, WarningQueries warnings, PeriodKeywords keywords, OrganisationDirectory directory,
    DistrictOptions district)
{
    public static readonly IReadOnlySet<string> Readers = new HashSet<string> { Roles.Leader, Roles.Supervisor, Roles.Admin };
    public const int MaxNoteLength = 2000;
    private const int MinCasesToRank = 3;

    public async Task<Result<BriefingDocument>> HandleAsync(BriefingPeriod period, string? note, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsInAny(Readers) || actor.Scope.Kind != DataScopeKind.District)
        {
            return Error.Forbidden("briefing.forbidden", "只有领导、督办员和管理员可以生成信访形势分析。");
        }

        if (note is { Length: > MaxNoteLength } || note?.Any(ch => char.IsControl(ch) && ch is not '\n' and not '\r') == true)
        {
            return Error.Validation("note", "validation.invalid", $"编者按不能超过{MaxNoteLength}字，且不能含控制字符。");
        }

        var filter = AnalysisFilter.Of(period.From, period.To);
        var previous = period.Previous;
        var (lastFrom, lastTo) = period.YearBefore;

        async Task<SliceView> Slice(AnalysisFilter f, AnalysisDimension rows) =>
            (await slices.HandleAsync(new SliceQuery(f, rows), actor, ct)).Value;

        var byChannel = await Slice(filter, AnalysisDimension.Channel);
        var before = await Slice(AnalysisFilter.Of(previous.From, previous.To), AnalysisDimension.Channel);
        var lastYear = await Slice(AnalysisFilter.Of(lastFrom, lastTo), AnalysisDimension.Channel);
        var byCategory = await Slice(filter, AnalysisDimension.Category);
        var categoriesBefore = (await Slice(AnalysisFilter.Of(previous.From, previous.To), AnalysisDimension.Category)).Items.ToDictionary(r => r.Key, r => r.Count);
        var byTownship = await Slice(filter, AnalysisDimension.Township);
        var byUnit = await Slice(filter, AnalysisDimension.Unit);
        static int Flagged(SliceView s, Func<string, bool> flagged) => s.Items.Where(r => flagged(r.Key)).Sum(r => r.Count);
        var collective = Flagged(await Slice(filter, AnalysisDimension.Collective), key => key == "true");
        var skipLevel = Flagged(await Slice(filter, AnalysisDimension.SkipLevel), key => key != nameof(SkipLevel.None));
        var repeat = Flagged(await Slice(filter, AnalysisDimension.Repeat), key => key == "true");
        var periodWarnings = (await warnings.ListAsync(new WarningListQuery(period.From, period.To), actor, ct)).Value;
        // The briefing names ten words: a thousand matters of each period show them as well as three thousand, in a third of the time.
        var words = (await keywords.HandleAsync(filter, actor, 10, sampleSize: 1000, ct: ct)).Value;
        var keyCases = await KeyCasesAsync(period, ct);

        var total = byChannel.Total;
        var figures = new BriefingFigures(total.Count, before.Total.Count, lastYear.Total.Count, total.TimelyAcceptance, total.OnTimeClosure, total.Satisfaction,
            collective, skipLevel, repeat, periodWarnings.Count, keyCases.Count);
        var title = $"{DistrictName()}信访形势分析（{period.Name}）";
        var blocks = new List<ReportBlock>
        {
            new HeadingBlock(0, title),
            new LineBlock($"{district.BureauName}　{period.KindName}", LineAlign.Center),
        };

        if (!string.IsNullOrWhiteSpace(note))
        {
            blocks.Add(new HeadingBlock(2, "编者按"));
            blocks.AddRange(note.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => new ParagraphBlock(p)));
        }

        blocks.Add(new HeadingBlock(1, "一、总体情况"));
        blocks.Add(new ParagraphBlock(
            $"{period.Name}，全区共受理信访事项{total.Count}件，{Compare("上期", total.Count, before.Total.Count)}，{Compare("去年同期", total.Count, lastYear.Total.Count)}。"
            + (total.Count == 0 ? "" : $"从来源渠道看，{string.Join("，", byChannel.Items.Take(4).Select(r => $"{r.Name}{r.Count}件（占{Share(r.Count, total.Count)}）"))}。")
            + $"其中集体访{collective}件、越级访{skipLevel}件、重复访{repeat}件。"));
        if (total.Count > 0)
        {
            blocks.Add(new ChartBlock(Pie(1, "信访事项来源渠道", byChannel)));
        }

        blocks.Add(new HeadingBlock(1, "二、“三率”情况"));
        blocks.Add(new ParagraphBlock(
            $"及时受理率{RateText(total.TimelyAcceptance)}，按期办结率{RateText(total.OnTimeClosure)}，群众满意率{RateText(total.Satisfaction)}。"
            + $"与上期相比，及时受理率{Move(total.TimelyAcceptance, before.Total.TimelyAcceptance)}，按期办结率{Move(total.OnTimeClosure, before.Total.OnTimeClosure)}，"
            + $"群众满意率{Move(total.Satisfaction, before.Total.Satisfaction)}。"));

        blocks.Add(new HeadingBlock(1, "三、各单位办理情况"));
        var ranked = byUnit.Items.Where(r => r.Key != AnalysisDimensions.None && r.OnTimeClosure.Denominator >= MinCasesToRank)
            .OrderByDescending(r => r.OnTimeClosure.Value).ThenByDescending(r => r.Count).ToList();
        if (ranked.Count == 0)
        {
            blocks.Add(new ParagraphBlock($"本期尚无单位有{MinCasesToRank}件以上应办结事项，暂不排名。"));
        }
        else
        {
            var best = ranked.Take(3).ToList();
            var worst = ranked.AsEnumerable().Reverse().Take(3).Where(r => !best.Contains(r) && r.OnTimeClosure.Value < 1).ToList();
            blocks.Add(new ParagraphBlock($"按期办结率较高的单位：{string.Join("、", best.Select(r => $"{r.Name}（{RateText(r.OnTimeClosure)}）"))}。"
                + (worst.Count == 0 ? "" : $"按期办结率较低、需要督促的单位：{string.Join("、", worst.Select(r => $"{r.Name}（{RateText(r.OnTimeClosure)}）"))}。")));
            blocks.Add(new TableBlock(new PublicTable("表1", "各单位办理情况", ["主办单位", "事项（件）", "按期办结率", "及时受理率", "满意率"],
                ranked.Take(15).Select(r => (IReadOnlyList<string>)[r.Name, $"{r.Count}", RateText(r.OnTimeClosure), RateText(r.TimelyAcceptance), RateText(r.Satisfaction)])
                    .ToList()) { Unit = "件" }));
        }

        blocks.Add(new HeadingBlock(1, "四、热点问题与预警"));
        var categories = byCategory.Items.Where(r => r.Key != AnalysisDimensions.None).Take(5).ToList();
        if (categories.Count > 0)
        {
            blocks.Add(new ParagraphBlock("反映较多的问题：" + string.Join("；", categories.Select(r =>
                $"{r.Name}{r.Count}件（{Compare("上期", r.Count, categoriesBefore.GetValueOrDefault(r.Key))}）")) + "。"));
            blocks.Add(new ChartBlock(Bars(2, "反映较多的问题（件）", categories)));
            var examples = await ExamplesAsync(filter, categories.Take(3).Select(c => c.Key).ToList(), actor, ct);
            if (examples.Count > 0)
            {
                blocks.Add(new ParagraphBlock("典型事项：" + string.Join("；", examples) + "。"));
            }
        }

        var places = byTownship.Items.Where(r => r.Key != AnalysisDimensions.None).Take(3).ToList();
        if (places.Count > 0)
        {
            blocks.Add(new ParagraphBlock($"信访事项较多的乡镇（街道）：{string.Join("、", places.Select(r => $"{r.Name}{r.Count}件"))}。"));
            blocks.Add(new ChartBlock(Bars(3, "各乡镇（街道）信访事项（件）", byTownship.Items.Where(r => r.Key != AnalysisDimensions.None).Take(13).ToList())));
        }

        blocks.Add(new ParagraphBlock(periodWarnings.Count == 0
            ? "本期未发生预警。"
            : $"本期发出预警{periodWarnings.Count}条（已确认{periodWarnings.Count(w => w.Status == WarningStatus.Acknowledged)}条）："
              + string.Join("", periodWarnings.Take(5).Select(w => $"【{w.KindName}】{w.Summary}"))));
        if (words.Top.Count > 0)
        {
            blocks.Add(new ParagraphBlock($"群众反映较多的词：{string.Join("、", words.Top.Take(10).Select(k => $"{k.Word}（{k.Count}）"))}"
                + (words.Rising.Count == 0 ? "。" : $"；增长最快的词：{string.Join("、", words.Rising.Take(5).Select(k => $"{k.Word}（{k.Before}→{k.Count}）"))}。")));
        }

        blocks.Add(new HeadingBlock(1, "五、重点事项办理进展"));
        blocks.Add(new ParagraphBlock(keyCases.Count == 0
            ? "本期无新增或在办的重点事项。"
            : $"本期新增或仍在办理的重点事项{keyCases.Count}件：" + string.Join("；", keyCases.Take(10)) + "。"));

        return new BriefingDocument(title, period, blocks, figures);
    }

    private string DistrictName() => district.Name.Contains('市', StringComparison.Ordinal) ? district.Name[(district.Name.IndexOf('市', StringComparison.Ordinal) + 1)..] : district.Name;

    private async Task<List<string>> KeyCasesAsync(BriefingPeriod period, CancellationToken ct)
    {
        var start = ChinaTime.StartOf(period.From);
        var end = ChinaTime.StartOf(period.To.AddDays(1));
        var open = CaseTransitions.OpenStates.ToList();
        var names = await directory.GetAsync(ct);
        var rows = await db.Cases.AsNoTracking()
            .Where(c => c.IsKeyCase && c.ReceivedAt < end && (c.ReceivedAt >= start || open.Contains(c.Status)))
            .OrderBy(c => c.ReceivedAt).Take(50)
            .Select(c => new { c.Number, c.Subject, c.Status, c.LeadUnitId, c.KeyCaseLeaderUserId })
            .ToListAsync(ct);
        var leaderIds = rows.Where(r => r.KeyCaseLeaderUserId is not null).Select(r => r.KeyCaseLeaderUserId!.Value).Distinct().ToList();
        var leaders = await db.Users.Where(u => leaderIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return rows.Select(r => $"{r.Number}“{r.Subject}”（{names.UnitName(r.LeadUnitId) ?? "尚未交办"}，{CaseNames.Of(r.Status)}"
            + (r.KeyCaseLeaderUserId is { } l && leaders.TryGetValue(l, out var leader) ? $"，{leader}包案" : "") + "）").ToList();
    }

    /// <summary>The newest matter of each of the top categories, by its subject.</summary>
    private async Task<List<string>> ExamplesAsync(AnalysisFilter filter, IReadOnlyList<string> categoryKeys, Actor actor, CancellationToken ct)
    {
        var names = await directory.GetAsync(ct);
        var examples = new List<string>();
        foreach (var key in categoryKeys)
        {
            var parsed = AnalysisDimensions.Parse(AnalysisDimension.Category, key);
            if (!parsed.IsSuccess)
            {
                continue;
            }

            var subject = await filter.With(AnalysisDimension.Category, parsed.Value).Apply(db, actor, names).AsNoTracking()
                .OrderByDescending(c => c.ReceivedAt).Select(c => c.Subject).FirstOrDefaultAsync(ct);
            if (subject is not null)
            {
                examples.Add($"{names.CategoryName(parsed.Value)}类“{subject}”");
            }
        }

        return examples;
    }

    public static string Compare(string what, int now, int then) => then == 0
        ? (now == 0 ? $"与{what}持平" : $"{what}无可比数据")
        : now == then ? $"与{what}持平"
        : $"较{what}（{then}件）{(now > then ? "增加" : "减少")}{Math.Abs(now - then)}件、{(now > then ? "增长" : "下降")}{Math.Abs((decimal)(now - then) / then * 100):0.0}%";

    private static string Share(int part, int whole) => whole == 0 ? "0%" : $"{(decimal)part / whole * 100:0.0}%";

    public static string RateText(Rate rate) => rate.Value is { } v ? $"{v * 100:0.0}%" : "—（无应计事项）";

    private static string Move(Rate now, Rate then) => (now.Value, then.Value) switch
    {
        ({ } a, { } b) when Math.Abs(a - b) < 0.0005m => "持平",
        ({ } a, { } b) => $"{(a > b ? "上升" : "下降")}{Math.Abs(a - b) * 100:0.0}个百分点",
        _ => "无可比数据",
    };

    private static ChartSpec Pie(int number, string title, SliceView slice)
    {
        var rows = slice.Items.Take(6).ToList();
        var rest = slice.Total.Count - rows.Sum(r => r.Count);
        var names = rows.Select(r => r.Name).ToList();
        var values = rows.Select(r => (decimal)r.Count).ToList();
        if (rest > 0)
        {
            names.Add("其他");
            values.Add(rest);
        }

        return new ChartSpec(number, title, ChartKind.Pie, names, values,
            values.Select((v, i) => $"{names[i]} {Share((int)v, slice.Total.Count)}").ToList()) { Unit = "件" };
    }

    private static ChartSpec Bars(int number, string title, IReadOnlyList<SliceRow> rows) =>
        new(number, title, ChartKind.Bar, rows.Select(r => r.Name).ToList(), rows.Select(r => (decimal)r.Count).ToList(), rows.Select(r => $"{r.Count}").ToList())
        {
            Unit = "件",
            HighlightLast = false,
        };
}
