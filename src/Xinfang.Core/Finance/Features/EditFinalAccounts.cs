using System.Globalization;
using System.Text;
using Xinfang.Core.Common;
using Xinfang.Core.Finance.Import;
using Xinfang.Core.Finance.Model;
using Xinfang.Core.Finance.Validation;

namespace Xinfang.Core.Finance.Features;

/// <summary>One edited cell as typed: <c>Field</c> is an amount key of <see cref="AmountFields"/> (e.g.
/// <c>fiscal.generalBudgetBasic.public</c>) or <c>functionalLines[i]</c>; <c>Column</c> is one of
/// <see cref="FigureColumns"/>. Blank text means “not published” for budgets and the previous year.</summary>
public sealed record FigureEdit(string Field, string Column, string? Text);

/// <param name="ExpectedRevision">The revision the editor was opened at (<see cref="CatalogEntry.Revision"/>); the edit is
/// refused with a conflict if the department-year was saved since. Left out: the revision read by this edit.</param>
public sealed record EditFinalAccounts(string Id, IReadOnlyList<FigureEdit> Edits, int? ExpectedRevision = null);

public sealed record EditedFinalAccounts(FinalAccounts Accounts, ValidationReport Validation, int Revision);

/// <summary>The editable columns and their Chinese names.</summary>
public static class FigureColumns
{
    public const string Actual = "actual";
    public const string InitialBudget = "initialBudget";
    public const string AdjustedBudget = "adjustedBudget";
    public const string PreviousYear = "previousYear";
    public const string Basic = "basic";
    public const string Project = "project";

    public static readonly IReadOnlyList<string> AmountColumns = [Actual, InitialBudget, AdjustedBudget, PreviousYear];
    public static readonly IReadOnlyList<string> LineColumns = [Basic, Project, InitialBudget, AdjustedBudget, PreviousYear];

    public static string Chinese(string column) => column switch
    {
        Actual => "决算数",
        InitialBudget => "年初预算数",
        AdjustedBudget => "调整预算数",
        PreviousYear => "上年决算数",
        Basic => "基本支出",
        Project => "项目支出",
        _ => column,
    };

    /// <summary>Columns that must hold a number; the others may be blank (not published).</summary>
    public static bool IsRequired(string column) => column is Actual or Basic or Project;
}

/// <summary>Edit use case: applies typed figures to a department-year and, when every cell is a valid amount and the
/// input rules hold, stores it and re-runs the validator. Any bad cell fails the whole edit, naming the field; nothing
/// is stored then.</summary>
public sealed class EditFinalAccountsHandler(FinalAccountsCatalog catalog, IFinalAccountsStore store)
{
    public async Task<Result<EditedFinalAccounts>> HandleAsync(EditFinalAccounts request, CancellationToken ct = default)
    {
        if (await catalog.FindAsync(request.Id, ct) is not { } entry)
        {
            return Error.NotFound("finance.not_found", $"没有编号为“{request.Id}”的决算数据。");
        }
        var accounts = entry.Accounts;
        var errors = new List<Error>();
        foreach (var edit in request.Edits)
        {
            accounts = Apply(accounts, edit, errors);
        }
        if (errors.Count == 0)
        {
            errors.AddRange(InputRules.Check(accounts));
        }
        if (errors.Count > 0)
        {
            return Result.Failure<EditedFinalAccounts>([.. errors]);
        }
        var saved = await store.SaveAsync(accounts, request.ExpectedRevision ?? entry.Revision, ct);
        return saved.IsSuccess
            ? new EditedFinalAccounts(accounts, CheckFinalAccounts.Handle(accounts), saved.Value.Revision)
            : Result.Failure<EditedFinalAccounts>([.. saved.Errors]);
    }

    private static FinalAccounts Apply(FinalAccounts accounts, FigureEdit edit, List<Error> errors)
    {
        var field = $"{edit.Field}.{edit.Column}";
        if (AmountFields.Fields.FirstOrDefault(f => f.Key == edit.Field) is { } amountField)
        {
            if (!FigureColumns.AmountColumns.Contains(edit.Column))
            {
                errors.Add(Error.Validation(field, "finance.unknown_field", $"“{amountField.Label}”没有“{edit.Column}”这一栏。"));
                return accounts;
            }
            if (!TryParse(edit, amountField.Label, field, errors, out var value))
            {
                return accounts;
            }
            var amount = amountField.Get(accounts);
            amount = edit.Column switch
            {
                FigureColumns.Actual => amount with { Actual = value ?? 0m },
                FigureColumns.InitialBudget => amount with { InitialBudget = value },
                FigureColumns.AdjustedBudget => amount with { AdjustedBudget = value },
                _ => amount with { PreviousYear = value },
            };
            return amountField.Set(accounts, amount);
        }
        if (LineIndex(edit.Field) is { } index && index < accounts.FunctionalLines.Count && FigureColumns.LineColumns.Contains(edit.Column))
        {
            var line = accounts.FunctionalLines[index];
            if (!TryParse(edit, $"功能分类支出“{line.Code}”", field, errors, out var value))
            {
                return accounts;
            }
            line = edit.Column switch
            {
                FigureColumns.Basic => line with { Basic = value ?? 0m },
                FigureColumns.Project => line with { Project = value ?? 0m },
                FigureColumns.InitialBudget => line with { InitialBudget = value },
                FigureColumns.AdjustedBudget => line with { AdjustedBudget = value },
                _ => line with { PreviousYear = value },
            };
            return accounts with { FunctionalLines = [.. accounts.FunctionalLines.Select((l, i) => i == index ? line : l)] };
        }
        errors.Add(Error.Validation(field, "finance.unknown_field", $"无法识别的数据项“{field}”。"));
        return accounts;
    }

    private static bool TryParse(FigureEdit edit, string label, string field, List<Error> errors, out decimal? value)
    {
        value = null;
        var text = Normalize(edit.Text);
        var column = FigureColumns.Chinese(edit.Column);
        if (text.Length == 0)
        {
            if (FigureColumns.IsRequired(edit.Column))
            {
                errors.Add(Error.Validation(field, "finance.required", $"“{label}”的{column}不能为空（没有发生请填0）。"));
                return false;
            }
            return true;
        }
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
        {
            errors.Add(Error.Validation(field, "finance.not_a_number", $"“{label}”的{column}“{edit.Text!.Trim()}”不是有效金额：请填写数字（万元，最多4位小数）。"));
            return false;
        }
        value = parsed;
        return true;
    }

    /// <summary>Full-width digits and punctuation (as typed with a Chinese input method) read as their ASCII forms.</summary>
    private static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            builder.Append(c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c switch { '．' => '.', '，' => ',', '－' => '-', _ => c });
        }
        return builder.ToString();
    }

    private static int? LineIndex(string field) =>
        field.StartsWith("functionalLines[", StringComparison.Ordinal) && field.EndsWith(']')
        && int.TryParse(field["functionalLines[".Length..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;
}
