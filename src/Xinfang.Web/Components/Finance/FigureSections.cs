using Xinfang.Core.Finance.Import;

namespace Xinfang.Web.Components.Finance;

public sealed record FigureSection(string Id, string Title, IReadOnlyList<AmountFields.Field> Fields);

/// <summary>The editable amount tables of the Finance page, grouped as in the report: 收入, 支出, 财政拨款, “三公”经费
/// and 机关运行经费. The functional-classification lines have a grid of their own.</summary>
public static class FigureSections
{
    public static readonly IReadOnlyList<FigureSection> All =
    [
        Section("income", "收入决算（按来源）", "income."),
        Section("expenditure", "支出决算（基本支出、项目支出）", "expenditure."),
        Section("fiscal", "财政拨款收入支出（含基本支出：人员经费、公用经费）", "fiscal."),
        Section("three-public", "“三公”经费与机关运行经费", "threePublic.", "operatingCosts"),
    ];

    private static FigureSection Section(string id, string title, params string[] prefixes) =>
        new(id, title, [.. AmountFields.Fields.Where(f => prefixes.Any(p => f.Key == p || f.Key.StartsWith(p, StringComparison.Ordinal)))]);
}
