using Xunit;
using Xinfang.Core.Finance.Report;
using Xinfang.Core.Finance.Samples;
using Xinfang.Core.Finance.Validation;

namespace Xinfang.UnitTests.Finance;

public class SampleDump
{
    [Fact]
    public void Dump()
    {
        var accounts = Renhe2022Sample.Create();
        var report = ReportGenerator.Generate(accounts);
        var v = FinalAccountsValidator.Validate(accounts, report);
        File.WriteAllText("/tmp/report.txt", report.PlainText + "\n\n" + string.Join("\n", v.Findings.Select(f => $"{f.Severity} {f.Rule} {string.Join(" | ", f.Places)} :: {f.Explanation}")));
    }
}
