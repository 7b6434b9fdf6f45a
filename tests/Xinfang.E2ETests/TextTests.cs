using Microsoft.Playwright;
using Xinfang.E2ETests.Pages;

namespace Xinfang.E2ETests;

/// <summary>The words of a matter at work: the intake form proposes categories from what the registrar types (one click
/// files it), and the search page finds cases by their words with the words marked.</summary>
public sealed class TextTests(WorkbenchApp app) : IClassFixture<WorkbenchApp>
{
    [Fact]
    public async Task TheIntakeForm_ProposesCategoriesFromTheText_AndOneClickFilesIt()
    {
        var registrar = await app.SignInAsync("registrar");
        var intake = new IntakePage(registrar);
        await intake.OpenAsync();
        await registrar.FillAsync("#subject", "物业费收取不合理");
        await registrar.FillAsync("#content", "我们小区物业公司擅自上调物业费，电梯坏了也不修，业主多次反映未果，请求相关部门核查。");
        await registrar.Locator("#subject").FocusAsync(); // the content loses focus: its text is sent

        var chips = registrar.Locator("[data-testid=category-suggestions] button");
        await Assertions.Expect(chips).ToHaveCountAsync(3);
        await Assertions.Expect(chips.First).ToContainTextAsync("城乡建设 / 物业管理");
        await chips.First.ClickAsync();
        await Assertions.Expect(chips.First).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("xf-chip-on"));
        Assert.Equal("物业管理", await registrar.Locator("#category option:checked").InnerTextAsync());
        await WorkbenchApp.ShotAsync(registrar, "text-01-intake-suggestions");
    }

    [Fact]
    public async Task TheSearchPage_FindsCasesByTheirWords_WithTheWordsMarked()
    {
        var leader = await app.SignInAsync("leader");
        await leader.OpenAsync("/search?q=" + Uri.EscapeDataString("物业费"));
        var hits = leader.Locator("[data-testid=search-hit]");
        await Assertions.Expect(hits.First).ToBeVisibleAsync();
        await Assertions.Expect(leader.Locator("[data-testid=search-total]")).ToContainTextAsync("共找到");
        await Assertions.Expect(leader.Locator(".xf-passage mark").First).ToHaveTextAsync("物业费");
        await WorkbenchApp.ShotAsync(leader, "text-02-search");

        // A filter that excludes everything says so.
        await leader.SelectOptionAsync("[aria-label=办理状态]", new SelectOptionValue { Label = "终结" });
        await leader.ClickAsync("[data-testid=search-button]");
        await Assertions.Expect(leader.Locator("[data-testid=search-total]")).ToContainTextAsync("共找到 0 件");
    }

    [Fact]
    public async Task ARegistrar_SeesADuplicateCandidate_AndLinksItAsARepeat()
    {
        var registrar = await app.SignInAsync("registrar");
        var intake = new IntakePage(registrar);
        var id = Xinfang.Core.Common.ChineseIdNumber.Make("510411", new DateOnly(1971, 3, 9), 77);
        await intake.OpenAsync();
        await intake.FillLetterAsync("安置房迟迟未分配", "我家是仁和镇大河村征地拆迁户，按协议应于去年底分配安置房，至今未分配。", "周玉兰", id, "13698765432");
        await intake.SubmitAsync();
        await registrar.WaitForSelectorAsync("[data-testid=saved]");
        var first = await intake.SavedNumberAsync();

        await registrar.ClickAsync("text=继续登记");
        await intake.FillLetterAsync("安置房分配再次反映", "上次反映的安置房分配问题至今没有答复，再次请求落实。", "周玉兰", id, "13698765432");
        await intake.SubmitAsync();
        await Assertions.Expect(registrar.Locator("[data-testid=saved-duplicates]")).ToContainTextAsync("1 件可能重复");
        var second = await intake.SavedNumberAsync();

        var page = new CasePage(registrar);
        await page.OpenAsync(second);
        var row = registrar.Locator("[data-testid=duplicate-row]", new() { HasText = first });
        await Assertions.Expect(row).ToContainTextAsync("同一信访人");
        await WorkbenchApp.ShotAsync(registrar, "text-03-duplicate-candidate");
        await row.Locator("[data-testid=link-repeat]").ClickAsync();
        await Assertions.Expect(row.Locator("[data-testid=duplicate-decision]")).ToHaveTextAsync("重复信访");
        await Assertions.Expect(registrar.Locator("text=认定为重复信访").First).ToBeVisibleAsync();
    }
}
