using Microsoft.Playwright;
using Xinfang.E2ETests.Pages;

namespace Xinfang.E2ETests;

/// <summary>区划 in Chromium: the administrator adds a street and a community in it (a name already used there is
/// refused next to the field), and the registrar's intake form offers them at once.</summary>
public sealed class AdminRegionTests(WorkbenchApp app) : IClassFixture<WorkbenchApp>
{
    [Fact]
    public async Task Admin_AddsAStreetAndACommunity_ThatIntakeOffers()
    {
        var page = await app.SignInAsync("admin");
        var admin = new AdminPage(page);
        await admin.OpenAsync();
        await admin.TabAsync("区划");
        await Assertions.Expect(admin.RegionRow("T01")).ToContainTextAsync("仁和镇");

        await page.ClickAsync("[data-testid=new-township]");
        await page.FillAsync("#region-name", "银江街道");
        await page.ClickAsync("[data-testid=save-region]");
        await Assertions.Expect(admin.Notice).ToContainTextAsync("已新增“银江街道”");
        var street = page.Locator("[data-testid=regions-table] tr", new() { HasText = "银江街道" });
        var code = (await street.GetAttributeAsync("data-code"))!;

        await street.Locator("[data-action=add-village]").ClickAsync();
        await page.FillAsync("#region-name", "桃源社区");
        await page.ClickAsync("[data-testid=save-region]");
        await Assertions.Expect(admin.RegionRow(code + "V01")).ToContainTextAsync("桃源社区");

        await street.Locator("[data-action=add-village]").ClickAsync();
        await page.FillAsync("#region-name", "桃源社区");
        await page.ClickAsync("[data-testid=save-region]");
        await Assertions.Expect(admin.FieldError("name")).ToContainTextAsync("该乡镇（街道）下已有名为“桃源社区”的村（社区）");
        await page.ViewShotAsync(page.GetByTestId("region-editor"), "admin-regions-01-name-taken");

        var registrar = await app.SignInAsync("registrar");
        await registrar.OpenAsync("/cases/new");
        await registrar.SelectOptionAsync("#region", new SelectOptionValue { Label = "银江街道" });
        await registrar.SelectOptionAsync("#village", new SelectOptionValue { Label = "桃源社区" });
        Assert.Equal("桃源社区", await registrar.Locator("#village option:checked").InnerTextAsync());
    }
}
