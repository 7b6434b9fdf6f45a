using Xinfang.Core.Common;
using Xinfang.Core.Finance.Model;
using Xinfang.Core.Finance.Report;
using Xinfang.Core.Performance.Report;

namespace Xinfang.Core.Finance.Features;

/// <summary>The disclosure as published: Parts 1–3 and the public tables generated from the accounts, Part 4 the
/// department's performance self-evaluation. The one way the web pages, the API and the command line assemble it;
/// the renderers of Xinfang.Documents only lay it out.</summary>
public sealed class GenerateFinalAccountsReport(FinalAccountsCatalog catalog)
{
    /// <summary>A stored department-year, or a built-in sample not saved over.</summary>
    public async Task<Result<FinalAccountsReport>> HandleAsync(string id, CancellationToken ct = default) =>
        await catalog.FindAsync(id, ct) is { } entry
            ? For(entry.Accounts)
            : Error.NotFound("finance.not_found", $"没有编号为“{id}”的决算数据。");

    /// <summary>Accounts read from a file or a sample (the command line).</summary>
    public static FinalAccountsReport For(FinalAccounts accounts) =>
        ReportGenerator.Generate(accounts, PerformanceAttachment.ForAccounts(accounts.Id));
}
