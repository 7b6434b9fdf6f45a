using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xinfang.Core.Cases;

namespace Xinfang.E2ETests;

/// <summary>
/// The public portal in Chromium, at phone size (375×812) and on a desktop: a citizen files a complaint with a photo,
/// confirms the phone by the code the text message brings, keeps the query code; staff handle the matter; the citizen
/// tracks it, reads the reply, rates it and asks for review. A refused submission shows its reasons and stores nothing.
/// </summary>
public sealed partial class PortalTests(WorkbenchApp app) : IClassFixture<WorkbenchApp>
{
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };
    private static readonly ViewportSize Desktop = new() { Width = 1366, Height = 900 };

    [GeneratedRegex(@"验证码为(\d{6})")]
    private static partial Regex CodeInText();

    [Theory]
    [InlineData("phone", "13912340001")]
    [InlineData("desktop", "13912340002")]
    public async Task Citizen_Files_Tracks_Rates_AndAsksForReview(string screen, string phone)
    {
        var page = await OpenAsync(screen == "phone" ? Phone : Desktop, "/portal");
        await page.ScreenshotAsync(Shot($"portal-{screen}-01-home"));
        await page.ClickAsync("[data-testid=portal-go-submit]");
        await page.WaitForSelectorAsync("#portal-submit");

        // Nothing filled in: each field says what is missing; nothing is stored.
        await page.ClickAsync("[data-testid=portal-submit]");
        await Assertions.Expect(page.Locator("[data-error-for=phone]")).ToContainTextAsync("11位手机号码");
        await Assertions.Expect(page.Locator("[data-error-for=content]")).ToContainTextAsync("至少10个字");
        await Assertions.Expect(page.Locator("[data-error-for=regionId]")).ToContainTextAsync("乡镇");

        await page.Locator("label.pt-choice", new() { HasText = "投诉" }).ClickAsync();
        await page.FillAsync("#pt-content", $"仁和镇大河村3组至村委会的道路被工程车压坏，下雨天全是泥坑，老人孩子出行困难，请尽快修复。（{screen}）");
        await page.SelectOptionAsync("#pt-region", new SelectOptionValue { Label = "仁和镇" });
        await page.SelectOptionAsync("#pt-village", new SelectOptionValue { Index = 1 });
        await page.SelectOptionAsync("#pt-category", new SelectOptionValue { Label = "市政设施" });
        await page.Locator("#pt-files").SetInputFilesAsync(new FilePayload { Name = "道路照片.png", MimeType = "image/png", Buffer = Tests.SampleFiles.Png() });
        await page.FillAsync("#pt-name", "刘春梅");

        // A bad phone is refused before any code is sent.
        await page.FillAsync("#pt-phone", "1391234");
        await page.ClickAsync("[data-testid=portal-send-code]");
        await Assertions.Expect(page.Locator("[data-error-for=phone]")).ToContainTextAsync("11位手机号码");

        await page.FillAsync("#pt-phone", phone);
        await page.ClickAsync("[data-testid=portal-send-code]");
        await Assertions.Expect(page.Locator("#pt-code-hint")).ToContainTextAsync("验证码已发送至 139****");
        await page.FillAsync("#pt-code", await CodeSentToAsync(phone));
        await page.ScreenshotAsync(Shot($"portal-{screen}-02-form"), fullPage: true);
        await page.ClickAsync("[data-testid=portal-submit]");

        var receipt = page.Locator("[data-testid=portal-receipt]");
        await Assertions.Expect(receipt).ToBeVisibleAsync();
        var number = (await page.Locator("[data-testid=receipt-number]").InnerTextAsync()).Trim();
        var queryCode = (await page.Locator("[data-testid=receipt-code]").InnerTextAsync()).Trim();
        Assert.Matches("^RH\\d{4}-\\d{6}$", number);
        Assert.Matches("^[2-9A-Z]{8}$", queryCode);
        await Assertions.Expect(page.Locator("[data-testid=receipt-sms]")).ToContainTextAsync("已通过短信发送");
        await page.ScreenshotAsync(Shot($"portal-{screen}-03-receipt"));

        // Staff complete, handle, accept and reply (through their API; the workbench journeys cover their screens).
        var registrar = await app.ApiAsAsync("registrar");
        var dispatcher = await app.ApiAsAsync("dispatcher");
        await ActAsync(registrar, number, "complete", new { statutoryClass = "ClaimRequest" });
        await ActAsync(dispatcher, number, "handle-itself");
        await ActAsync(dispatcher, number, "accept");
        await ActAsync(dispatcher, number, "reply", new { text = "刘春梅同志：您反映的大河村道路损坏问题，镇政府已安排施工单位于本周内修复。如对答复不服，可在收到之日起30日内申请复查。" });

        // Track: plain steps, the reply, then the rating and the review request.
        await page.ClickAsync("[data-testid=receipt-track]");
        await page.WaitForSelectorAsync("#portal-track");
        await Assertions.Expect(page.Locator("#pt-number")).ToHaveValueAsync(number);
        await page.FillAsync("#pt-query", "WRONGCOD");
        await page.ClickAsync("[data-testid=portal-track]");
        await Assertions.Expect(page.Locator("#portal-track [data-testid=portal-error]")).ToContainTextAsync("未查询到该事项");
        await page.FillAsync("#pt-query", queryCode.ToLowerInvariant());
        await page.ClickAsync("[data-testid=portal-track]");
        var progress = page.Locator("[data-testid=portal-progress]");
        await Assertions.Expect(page.Locator("[data-testid=progress-status]")).ToHaveTextAsync("已答复，请您评价");
        await Assertions.Expect(page.Locator("[data-testid=progress-steps]")).ToContainTextAsync("有关机关已受理您的事项");
        await Assertions.Expect(page.Locator("[data-testid=progress-answers]")).ToContainTextAsync("安排施工单位于本周内修复");
        Assert.DoesNotContain("派单员", await progress.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(Shot($"portal-{screen}-04-replied"), fullPage: true);

        // The written notices of the steps: the petitioner downloads the reply as PDF.
        var notices = page.Locator("[data-testid=progress-notices]");
        await Assertions.Expect(notices).ToContainTextAsync("信访事项受理告知书");
        await Assertions.Expect(notices).ToContainTextAsync("信访事项答复意见书");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            notices.Locator("li", new() { HasText = "答复意见书" }).Locator("[data-testid=notice-pdf]").ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.StartsWith("信访事项答复意见书（仁信答〔", download.SuggestedFilename, StringComparison.Ordinal);
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);

        await page.Locator("#portal-rate label.pt-choice", new() { HasText = "基本满意" }).ClickAsync();
        await page.ClickAsync("[data-testid=portal-rate-submit]");
        await Assertions.Expect(page.Locator("[data-testid=progress-answers]")).ToContainTextAsync("您的评价：基本满意");
        await Assertions.Expect(page.Locator("[data-testid=portal-rate]")).ToBeHiddenAsync();

        await page.FillAsync("#pt-reason", "施工单位只修了一半路段，请求复查。");
        await page.ClickAsync("[data-testid=portal-review-submit]");
        await Assertions.Expect(page.Locator("[data-testid=progress-status]")).ToHaveTextAsync("复查中");
        await Assertions.Expect(page.Locator("[data-testid=progress-steps]")).ToContainTextAsync("已收到您的复查请求");
        await page.ScreenshotAsync(Shot($"portal-{screen}-05-review"), fullPage: true);
        Assert.DoesNotContain(app.ServerLog.Lines, l => l.Contains("Portal", StringComparison.Ordinal) && l.Contains("fail", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task RefusedSubmission_SaysWhy_AndStoresNothing()
    {
        const string phone = "13912340003";
        var marker = $"拒绝{Guid.NewGuid():N}"[..12];
        var page = await OpenAsync(Phone, "/portal/submit");
        await page.Locator("label.pt-choice", new() { HasText = "求助" }).ClickAsync();
        await page.FillAsync("#pt-content", $"家中老人突发疾病，申请临时救助，请帮助联系民政部门。{marker}");
        await page.SelectOptionAsync("#pt-region", new SelectOptionValue { Label = "仁和镇" });
        await page.FillAsync("#pt-name", "郑国强");
        await page.FillAsync("#pt-phone", phone);
        await page.ClickAsync("[data-testid=portal-send-code]");
        await Assertions.Expect(page.Locator("#pt-code-hint")).ToContainTextAsync("验证码已发送");
        var code = await CodeSentToAsync(phone);

        // Another code within the minute: refused by the limit (the button's countdown is bypassed on purpose).
        await page.EvaluateAsync("document.getElementById('pt-send-code').disabled = false");
        await page.ClickAsync("[data-testid=portal-send-code]");
        await Assertions.Expect(page.Locator("#portal-submit [data-testid=portal-error]")).ToContainTextAsync("秒后再重新获取");

        // A wrong code and a bad ID number: both named, nothing stored.
        await page.FillAsync("#pt-code", code == "000000" ? "111111" : "000000");
        await page.FillAsync("#pt-id", "510411196001010010");
        await page.ClickAsync("[data-testid=portal-submit]");
        await Assertions.Expect(page.Locator("[data-error-for=idNumber]")).ToContainTextAsync("身份证号码无效");
        await page.FillAsync("#pt-id", "");
        await page.ClickAsync("[data-testid=portal-submit]");
        await Assertions.Expect(page.Locator("[data-error-for=code]")).ToContainTextAsync("验证码不正确");
        await page.ScreenshotAsync(Shot("portal-phone-06-refused"), fullPage: true);
        await Assertions.Expect(page.Locator("[data-testid=portal-receipt]")).ToBeHiddenAsync();

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Xinfang.Core.Data.XinfangDbContext>();
        Assert.False(await db.Cases.AnyAsync(c => c.Content.Contains(marker)));
    }

    [Fact]
    public async Task Citizen_FindsAPolicyAnswer_WithoutAnAccount()
    {
        var page = await OpenAsync(Phone, "/portal");
        await page.ClickAsync("[data-testid=portal-go-knowledge]");
        await page.FillAsync("[data-testid=portal-kb-search] input[name=q]", "物业费 上调");
        await page.ClickAsync("[data-testid=portal-kb-search] button");
        await page.WaitForSelectorAsync("[data-testid=portal-kb-item]");
        await page.ScreenshotAsync(Shot("portal-kb-01-search"), fullPage: true);
        var titles = await page.Locator("[data-testid=portal-kb-item] h2").AllInnerTextsAsync();
        Assert.Contains("物业费上调需要满足哪些条件", titles);
        Assert.DoesNotContain(titles, t => t.Contains("答复口径", StringComparison.Ordinal));

        await page.ClickAsync("[data-testid=portal-kb-item] >> text=物业费上调需要满足哪些条件");
        var entry = page.Locator("[data-testid=portal-kb-entry]");
        await entry.WaitForAsync();
        Assert.Contains("不能单方面", await entry.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(Shot("portal-kb-02-entry"), fullPage: true);
        await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenAsync(ViewportSize screen, string path)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl, ViewportSize = screen, AcceptDownloads = true, HasTouch = screen.Width < 500, IsMobile = screen.Width < 500, Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        page.Console += (_, message) => { if (message.Type == "error") Console.Error.WriteLine($"[portal] {message.Text}"); };
        await page.GotoAsync(path);
        return page;
    }

    /// <summary>The code from the text message the file sender wrote for <paramref name="phone"/> (the outbox runs every second).</summary>
    private async Task<string> CodeSentToAsync(string phone)
    {
        for (var i = 0; i < 100; i++)
        {
            if (Directory.Exists(app.SmsDirectory))
            {
                foreach (var file in Directory.GetFiles(app.SmsDirectory, "*.json").OrderByDescending(f => f))
                {
                    var message = JsonDocument.Parse(await File.ReadAllTextAsync(file)).RootElement;
                    if (message.GetProperty("phone").GetString() == phone && CodeInText().Match(message.GetProperty("text").GetString()!) is { Success: true } match)
                    {
                        return match.Groups[1].Value;
                    }
                }
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No code was texted to {phone}.");
    }

    internal static async Task ActAsync(HttpClient staff, string number, string action, object? body = null)
    {
        var response = await staff.PostAsJsonAsync($"/api/cases/{number}/actions/{action}", body ?? new { });
        Assert.True(response.IsSuccessStatusCode, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static PageScreenshotOptions Shot(string name) => new() { Path = Path.Combine(WorkbenchApp.Artifacts, name + ".png") };
}

internal static class PortalShots
{
    public static Task ScreenshotAsync(this IPage page, PageScreenshotOptions options, bool fullPage)
    {
        options.FullPage = fullPage;
        return page.ScreenshotAsync(options);
    }
}
