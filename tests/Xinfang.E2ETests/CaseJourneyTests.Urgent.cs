using Microsoft.Playwright;
using Xinfang.Core.Common;
using Xinfang.E2ETests.Pages;

namespace Xinfang.E2ETests;

public sealed partial class CaseJourneyTests
{
    /// <summary>紧急事项 (SPEC §1.4): a matter registered as urgent shows its hour-level limit to the registrar and the
    /// dispatcher, and the dispatch starts the unit's one-hour signing limit.</summary>
    [Fact]
    public async Task UrgentMatter_ShowsItsHourLimits_FromIntakeToDispatch()
    {
        var registrar = await app.SignInAsync("registrar");
        var intake = new IntakePage(registrar);
        await intake.OpenAsync();
        await intake.FillLetterAsync("工地夜间施工噪声扰民", "大河村旁工地连续三晚通宵施工，老人孩子无法入睡，请求立即制止。",
            "赵明", ChineseIdNumber.Make("510411", new DateOnly(1975, 3, 2), 77), "13908127777");
        await registrar.Locator("label", new() { HasTextRegex = new("^\\s*紧急\\s*$") }).Locator("input[type=checkbox]").CheckAsync();
        await intake.SubmitAsync();
        await Assertions.Expect(registrar.GetByTestId("saved")).ToContainTextAsync("紧急事项，按小时计");
        var number = await intake.SavedNumberAsync();

        var dispatcher = await app.SignInAsync("dispatcher");
        var page = new CasePage(dispatcher);
        await page.OpenAsync(number);
        var due = dispatcher.GetByTestId("urgent-due");
        await Assertions.Expect(due).ToContainTextAsync("紧急");
        await Assertions.Expect(due).ToContainTextAsync(new System.Text.RegularExpressions.Regex("剩1小时[0-9]+分"));
        await WorkbenchApp.ShotAsync(dispatcher, "urgent-01-dispatcher-sees-hours");

        await page.DoAsync("dispatch", p => p.SelectOptionAsync("#leadUnit", new SelectOptionValue { Label = "仁和镇人民政府" }));
        await Assertions.Expect(due).ToContainTextAsync(new System.Text.RegularExpressions.Regex("剩[0-9]+分钟"));
        await Assertions.Expect(dispatcher.GetByTestId("timeline")).ToContainTextAsync("本件为紧急事项，请于");
        await WorkbenchApp.ShotAsync(dispatcher, "urgent-02-dispatched-one-hour-to-sign");
    }
}
