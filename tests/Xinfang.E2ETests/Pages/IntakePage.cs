using Microsoft.Playwright;

namespace Xinfang.E2ETests.Pages;

public sealed class IntakePage(IPage page)
{
    public async Task OpenAsync() => await page.OpenAsync("/cases/new");

    public async Task FillLetterAsync(string subject, string content, string name, string idNumber, string phone)
    {
        await page.SelectOptionAsync("#channel", new SelectOptionValue { Label = "来信" });
        await page.SelectOptionAsync("#category", new SelectOptionValue { Label = "安置房分配" });
        await page.SelectOptionAsync("#region", new SelectOptionValue { Label = "仁和镇" });
        await page.SelectOptionAsync("#village", new SelectOptionValue { Label = "大河村" });
        await page.FillAsync("#subject", subject);
        await page.FillAsync("#content", content);
        await page.FillAsync("#p0name", name);
        await page.FillAsync("#p0id", idNumber);
        await page.FillAsync("#p0phone", phone);
    }

    /// <summary>Picks files in the intake form's attachment picker and waits until each is read and listed.</summary>
    public async Task AttachAsync(params FilePayload[] files)
    {
        var before = await page.Locator("form.xf-form [data-testid=picked-file]").CountAsync();
        await page.SetInputFilesAsync("form.xf-form [data-testid=attachment-picker] input[type=file]", files);
        await Assertions.Expect(page.Locator("form.xf-form [data-testid=picked-file]")).ToHaveCountAsync(before + files.Length);
    }

    public ILocator PickedFiles => page.Locator("form.xf-form [data-testid=picked-file]");

    public async Task SubmitAsync() => await page.ClickAsync("form.xf-form button[type=submit]");

    public async Task<string> SavedNumberAsync() => (await page.Locator("[data-testid=saved-number]").InnerTextAsync()).Trim();

    public ILocator FieldError(string field) => page.Locator($".xf-field-error[data-field='{field}']");
}
