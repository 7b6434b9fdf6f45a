using Microsoft.Playwright;

namespace Xinfang.E2ETests.Pages;

/// <summary>督办 → 领导包案 (supervisors assign a leader; the board groups key cases by leader) and 我包案的事项 (leaders).</summary>
public sealed class KeyCasesPage(IPage page)
{
    public async Task OpenBoardAsync()
    {
        await page.OpenAsync("/supervision/key-cases");
        await page.WaitForSelectorAsync("[data-testid=key-case-board]");
    }

    public async Task AssignAsync(string number, string leader, string note)
    {
        var form = page.Locator("[data-testid=assign-key-leader]");
        await form.Locator("#key-case-number").FillAsync(number);
        await form.Locator("#key-case-leader").SelectOptionAsync(new SelectOptionValue { Label = leader });
        await form.Locator("#key-case-note").FillAsync(note);
        await form.Locator("[data-testid=submit-assign]").ClickAsync();
        await Assertions.Expect(form.Locator("[data-testid=assign-message]")).ToContainTextAsync(number);
    }

    public ILocator BoardRow(string leader) => page.Locator($"[data-testid=key-case-board] tr[data-leader='{leader}']");

    public ILocator LeaderCase(string number) => page.Locator($"[data-testid=leader-cases] tr[data-number='{number}']");

    public async Task OpenMineAsync()
    {
        await page.OpenAsync("/my-key-cases");
        await page.WaitForSelectorAsync("[data-testid=my-key-cases]");
    }

    public ILocator MyCase(string number) => page.Locator($"[data-testid=my-key-cases] tr[data-number='{number}']");

    public async Task InstructAsync(string number, string text)
    {
        await MyCase(number).Locator("[data-testid=instruct]").ClickAsync();
        var form = page.Locator("[data-testid=instruct-form]");
        await form.Locator("#instruction").FillAsync(text);
        await form.Locator("[data-testid=submit-instruction]").ClickAsync();
        await Assertions.Expect(MyCase(number).Locator("[data-testid=last-instruction]")).ToHaveTextAsync(text);
    }
}
