using Microsoft.Playwright;
using Xinfang.Core.Common;
using Xinfang.E2ETests.Pages;
using Xinfang.Tests;

namespace Xinfang.E2ETests;

public sealed partial class CaseJourneyTests
{
    /// <summary>Issue 3's attachments: the registrar scans the letter in at intake (a wrong file is refused next to
    /// its name), the handler replies with the reply document, both are listed and download byte for byte, and
    /// another township's handler cannot fetch them even with the link.</summary>
    [Fact]
    public async Task Letter_WithItsScanAtIntake_AndAReplyDocument_AreListedAndDownloadedWithinScope()
    {
        var letter = SampleFiles.Pdf("Letter of Wang Guihua");
        var replyDocument = SampleFiles.Docx("关于王桂华反映安置房分配问题的答复意见书");

        // 1. The registrar fills the intake, attaches the scanned letter and, by mistake, a program.
        var registrar = await app.SignInAsync("registrar");
        var intake = new IntakePage(registrar);
        await intake.OpenAsync();
        await intake.FillLetterAsync("安置房分配名单有误", "本人系大河村拆迁户，安置房分配名单中遗漏本户，请求核实更正。附来信扫描件。",
            "王桂华", ChineseIdNumber.Make("510411", new DateOnly(1972, 3, 8), 17), "13908127788");
        await intake.AttachAsync(
            new FilePayload { Name = "王桂华来信扫描件.pdf", MimeType = "application/pdf", Buffer = letter },
            new FilePayload { Name = "安置名单.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Exe() });
        await Assertions.Expect(intake.FieldError("attachments[1]")).ToContainTextAsync("“安置名单.pdf”类型不允许");
        await Assertions.Expect(intake.PickedFiles.Nth(0)).ToContainTextAsync("PDF 文档");
        await registrar.ViewShotAsync(registrar.Locator("[data-testid=attachment-picker]"), "13-intake-attachment-refused");

        // Submitting anyway: the use case refuses the whole registration, nothing is saved.
        await intake.SubmitAsync();
        await Assertions.Expect(registrar.Locator("[data-testid=form-error]")).ToBeVisibleAsync();
        Assert.Equal(0, await registrar.Locator("[data-testid=saved]").CountAsync());

        // Removing the wrong file, the case is registered with the letter.
        await intake.PickedFiles.Nth(1).Locator("button").ClickAsync();
        await Assertions.Expect(intake.PickedFiles).ToHaveCountAsync(1);
        await intake.SubmitAsync();
        await Assertions.Expect(registrar.Locator("[data-testid=saved]")).ToContainTextAsync("附件1个");
        var number = await intake.SavedNumberAsync();
        await WorkbenchApp.ShotAsync(registrar, "14-intake-saved-with-attachment");

        var registrarCase = new CasePage(registrar);
        await registrarCase.OpenAsync(number);
        await Assertions.Expect(registrarCase.AttachmentLinks).ToHaveTextAsync(["王桂华来信扫描件.pdf"]);
        await Assertions.Expect(registrarCase.StepAttachments("登记")).ToHaveTextAsync(["王桂华来信扫描件.pdf"]);
        Assert.Equal(letter, await registrarCase.DownloadAsync("王桂华来信扫描件.pdf"));

        // 2. The dispatcher forwards it to the township.
        var dispatcher = await app.SignInAsync("dispatcher");
        var dispatcherCase = new CasePage(dispatcher);
        await dispatcherCase.OpenAsync(number);
        await dispatcherCase.DoAsync("dispatch", async p =>
        {
            await p.SelectOptionAsync("#mode", "Forward");
            await p.SelectOptionAsync("#leadUnit", new SelectOptionValue { Label = "仁和镇人民政府" });
        });

        // 3. The township handler signs, accepts and replies with the reply document attached.
        var handler = await app.SignInAsync("handler-renhe");
        var handlerCase = new CasePage(handler);
        await handlerCase.OpenAsync(number);
        await handlerCase.DoAsync("sign");
        await handlerCase.DoAsync("accept");
        await handlerCase.DoAsync("reply", async p =>
        {
            await p.FillAsync("#text", "经核实，安置名单遗漏系录入错误，已更正，定于下月交房。详见答复意见书。");
            await CasePage.AttachAsync(p, new FilePayload
            {
                Name = "答复意见书.docx",
                MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Buffer = replyDocument,
            });
            await p.ViewShotAsync(p.Locator("[data-testid=action-form]"), "15-handler-reply-with-document");
        });
        Assert.Equal("已答复", await handlerCase.StatusAsync());
        await Assertions.Expect(handlerCase.Message).ToContainTextAsync("附件1个已保存");
        await Assertions.Expect(handlerCase.StepAttachments("答复")).ToHaveTextAsync(["答复意见书.docx"]);
        await Assertions.Expect(handlerCase.AttachmentLinks).ToHaveTextAsync(["王桂华来信扫描件.pdf", "答复意见书.docx"]);
        Assert.Equal(letter, await handlerCase.DownloadAsync("王桂华来信扫描件.pdf"));
        await handler.ViewShotAsync(handler.Locator("[data-testid=attachments]"), "16-case-attachments");
        await WorkbenchApp.ShotAsync(handler, "17-case-with-attachments-full");

        // 4. The bureau reads the reply document as it was written.
        await dispatcherCase.OpenAsync(number);
        Assert.Equal(replyDocument, await dispatcherCase.DownloadAsync("答复意见书.docx"));

        // 5. Another township's handler, with the link in hand, is refused.
        var href = await handlerCase.AttachmentLinks.Nth(1).GetAttributeAsync("href");
        var other = await app.SignInAsync("handler-pingdi");
        var response = await other.APIRequest.GetAsync(href!);
        Assert.Equal(403, response.Status);
    }
}
