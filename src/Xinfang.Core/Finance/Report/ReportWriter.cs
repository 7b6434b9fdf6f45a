using Xinfang.Core.Common.Reporting;
using Xinfang.Core.Finance.Narrative;

namespace Xinfang.Core.Finance.Report;

/// <summary>Collects blocks and claims while the sections are written; <see cref="Place"/> is the heading the
/// next sentences belong to, used to name places in validation findings.</summary>
internal sealed class ReportWriter
{
    private readonly List<ReportBlock> _blocks = [];
    private readonly List<Claim> _claims = [];
    private int _chartNumber;

    public string Place { get; private set; } = "";

    public IReadOnlyList<ReportBlock> Blocks => _blocks;
    public IReadOnlyList<Claim> Claims => _claims;

    public void Heading(int level, string text)
    {
        _blocks.Add(new HeadingBlock(level, text));
        if (level >= 2)
        {
            Place = level == 2 ? text : $"{CurrentSection}{text}";
            if (level == 2)
            {
                CurrentSection = text;
            }
        }
    }

    private string CurrentSection { get; set; } = "";

    public void Paragraph(string text) => _blocks.Add(new ParagraphBlock(text));

    public void Table(PublicTable table) => _blocks.Add(new TableBlock(table));

    public void PageBreak() => _blocks.Add(new PageBreakBlock());

    public void Append(IEnumerable<ReportBlock> blocks) => _blocks.AddRange(blocks);

    public void Chart(string title, ChartKind kind, IReadOnlyList<string> categories, IReadOnlyList<decimal> values, IReadOnlyList<string> labels) =>
        _blocks.Add(new ChartBlock(new ChartSpec(++_chartNumber, title, kind, categories, values, labels)));

    public void Claim(Claim claim) => _claims.Add(claim);

    public void Quote(string key, string label, decimal value) => _claims.Add(new QuoteClaim(Place, key, label, Printed.RoundAmount(value)));

    /// <summary>Writes “A万元，占x%；B万元，占y%” for the parts, records the share claim and returns the text.</summary>
    public string ShareList(string wholeLabel, decimal whole, IReadOnlyList<(string Label, decimal Amount)> parts, string amountSuffix = "")
    {
        var shares = Shares.Of([.. parts.Select(p => Printed.RoundAmount(p.Amount))], Printed.RoundAmount(whole));
        _claims.Add(new ShareClaim(Place, wholeLabel, Printed.RoundAmount(whole),
            [.. parts.Select((p, i) => new SharePart(p.Label, Printed.RoundAmount(p.Amount), shares[i]))]));
        return string.Join("；", parts.Select((p, i) => $"{p.Label}{amountSuffix}{Printed.Amount(p.Amount)}万元，占{Printed.Number(shares[i])}%"));
    }

    /// <summary>The change phrase (“减少49.46万元，下降13.8%”), recorded as a claim.</summary>
    public YearOnYear Change(string label, decimal current, decimal previous)
    {
        var change = new YearOnYear(current, previous);
        _claims.Add(new ChangeClaim(Place, label, Printed.RoundAmount(current), change.Direction, Math.Abs(change.Change), change.PercentPrinted));
        return change;
    }

    /// <summary>The printed execution rate (“100”, “63.01”), recorded as a claim.</summary>
    public string Rate(string label, decimal actual, decimal? budget)
    {
        var rate = ExecutionRate.Of(actual, budget);
        if (rate is { } r && budget is { } b)
        {
            _claims.Add(new RateClaim(Place, label, actual, b, r));
        }
        return rate is { } value ? $"{Printed.Number(value)}%" : "（无预算）";
    }
}
