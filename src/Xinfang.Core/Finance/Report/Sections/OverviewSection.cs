namespace Xinfang.Core.Finance.Report.Sections;

/// <summary>第一部分 部门概况: duties (numbered) and structure, as the department wrote them.</summary>
internal static class OverviewSection
{
    public static void Write(ReportWriter w, ReportContext c)
    {
        w.Heading(1, "第一部分 部门概况");
        w.Heading(2, "一、部门职责");
        var i = 0;
        foreach (var duty in c.Accounts.Overview.Duties)
        {
            w.Paragraph($"{++i}.{duty}");
        }
        w.Heading(2, "二、机构设置");
        foreach (var paragraph in c.Accounts.Overview.Structure)
        {
            w.Paragraph(paragraph);
        }
    }
}
