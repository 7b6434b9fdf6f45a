using Xinfang.Core.Finance.Model;
using Xinfang.Core.Finance.Report;
using Xinfang.Core.Finance.Validation;

namespace Xinfang.Core.Finance.Features;

/// <summary>Check use case: generate the report and run every rule over the data and the generated text.</summary>
public static class CheckFinalAccounts
{
    public static ValidationReport Handle(FinalAccounts accounts) =>
        FinalAccountsValidator.Validate(accounts, ReportGenerator.Generate(accounts));
}
