using Xinfang.Core.Finance.Classification;
using Xinfang.Core.Finance.Model;
using Xinfang.Core.Finance.Report;

namespace Xinfang.Core.Finance.Validation;

/// <summary>What the rules look at: the accounts, the classification of their year and the generated report.</summary>
public sealed record ValidationContext(FinalAccounts Accounts, FunctionalClassification? Classification, FinalAccountsReport? Report);

/// <summary>One named rule of the validator.</summary>
public interface IValidationRule
{
    /// <summary>Stable English code prefix of the findings, e.g. “sum.income”.</summary>
    string Code { get; }

    /// <summary>What the rule checks, in Chinese.</summary>
    string Description { get; }

    IEnumerable<Finding> Check(ValidationContext context);
}
