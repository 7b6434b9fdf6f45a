using Xinfang.Core.Finance.Features;
using Xinfang.Core.Finance.Import;
using Xinfang.Core.Finance.Samples;
using Xinfang.Documents.Excel;
using Xunit;

namespace Xinfang.UnitTests.Finance;

public class ImportTests
{
    [Fact]
    public void Read_WhenJsonWrittenFromSample_GivesTheSameAccounts()
    {
        var sample = Renhe2022Sample.Create();
        var read = FinalAccountsJson.Read(FinalAccountsJson.Write(sample));
        Assert.True(read.IsSuccess);
        Assert.Equal(FinalAccountsJson.Write(sample), FinalAccountsJson.Write(read.Value));
        Assert.Equal(7.89m, read.Value.Fiscal.GeneralBudgetBasic.Public.Actual);
    }

    [Fact]
    public void Read_WhenJsonHasUnknownCodeAndNegativeAmount_FailsNamingFields()
    {
        var json = FinalAccountsJson.Write(ConsistentAccounts.Build())
            .Replace("\"2101101\"", "\"2101198\"", StringComparison.Ordinal)
            .Replace("\"actual\": 122.67", "\"actual\": -1", StringComparison.Ordinal);
        var read = FinalAccountsJson.Read(json);
        Assert.False(read.IsSuccess);
        Assert.Contains(read.Errors, e => e.Code == "finance.unknown_code" && e.Field == "functionalLines[3].code");
        Assert.Contains(read.Errors, e => e.Code == "finance.negative_amount" && e.Field!.StartsWith("income.total", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_WhenJsonMalformed_FailsWithLine()
    {
        var read = FinalAccountsJson.Read("{\n  \"fiscalYear\": \"二〇二二\"\n}");
        Assert.Equal("finance.json_invalid", Assert.Single(read.Errors).Code);
        Assert.Contains("第2行", read.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_WhenImportFails_StoresNothing()
    {
        var store = new InMemoryFinalAccountsStore();
        var result = await new ImportFinalAccountsHandler(store).HandleAsync(new ImportFinalAccounts(FinalAccountsJson.Read("{ \"fiscalYear\": 1999 }")));
        Assert.False(result.IsSuccess);
        Assert.Empty(await store.AllAsync());
    }

    [Fact]
    public async Task Handle_WhenImportSucceeds_StoresAndReturnsFindings()
    {
        var store = new InMemoryFinalAccountsStore();
        var result = await new ImportFinalAccountsHandler(store).HandleAsync(new ImportFinalAccounts(FinalAccountsJson.Read(FinalAccountsJson.Write(Renhe2022Sample.Create()))));
        Assert.True(result.IsSuccess);
        Assert.NotNull(await store.FindAsync("renhe-2022"));
        Assert.True(result.Value.Validation.HasErrors);
    }

    [Fact]
    public void ReadWorkbook_WhenTemplateFilledFromSample_GivesTheSameAccounts()
    {
        var sample = Renhe2022Sample.Create();
        using var stream = new MemoryStream();
        WorkbookTemplateWriter.Write(stream, sample);
        stream.Position = 0;
        var read = WorkbookTemplateReader.Read(stream);
        Assert.True(read.IsSuccess, string.Join("\n", read.Errors.Select(e => e.Message)));
        Assert.Equal(FinalAccountsJson.Write(sample), FinalAccountsJson.Write(read.Value));
    }

    [Fact]
    public void ReadWorkbook_WhenBlankTemplate_FailsOnRequiredAmountsNamingSheetRowColumn()
    {
        using var stream = new MemoryStream();
        WorkbookTemplateWriter.Write(stream);
        stream.Position = 0;
        var read = WorkbookTemplateReader.Read(stream);
        Assert.False(read.IsSuccess);
        var first = read.Errors.First(e => e.Field == "金额!C2");
        Assert.Equal("工作表“金额”第2行C列（决算数）：不能为空，请填写数字（没有发生额填0）。", first.Message);
    }

    [Fact]
    public void ReadWorkbook_WhenCellIsText_ReportsSheetRowAndColumn()
    {
        var json = FinalAccountsJson.Write(ConsistentAccounts.Build());
        using var filled = new MemoryStream();
        WorkbookTemplateWriter.Write(filled, FinalAccountsJson.Read(json).Value);
        var sheets = ReadAllSheets(filled);
        var functional = sheets[WorkbookLayout.Functional];
        functional[1][WorkbookLayout.Project] = "三十三";
        functional[2][WorkbookLayout.Fund] = "专项";
        using var broken = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(broken, sheets.ToDictionary(s => s.Key, s => (object)s.Value));
        broken.Position = 0;
        var read = WorkbookTemplateReader.Read(broken);
        Assert.False(read.IsSuccess);
        Assert.Contains(read.Errors, e => e.Field == "功能分类支出!E3" && e.Message.Contains("三十三", StringComparison.Ordinal));
        Assert.Contains(read.Errors, e => e.Field == "功能分类支出!C4" && e.Code == "finance.unknown_fund");
    }

    private static Dictionary<string, List<Dictionary<string, object?>>> ReadAllSheets(MemoryStream stream)
    {
        var result = new Dictionary<string, List<Dictionary<string, object?>>>();
        foreach (var name in MiniExcelLibs.MiniExcel.GetSheetNames(stream))
        {
            stream.Position = 0;
            result[name] = [.. MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object?>>().Select(r => new Dictionary<string, object?>(r))];
        }
        return result;
    }
}
