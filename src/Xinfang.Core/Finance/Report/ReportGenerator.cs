using Xinfang.Core.Common.Reporting;
using Xinfang.Core.Finance.Classification;
using Xinfang.Core.Finance.Model;
using Xinfang.Core.Finance.Report.Sections;

namespace Xinfang.Core.Finance.Report;

/// <summary>Builds the whole disclosure in the structure of the published reports: Part 1 overview, Part 2 the ten
/// explanatory sections with charts 1–7, Part 3 glossary, the public tables 公开01–09 and, when given, the
/// Part 4 attachments. Every figure is read or
/// computed from the accounts.</summary>
public static class ReportGenerator
{
    /// <param name="attachments">Part 4 blocks to end the report with (the performance self-evaluation, see
    /// <c>PerformanceAttachment.ForAccounts</c>); none for the checks, which read Parts 1–3 and the tables.</param>
    public static FinalAccountsReport Generate(FinalAccounts accounts, IReadOnlyList<ReportBlock>? attachments = null)
    {
        var context = new ReportContext(accounts, FunctionalClassifications.For(accounts.FiscalYear));
        var w = new ReportWriter();
        var title = $"{accounts.DepartmentName}{accounts.FiscalYear}年度部门决算";
        w.Heading(0, title);
        OverviewSection.Write(w, context);
        w.Heading(1, $"第二部分 {accounts.FiscalYear}年度部门决算情况说明");
        TotalsSections.WriteTotals(w, context);
        TotalsSections.WriteIncome(w, context);
        TotalsSections.WriteExpenditure(w, context);
        TotalsSections.WriteFiscal(w, context);
        GeneralBudgetSection.Write(w, context);
        BasicExpenditureSection.Write(w, context);
        ThreePublicSection.Write(w, context);
        FundsAndOtherSections.WriteFunds(w, context);
        FundsAndOtherSections.WriteOther(w, context);
        FundsAndOtherSections.WriteGlossary(w, context);
        PublicTablesSection.Write(w, context);
        w.Append(attachments ?? []);

        return new FinalAccountsReport(title, w.Blocks, w.Claims);
    }
}
