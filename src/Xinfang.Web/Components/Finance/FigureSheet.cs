using System.Globalization;
using Microsoft.AspNetCore.Components;
using Xinfang.Core.Common;
using Xinfang.Core.Finance.Features;
using Xinfang.Core.Finance.Import;
using Xinfang.Core.Finance.Model;
using Xinfang.Core.Finance.Validation;

namespace Xinfang.Web.Components.Finance;

/// <summary>The state of the editable grids: the text of every cell (keyed “field.column”, the same key the edit use
/// case reports errors under), what was loaded, the input errors of the last save, and which rows the validator's
/// findings name (from the data path in a finding's place, “表·标签〔path〕”).</summary>
public sealed class FigureSheet
{
    private readonly Dictionary<string, string> _loaded = [];
    private readonly Dictionary<string, Severity> _flagged = [];

    public FinalAccounts Accounts { get; private set; } = new();
    public Dictionary<string, string> Cells { get; } = [];
    public Dictionary<string, string> Errors { get; } = [];
    public Dictionary<string, ElementReference> Inputs { get; } = [];
    public string? Selected { get; set; }

    public static string Key(string field, string column) => $"{field}.{column}";

    public static string LineField(int index) => $"functionalLines[{index}]";

    public void Load(FinalAccounts accounts, ValidationReport report)
    {
        Accounts = accounts;
        Cells.Clear();
        _loaded.Clear();
        Errors.Clear();
        foreach (var field in AmountFields.Fields)
        {
            var amount = field.Get(accounts);
            Set(field.Key, FigureColumns.Actual, amount.Actual);
            Set(field.Key, FigureColumns.InitialBudget, amount.InitialBudget);
            Set(field.Key, FigureColumns.AdjustedBudget, amount.AdjustedBudget);
            Set(field.Key, FigureColumns.PreviousYear, amount.PreviousYear);
        }
        for (var i = 0; i < accounts.FunctionalLines.Count; i++)
        {
            var line = accounts.FunctionalLines[i];
            Set(LineField(i), FigureColumns.Basic, line.Basic);
            Set(LineField(i), FigureColumns.Project, line.Project);
            Set(LineField(i), FigureColumns.InitialBudget, line.InitialBudget);
            Set(LineField(i), FigureColumns.AdjustedBudget, line.AdjustedBudget);
            Set(LineField(i), FigureColumns.PreviousYear, line.PreviousYear);
        }
        Flag(report);
    }

    /// <summary>The cells whose text differs from what was loaded.</summary>
    public IReadOnlyList<FigureEdit> Changes() =>
    [
        .. Cells.Where(c => _loaded.GetValueOrDefault(c.Key) != c.Value).Select(c =>
        {
            var dot = c.Key.LastIndexOf('.');
            return new FigureEdit(c.Key[..dot], c.Key[(dot + 1)..], c.Value);
        }),
    ];

    public void ShowErrors(IEnumerable<Error> errors)
    {
        Errors.Clear();
        foreach (var error in errors)
        {
            Errors.TryAdd(error.Field ?? "", error.Message);
        }
    }

    /// <summary>The row key a finding place points at: an amount key, or “functionalLines[i]” for a line named by its code.</summary>
    public string? RowOf(string place)
    {
        var open = place.IndexOf('〔', StringComparison.Ordinal);
        var close = place.IndexOf('〕', StringComparison.Ordinal);
        if (open < 0 || close <= open)
        {
            return null;
        }
        var path = place[(open + 1)..close];
        if (path.StartsWith("functionalLines[", StringComparison.Ordinal) && path.IndexOf(']') is var end and > 0)
        {
            var code = path["functionalLines[".Length..end];
            var index = Accounts.FunctionalLines.ToList().FindIndex(l => l.Code == code);
            return index >= 0 ? LineField(index) : null;
        }
        return AmountFields.Fields.Any(f => f.Key == path) ? path : null;
    }

    public string RowClass(string row)
    {
        var classes = _flagged.TryGetValue(row, out var severity) ? $"xf-flag xf-flag-{severity.ToString().ToLowerInvariant()}" : "";
        return Selected == row ? classes + " xf-flag-selected" : classes;
    }

    public string? Severity(string row) => _flagged.TryGetValue(row, out var s) ? s.ToString().ToLowerInvariant() : null;

    private void Flag(ValidationReport report)
    {
        _flagged.Clear();
        foreach (var finding in report.Findings)
        {
            foreach (var row in finding.Places.Select(RowOf).OfType<string>())
            {
                if (!_flagged.TryGetValue(row, out var current) || current < finding.Severity)
                {
                    _flagged[row] = finding.Severity;
                }
            }
        }
    }

    private void Set(string field, string column, decimal? value)
    {
        var text = value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
        Cells[Key(field, column)] = text;
        _loaded[Key(field, column)] = text;
    }
}
