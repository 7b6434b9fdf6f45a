using Xinfang.Core.Common;
using Xinfang.Core.Finance.Model;
using Xinfang.Core.Finance.Validation;

namespace Xinfang.Core.Finance.Features;

/// <summary>Import use case: a parsed file (JSON or workbook) is stored only when it has no input errors; the
/// validator's findings come back with it. A file that fails stores nothing.</summary>
public sealed record ImportFinalAccounts(Result<FinalAccounts> Parsed);

public sealed record ImportedFinalAccounts(FinalAccounts Accounts, ValidationReport Validation, int Revision);

public sealed class ImportFinalAccountsHandler(IFinalAccountsStore store)
{
    public async Task<Result<ImportedFinalAccounts>> HandleAsync(ImportFinalAccounts request, CancellationToken ct = default)
    {
        if (!request.Parsed.IsSuccess)
        {
            return Result.Failure<ImportedFinalAccounts>([.. request.Parsed.Errors]);
        }
        var accounts = request.Parsed.Value;
        if (string.IsNullOrWhiteSpace(accounts.Id))
        {
            accounts = accounts with { Id = $"{accounts.DepartmentName}-{accounts.FiscalYear}" };
        }
        var validation = FinalAccountsValidator.Validate(accounts);
        // A file replaces the department-year whatever was stored before: no revision to compare.
        var saved = await store.SaveAsync(accounts, expectedRevision: null, ct);
        return saved.IsSuccess
            ? new ImportedFinalAccounts(accounts, validation, saved.Value.Revision)
            : Result.Failure<ImportedFinalAccounts>([.. saved.Errors]);
    }
}
