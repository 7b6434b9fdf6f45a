using Xinfang.Core.Finance.Validation;

namespace Xinfang.Core.Finance.Features;

public sealed record FinalAccountsListItem(string Id, string DepartmentName, int FiscalYear, FinalAccountsOrigin Origin, int Errors, int Warnings, int Infos);

/// <summary>Every department-year with its validator status (the full check, over the data and the generated text).</summary>
public sealed class ListFinalAccounts(FinalAccountsCatalog catalog)
{
    public async Task<IReadOnlyList<FinalAccountsListItem>> HandleAsync(CancellationToken ct = default) =>
    [
        .. (await catalog.AllAsync(ct)).Select(e =>
        {
            var report = CheckFinalAccounts.Handle(e.Accounts);
            return new FinalAccountsListItem(e.Accounts.Id, e.Accounts.DepartmentName, e.Accounts.FiscalYear, e.Origin,
                report.Count(Severity.Error), report.Count(Severity.Warning), report.Count(Severity.Info));
        }),
    ];
}
