using Microsoft.Playwright;
using Xinfang.E2ETests.Pages;

namespace Xinfang.E2ETests;

/// <summary>The knowledge base in Chromium: a township handler writes an entry, attaches a form and sends it for approval,
/// the township head publishes it (with its file), and the registrar is offered it while registering a matter about the same thing.</summary>
public sealed class KnowledgeTests(WorkbenchApp app) : IClassFixture<WorkbenchApp>
{
    [Fact]
    public async Task AnOwnerPublishesAnEntry_AndTheRegistrarFindsItWhileRegistering()
    {
        var title = "汛期山洪灾害预警广播报修";
        var author = await app.SignInAsync("handler-renhe");
        await author.OpenAsync("/knowledge/new");
        await author.SelectOptionAsync("#kb-kind", new SelectOptionValue { Label = "便民提示" });
        await author.FillAsync("#kb-title", title);
        await author.FillAsync("#kb-body", "汛期村里的**山洪灾害预警广播**无声或听不清的：\n\n1. 向村（社区）报告；\n2. 由镇应急办在 24 小时内派人维修。");
        await author.FillAsync("#kb-tags", "山洪,预警广播,汛期");
        await Assertions.Expect(author.Locator("[data-testid=kb-preview] strong")).ToHaveTextAsync("山洪灾害预警广播");
        await WorkbenchApp.ShotAsync(author, "kb-01-editor");
        await author.ClickAsync("[data-testid=kb-save]");
        await Assertions.Expect(author.Locator("[data-testid=knowledge-status]")).ToHaveTextAsync("草稿");
        var address = author.Url;
        await author.Locator("[data-testid=attachment-picker] input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "预警广播报修单.pdf", MimeType = "application/pdf", Buffer = Tests.SampleFiles.Pdf("repair form"),
        });
        await author.ClickAsync("[data-testid=knowledge-attach]");
        await Assertions.Expect(author.Locator("[data-testid=knowledge-attachment]")).ToContainTextAsync("修改稿新增（待发布）");
        await author.ClickAsync("[data-testid=knowledge-submit]");
        await Assertions.Expect(author.Locator("[data-testid=knowledge-status]")).ToHaveTextAsync("待审核");

        var head = await app.SignInAsync("head-renhe");
        await head.OpenAsync(new Uri(address).PathAndQuery); // waits for the circuit: a click before it is lost
        await head.ClickAsync("[data-testid=knowledge-approve]");
        await Assertions.Expect(head.Locator("[data-testid=knowledge-status]")).ToHaveTextAsync("已发布");
        await Assertions.Expect(head.Locator("[data-testid=knowledge-body] strong")).ToHaveTextAsync("山洪灾害预警广播");
        await Assertions.Expect(head.Locator("[data-testid=knowledge-attachment]")).ToContainTextAsync("预警广播报修单.pdf");
        await Assertions.Expect(head.Locator("[data-testid=knowledge-attachment]")).ToContainTextAsync("已发布");
        await WorkbenchApp.ShotAsync(head, "kb-02-published");

        var registrar = await app.SignInAsync("registrar");
        await new IntakePage(registrar).OpenAsync();
        await registrar.FillAsync("#subject", "村里预警广播坏了");
        await registrar.FillAsync("#content", "汛期快到了，我们村的山洪预警广播一直没有声音，下雨时群众听不到预警，请求尽快维修。");
        await registrar.Locator("#subject").FocusAsync();
        var suggestion = registrar.Locator("[data-testid=knowledge-suggestion]", new() { HasText = title });
        await Assertions.Expect(suggestion).ToBeVisibleAsync();
        await WorkbenchApp.ShotAsync(registrar, "kb-03-intake-suggestion");

        await registrar.OpenAsync("/knowledge");
        await registrar.FillAsync("[aria-label=检索知识库]", "预警广播");
        await registrar.ClickAsync("[data-testid=knowledge-search]");
        await Assertions.Expect(registrar.Locator(".xf-passage mark").First).ToBeVisibleAsync();
        await Assertions.Expect(registrar.Locator("[data-testid=knowledge-link]")).ToHaveCountAsync(1);
        await Assertions.Expect(registrar.Locator("[data-testid=knowledge-link]")).ToHaveTextAsync(title);
        await WorkbenchApp.ShotAsync(registrar, "kb-04-search");
    }
}
