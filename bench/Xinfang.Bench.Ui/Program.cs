using System.Diagnostics;
using Microsoft.Playwright;
using Spectre.Console;

// The workbench as officials see it, timed in Debian's headless Chromium against a running platform: from the start
// of navigation until the page shows its data AND is live (the Blazor circuit is connected, so it reacts to clicks).
//   dotnet run -c Release --project bench/Xinfang.Bench.Ui -- http://127.0.0.1:5000 [samples] [password]
var baseUrl = args.ElementAtOrDefault(0) ?? "http://127.0.0.1:5000";
var samples = int.TryParse(args.ElementAtOrDefault(1), out var n) ? n : 10;
var password = args.ElementAtOrDefault(2) ?? Environment.GetEnvironmentVariable("Demo__Password") ?? "Xinfang@2026";

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});

var table = new Table().AddColumns("页面", "用户", "p50", "p95", "最大");
var dispatcher = await SignInAsync("dispatcher");
// The floor: the intake form reads nothing from the database (the category tree and places are held in memory),
// so its time is what a page costs without data (document, scripts, circuit).
await TimeAsync(dispatcher, "登记表单（不查数据库：页面本身）", "派单员", "/cases/new", "form.xf-form");
foreach (var queue in new[] { "to-dispose", "in-progress", "overdue" })
{
    await TimeAsync(dispatcher, $"队列 {queue}", "派单员", $"/cases?queue={queue}", "[data-testid=case-link]");
}

var township = await SignInAsync("handler-renhe");
await TimeAsync(township, "队列 in-progress", "仁和镇承办人", "/cases?queue=in-progress", "[data-testid=case-link]");

await dispatcher.OpenAsync("/cases?queue=in-progress", "[data-testid=case-link]");
var caseLink = (await dispatcher.Locator("[data-testid=case-link]").First.GetAttributeAsync("href"))!;
await TimeAsync(dispatcher, "事项详情（办理过程与可办操作）", "派单员", caseLink, "[data-testid=timeline]");

var leader = await SignInAsync("leader");
await TimeAsync(leader, "领导驾驶舱（三率、走势与分布图）", "领导", "/dashboard", "[data-testid=overdue-units]", "canvas, svg");

AnsiConsole.Write(table);
AnsiConsole.MarkupLine($"[grey]{samples} 次/页面，{DateTime.Now:yyyy-MM-dd HH:mm}，{Environment.ProcessorCount} 核，Chromium 1366×768[/]");
return 0;

async Task<IPage> SignInAsync(string userName)
{
    var context = await browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = baseUrl, ViewportSize = new ViewportSize { Width = 1366, Height = 768 }, Locale = "zh-CN",
    });
    var page = await context.NewPageAsync();
    page.SetDefaultTimeout(60_000);
    await page.GotoAsync("/login");
    await page.FillAsync("#userName", userName);
    await page.FillAsync("#password", password);
    await page.ClickAsync("button[type=submit]");
    await page.WaitForSelectorAsync("[data-circuit=on]");
    return page;
}

async Task TimeAsync(IPage page, string name, string who, string path, params string[] ready)
{
    await page.OpenAsync(path, ready); // warm-up
    var timings = new List<double>(samples);
    for (var i = 0; i < samples; i++)
    {
        var watch = Stopwatch.StartNew();
        await page.OpenAsync(path, ready);
        timings.Add(watch.Elapsed.TotalMilliseconds);
    }

    timings.Sort();
    string Ms(double v) => $"{v:0} ms";
    table.AddRow(name, who, Ms(timings[(timings.Count - 1) / 2]), Ms(timings[(int)Math.Ceiling(0.95 * timings.Count) - 1]), Ms(timings[^1]));
}

internal static class PageReady
{
    public static async Task OpenAsync(this IPage page, string path, params string[] ready)
    {
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("[data-circuit=on]");
        foreach (var selector in ready)
        {
            await page.Locator(selector).First.WaitForAsync();
        }
    }
}
