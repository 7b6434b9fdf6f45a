using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Audit;
using Xinfang.Core.Cases.Attachments;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Tests;
using Xinfang.Core.Cases;

namespace Xinfang.IntegrationTests;

/// <summary>Documents of a case over HTTP and in the database: uploaded with the registration and with the reply,
/// listed on the case, downloaded byte for byte within the case's data scope, refused when wrong (nothing stored),
/// and audited both ways.</summary>
public abstract class AttachmentContract(XinfangApp app)
{
    private async Task<(HttpClient Registrar, CaseDetailView Case)> RegisteredAsync(string content)
    {
        var registrar = await app.As("registrar");
        var (category, region) = await registrar.PlaceAsync();
        return (registrar, await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, content: content)));
    }

    [Fact]
    public async Task Registration_ThenItsDocuments_AreListedOnTheCaseAndDownloadByteForByte()
    {
        var (registrar, c) = await RegisteredAsync("附件测试：登记时上传来信扫描件");
        var registerStep = c.Timeline[0].Id;
        var letter = SampleFiles.Pdf("letter scan");

        var response = await registrar.UploadAsync(c.Id, registerStep, ("来信扫描件.pdf", letter), ("现场照片.png", SampleFiles.Png()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var added = (await response.Content.ReadFromJsonAsync<List<AttachmentView>>(Json.Options))!;
        Assert.Equal(["来信扫描件.pdf", "现场照片.png"], added.Select(a => a.FileName));
        Assert.Equal([FileKind.Pdf, FileKind.Png], added.Select(a => a.Kind));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(letter)), added[0].Sha256);
        Assert.Equal(letter.Length, added[0].Size);

        var view = await registrar.GetCaseAsync(c.Id);
        Assert.Equal(added.Select(a => a.Id), view.Attachments.Select(a => a.Id));
        Assert.Equal(["来信扫描件.pdf", "现场照片.png"], view.Timeline[0].Attachments.Select(a => a.FileName));
        Assert.Equal(view.Version, c.Version);

        var download = await registrar.GetAsync($"/api/cases/{c.Id}/attachments/{added[0].Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(letter, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("来信扫描件.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal($"sha-256=:{Convert.ToBase64String(SHA256.HashData(letter))}:", download.Headers.GetValues("Repr-Digest").Single());
    }

    [Fact]
    public async Task ReplyDocument_IsFiledUnderTheReplyAndReadableByTheUnitAndTheBureau()
    {
        var (registrar, c) = await RegisteredAsync("附件测试：答复时上传答复意见书");
        var dispatcher = await app.As("dispatcher");
        var handler = await app.As("handler-renhe");
        await dispatcher.ActOkAsync(c.Id, "dispatch", new { mode = "Forward", leadUnitId = await registrar.UnitIdAsync("仁和镇人民政府") });
        await handler.ActOkAsync(c.Id, "sign");
        await handler.ActOkAsync(c.Id, "accept");
        var replied = await handler.ActOkAsync(c.Id, "reply", new { text = "经核查，已督促落实安置，详见答复意见书。" });
        var replyStep = replied.Timeline[^1];
        Assert.Equal("Reply", replyStep.Action);
        var document = SampleFiles.Docx("答复意见书");

        var upload = await handler.UploadAsync(c.Id, replyStep.Id, ("答复意见书.docx", document));

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var view = await dispatcher.GetCaseAsync(c.Id);
        var reply = view.Timeline.Single(e => e.Id == replyStep.Id);
        Assert.Equal("答复意见书.docx", Assert.Single(reply.Attachments).FileName);
        Assert.Equal("handler-renhe", await UploaderAsync(reply.Attachments[0].Id));
        foreach (var reader in new[] { handler, dispatcher, await app.As("leader") })
        {
            var bytes = await reader.GetByteArrayAsync($"/api/cases/{c.Id}/attachments/{reply.Attachments[0].Id}");
            Assert.Equal(document, bytes);
        }

        // Somebody else's step is not theirs to add to; a document of their own becomes a step of its own.
        var onTheReply = await dispatcher.UploadAsync(c.Id, replyStep.Id, ("补充.pdf", SampleFiles.Pdf()));
        Assert.Equal(HttpStatusCode.Forbidden, onTheReply.StatusCode);
        Assert.Equal("attachment.not_own_step", (await onTheReply.ProblemAsync()).GetProperty("code").GetString());
        var separate = await dispatcher.UploadAsync(c.Id, null, ("回访录音.mp3", SampleFiles.Mp3()));
        Assert.Equal(HttpStatusCode.Created, separate.StatusCode);
        var after = await dispatcher.GetCaseAsync(c.Id);
        var step = after.Timeline[^1];
        Assert.Equal(("Attach", "补充附件", "补充附件：回访录音.mp3"), (step.Action, step.ActionName, step.Note));
        Assert.Equal((view.Status, view.Version), (after.Status, after.Version));
    }

    [Fact]
    public async Task Upload_WrongTypeTooLargeOrEmpty_IsRejectedWithFieldErrorsAndNothingIsStored()
    {
        var (registrar, c) = await RegisteredAsync("附件测试：不合格的文件");
        var tooLarge = new byte[(AttachmentSettings.DefaultMaxFileMegabytes * 1024 * 1024) + 1];
        "%PDF-"u8.CopyTo(tooLarge);

        var response = await registrar.UploadAsync(c.Id, c.Timeline[0].Id,
            ("来信.pdf", SampleFiles.Pdf()), ("答复意见书.pdf", SampleFiles.Exe()), ("扫描件.pdf", tooLarge), ("空白.txt", []));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        var codes = problem.GetProperty("codes");
        Assert.Equal("attachment.type_not_allowed", codes.GetProperty("attachments[1]")[0].GetString());
        Assert.Equal("attachment.too_large", codes.GetProperty("attachments[2]")[0].GetString());
        Assert.Equal("attachment.empty", codes.GetProperty("attachments[3]")[0].GetString());
        Assert.False(codes.TryGetProperty("attachments[0]", out _));
        Assert.StartsWith("“答复意见书.pdf”类型不允许", problem.GetProperty("errors").GetProperty("attachments[1]")[0].GetString(), StringComparison.Ordinal);

        var tooMany = Enumerable.Range(1, AttachmentSettings.DefaultMaxFilesPerAction + 1).Select(i => ($"{i}.pdf", SampleFiles.Pdf())).ToArray();
        var many = await registrar.UploadAsync(c.Id, null, tooMany);
        Assert.Equal(HttpStatusCode.BadRequest, many.StatusCode);
        Assert.Equal("attachment.too_many", (await many.ProblemAsync()).GetProperty("code").GetString());

        var notMultipart = await registrar.PostAsJsonAsync($"/api/cases/{c.Id}/attachments", new { }, Json.Options);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notMultipart.StatusCode);

        await using var scope = app.Scope();
        var db = XinfangApp.Db(scope);
        Assert.False(await db.CaseAttachments.AnyAsync(a => a.CaseId == c.Id));
        Assert.Equal(c.Timeline.Count, await db.CaseEvents.CountAsync(e => e.CaseId == c.Id));
    }

    [Fact]
    public async Task AnotherUnitsHandler_CanNeitherDownloadNorUpload()
    {
        var (registrar, c) = await RegisteredAsync("附件测试：数据范围");
        var dispatcher = await app.As("dispatcher");
        await dispatcher.ActOkAsync(c.Id, "dispatch", new { mode = "Forward", leadUnitId = await registrar.UnitIdAsync("仁和镇人民政府") });
        var added = await (await registrar.UploadAsync(c.Id, c.Timeline[0].Id, ("来信.pdf", SampleFiles.Pdf()))).Content.ReadFromJsonAsync<List<AttachmentView>>(Json.Options);
        var url = $"/api/cases/{c.Id}/attachments/{added![0].Id}";
        var pingdi = await app.As("handler-pingdi");

        var download = await pingdi.GetAsync(url);
        var byNumber = await pingdi.GetAsync($"/api/cases/{c.Number}/attachments/{added[0].Id}");
        var upload = await pingdi.UploadAsync(c.Id, null, ("伪造.pdf", SampleFiles.Pdf()));

        Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
        Assert.Equal("case.out_of_scope", (await download.ProblemAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, byNumber.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.As("handler-renhe")).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(url)).StatusCode);

        // An attachment of one case is not reachable through another case's address.
        var (_, other) = await RegisteredAsync("附件测试：另一件");
        Assert.Equal(HttpStatusCode.NotFound, (await registrar.GetAsync($"/api/cases/{other.Id}/attachments/{added[0].Id}")).StatusCode);

        await using var scope = app.Scope();
        var audit = XinfangApp.Db(scope).AuditEntries;
        Assert.False(await audit.AnyAsync(a => a.Action == AuditTrail.DownloadAttachment && a.UserName == "handler-pingdi"));
    }

    [Fact]
    public async Task UploadAndDownload_AreAuditedWithoutTheContent()
    {
        var (registrar, c) = await RegisteredAsync("附件测试：审计");
        var pdf = SampleFiles.Pdf("audit");
        var added = await (await registrar.UploadAsync(c.Id, c.Timeline[0].Id, ("来信.pdf", pdf))).Content.ReadFromJsonAsync<List<AttachmentView>>(Json.Options);
        var leader = await app.As("leader");
        Assert.Equal(pdf, await leader.GetByteArrayAsync($"/api/cases/{c.Id}/attachments/{added![0].Id}"));

        await using var scope = app.Scope();
        var lines = await XinfangApp.Db(scope).AuditEntries.Where(a => a.EntityId == c.Id.ToString() || a.EntityId == added[0].Id.ToString()).ToListAsync();
        var upload = lines.Single(a => a.EntityType == nameof(CaseAttachment) && a.Action == "Added");
        Assert.Equal("registrar", upload.UserName);
        Assert.Contains("\"FileName\":\"来信.pdf\"", upload.After, StringComparison.Ordinal);
        Assert.Contains(added[0].Sha256, upload.After, StringComparison.Ordinal);
        var content = lines.Single(a => a.EntityType == nameof(AttachmentContent));
        Assert.Contains($"({pdf.Length} bytes)", content.After, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(pdf)[..40], content.After, StringComparison.Ordinal);
        var download = lines.Single(a => a.Action == AuditTrail.DownloadAttachment);
        Assert.Equal(("leader", nameof(CaseAttachment)), (download.UserName, download.EntityType));
        Assert.Contains(added[0].Id.ToString(), download.After, StringComparison.Ordinal);
        Assert.Equal(64, download.Seal.Length);
    }

    [Fact]
    public async Task Register_WithFiles_StoresThemInTheSameTransactionOrNothingAtAll()
    {
        var registrar = await app.As("registrar");
        var (category, region) = await registrar.PlaceAsync();
        var actor = new Actor(0, "system", new HashSet<string> { Roles.Registrar }, 0, DataScope.Everything);
        var request = ApiClient.Letter(app.Clock.GetUtcNow(), category, region, content: "附件测试：登记与附件同一事务") with { Subject = "登记附件事务测试" };

        await using (var scope = app.Scope())
        {
            var handler = scope.ServiceProvider.GetRequiredService<RegisterCase>();
            var refused = await handler.HandleAsync(request, actor, null,
                [new AttachmentUpload("来信.pdf", 10, SampleFiles.Pdf()), new AttachmentUpload("病毒.exe", 16, SampleFiles.Exe())]);
            Assert.False(refused.IsSuccess);
            Assert.Equal(("attachments[1]", "attachment.type_not_allowed"), (refused.FirstError.Field, refused.FirstError.Code));
            Assert.False(await XinfangApp.Db(scope).Cases.AnyAsync(x => x.Subject == "登记附件事务测试"));
        }

        await using (var scope = app.Scope())
        {
            var handler = scope.ServiceProvider.GetRequiredService<RegisterCase>();
            var registered = await handler.HandleAsync(request, actor, null, [new AttachmentUpload("来信.pdf", 10, SampleFiles.Pdf())]);
            Assert.True(registered.IsSuccess);
            var attachment = Assert.Single(registered.Value.Case.Attachments);
            Assert.Equal(registered.Value.Case.Timeline[0].Id, attachment.EventId);
        }

        await using (var scope = app.Scope())
        {
            var db = XinfangApp.Db(scope);
            var stored = await db.CaseAttachments.Include(a => a.Content).SingleAsync(a => a.FileName == "来信.pdf" && db.Set<Case>().Any(x => x.Id == a.CaseId && x.Subject == "登记附件事务测试"));
            Assert.Equal(SampleFiles.Pdf(), stored.Content!.Bytes);
        }
    }

    [Fact]
    public async Task OpenApi_DescribesTheUploadAndDownload()
    {
        var openApi = await app.Anonymous().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/cases/{id}/attachments\"", openApi, StringComparison.Ordinal);
        Assert.Contains("/api/cases/{id}/attachments/{attachmentId}", openApi, StringComparison.Ordinal);
        Assert.Contains("multipart/form-data", openApi, StringComparison.Ordinal);
    }

    private async Task<string> UploaderAsync(Guid attachmentId)
    {
        await using var scope = app.Scope();
        var db = XinfangApp.Db(scope);
        var attachment = await db.CaseAttachments.SingleAsync(a => a.Id == attachmentId);
        return await db.Users.Where(u => u.Id == attachment.UploadedByUserId).Select(u => u.UserName!).SingleAsync();
    }
}
