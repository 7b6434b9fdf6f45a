using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using Xinfang.Core.Finance.Features;
using Xinfang.Core.Finance.Import;
using Xinfang.Core.Finance.Samples;
using Xinfang.Core.Finance.Validation;
using Xinfang.E2ETests.Pages;

namespace Xinfang.E2ETests;

/// <summary>Issue 4 in Chromium: the renhe-2022 sample with the validator's real findings, edited in the grid (a bad
/// figure refused, a good one re-checked), the report downloaded and read back, and the import of files.</summary>
public sealed partial class FinanceTests(WorkbenchApp app) : IClassFixture<WorkbenchApp>
{
    private const string Sample = Renhe2022Sample.Id;
    private const string PublicCosts = "fiscal.generalBudgetBasic.public";

    [Fact]
    public async Task Sample_EditPublicCosts_FindingOfBasicCompositionGoesAndDocxHasTheNewFigure()
    {
        var page = await app.SignInAsync("finance");
        var finance = new FinancePage(page);
        var seed = CheckFinalAccounts.Handle(Renhe2022Sample.Create());

        // The list shows the validator's counts for the seed.
        await finance.OpenListAsync();
        Assert.Equal((seed.Count(Severity.Error), seed.Count(Severity.Warning), seed.Count(Severity.Info)), await finance.ListedCountsAsync(Sample));
        Assert.True(seed.Count(Severity.Error) >= 1);
        await WorkbenchApp.ShotAsync(page, "finance-01-list");

        // The sample: 基本支出 242.11 ≠ 人员经费 233.32 + 公用经费 7.89, and the rows it names are flagged.
        await finance.OpenAsync(Sample);
        Assert.Equal(seed.Count(Severity.Error), await finance.StatAsync("errors"));
        Assert.Equal(seed.Findings.Select(f => f.Rule), await finance.RulesAsync());
        var basic = finance.Finding("basic.personnel-public", "error");
        Assert.Equal(1, await basic.CountAsync());
        var numbers = await basic.Locator("[data-testid=finding-numbers]").InnerTextAsync();
        Assert.Contains("242.11", numbers, StringComparison.Ordinal);
        Assert.Contains("233.32", numbers, StringComparison.Ordinal);
        Assert.Contains("7.89", numbers, StringComparison.Ordinal);
        Assert.Equal("error", await finance.Row("fiscal.generalBudgetBasic.total").GetAttributeAsync("data-flag"));
        Assert.Equal(1, await finance.Finding("cross.operating-costs", "warning").CountAsync());

        // A place in the finding selects its row and focuses its first cell.
        await basic.Locator($"button.xf-place[data-row='{PublicCosts}']").ClickAsync();
        await Assertions.Expect(finance.Row(PublicCosts)).ToHaveClassAsync(new Regex("xf-flag-selected"));
        await Assertions.Expect(finance.Cell(PublicCosts, "actual")).ToBeFocusedAsync();
        await WorkbenchApp.ShotAsync(page, "finance-02-sample-findings");
        await page.ViewShotAsync("finance-02b-selected-row-view");
        await page.ViewShotAsync(page.Locator("h1"), "finance-02a-top-view");

        // A figure that is not a number is refused, naming the field; nothing is stored.
        await finance.SetAndSaveAsync(PublicCosts, "actual", "八点七九");
        var fieldError = page.Locator($"[data-testid=figures-form] .xf-field-error[data-field='{PublicCosts}.actual']");
        Assert.Contains("公用经费", await fieldError.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("八点七九", await page.Locator("[data-testid=save-error]").InnerTextAsync(), StringComparison.Ordinal);
        await WorkbenchApp.ShotAsync(page, "finance-03-bad-input");
        await page.ViewShotAsync(fieldError, "finance-03a-bad-input-view");
        await finance.OpenAsync(Sample);
        Assert.Equal("7.89", await finance.Cell(PublicCosts, "actual").InputValueAsync());
        Assert.Equal("内置示例", await page.Locator("[data-testid=origin]").InnerTextAsync());

        // 8.79 (the digits swapped back): the composition holds and the operating-costs warning goes too.
        await finance.SetAndSaveAsync(PublicCosts, "actual", "8.79");
        var edited = CheckFinalAccounts.Handle(Renhe2022Sample.Create() with
        {
            Fiscal = Renhe2022Sample.Create().Fiscal with
            {
                GeneralBudgetBasic = Renhe2022Sample.Create().Fiscal.GeneralBudgetBasic with { Public = Renhe2022Sample.Create().Fiscal.GeneralBudgetBasic.Public with { Actual = 8.79m } },
            },
        });
        Assert.Equal(seed.Count(Severity.Error) - 1, edited.Count(Severity.Error));
        Assert.Equal(edited.Count(Severity.Error), await finance.StatAsync("errors"));
        Assert.Equal(edited.Count(Severity.Warning), await finance.StatAsync("warnings"));
        Assert.Equal(0, await finance.Finding("basic.personnel-public", "error").CountAsync());
        Assert.Equal(0, await finance.Finding("cross.operating-costs", "warning").CountAsync());
        Assert.Null(await finance.Row("fiscal.generalBudgetBasic.total").GetAttributeAsync("data-flag"));
        Assert.Equal("示例（已修改）", await page.Locator("[data-testid=origin]").InnerTextAsync());
        await WorkbenchApp.ShotAsync(page, "finance-04-edited");

        // The report embedded in the page has its charts; the .docx carries the new figure.
        var preview = page.FrameLocator("iframe.xf-preview");
        await preview.Locator("img").First.WaitForAsync();
        Assert.True(await preview.Locator("img").CountAsync() >= 7);
        await page.ViewShotAsync(page.Locator("[data-testid=preview] h2"), "finance-05-preview-view");
        var docx = await finance.DownloadAsync("download-docx", Downloads());
        using (var document = WordprocessingDocument.Open(docx, false))
        {
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("攀枝花市仁和区信访局", text, StringComparison.Ordinal);
            Assert.Contains("公用经费8.79万元", text, StringComparison.Ordinal);
            Assert.DoesNotContain("公用经费7.89万元", text, StringComparison.Ordinal);
        }
        Assert.True(new FileInfo(await finance.DownloadAsync("download-pdf", Downloads())).Length > 10_000);

        // Back to the seed as shipped.
        await page.ClickAsync("[data-testid=reset-sample]");
        await Assertions.Expect(page.Locator("[data-testid=origin]")).ToHaveTextAsync("内置示例");
        Assert.Equal(seed.Count(Severity.Error), await finance.StatAsync("errors"));
    }

    [Fact]
    public async Task Import_BlankTemplate_IsRefusedBySheetRowAndColumn_AndJsonIsImportedWithItsFindings()
    {
        var page = await app.SignInAsync("admin");
        var finance = new FinancePage(page);
        await finance.OpenListAsync();

        var template = await finance.DownloadAsync("import-template", Downloads());
        await finance.UploadAsync(template);
        var fields = await page.Locator("[data-testid=import-errors] tr[data-field]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.field)");
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.Matches(SheetCell(), f));
        Assert.Contains("finance.required", await page.Locator("[data-testid=import-errors] tr[data-code]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.code)"));
        await WorkbenchApp.ShotAsync(page, "finance-06-import-refused");
        await page.ViewShotAsync(page.Locator("[data-testid=import-failed]"), "finance-06a-import-refused-view");
        Assert.Equal(1, await page.Locator("[data-testid=accounts-row]").CountAsync());

        var accounts = Renhe2022Sample.Create() with { Id = "e2e-2022", DepartmentName = "测试区信访局" };
        var json = Path.Combine(Downloads(), "e2e-2022.json");
        await File.WriteAllTextAsync(json, FinalAccountsJson.Write(accounts));
        await finance.UploadAsync(json);
        await page.Locator("[data-testid=accounts-row][data-id='e2e-2022']").WaitForAsync();
        var expected = CheckFinalAccounts.Handle(accounts);
        Assert.Equal((expected.Count(Severity.Error), expected.Count(Severity.Warning), expected.Count(Severity.Info)), await finance.ListedCountsAsync("e2e-2022"));
        await WorkbenchApp.ShotAsync(page, "finance-07-imported");

        await page.ClickAsync("[data-testid=imported-link]");
        await page.WaitForSelectorAsync("[data-testid=findings]");
        Assert.Equal("导入数据", await page.Locator("[data-testid=origin]").InnerTextAsync());
    }

    [Fact]
    public async Task Finance_ForALeader_IsDenied()
    {
        var page = await app.SignInAsync("leader");
        await page.GotoAsync("/finance");
        await page.WaitForURLAsync(new Regex("/denied"));
        var response = await page.APIRequest.GetAsync("/finance/renhe-2022/report.docx", new() { MaxRedirects = 0 });
        Assert.NotEqual(200, response.Status);
    }

    private static string Downloads()
    {
        var directory = Path.Combine(WorkbenchApp.Artifacts, "downloads");
        Directory.CreateDirectory(directory);
        return directory;
    }

    [GeneratedRegex(@"^[^!]+![A-Z]+\d+$")]
    private static partial Regex SheetCell();
}
