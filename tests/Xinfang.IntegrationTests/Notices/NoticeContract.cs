using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Xinfang.Core.Notices;
using Xinfang.Core.Notices.Features;

namespace Xinfang.IntegrationTests.Notices;

/// <summary>
/// The written notices of the Regulations: one matter taken through every step issues 转送（交办）告知书, 交办单, 受理告知书,
/// 督办单, 延期告知书, 答复意见书, 复查意见书 and 复核意见书; two refusals issue 不予受理告知书 numbers 1 and 2 of their own
/// series. Each is downloaded as Word and as PDF and read back; the petitioner gets their own notices on the portal and
/// never the sheets that go to units; a unit outside the case's scope gets none.
/// </summary>
public abstract class NoticeContract(XinfangApp app)
{
    [Fact]
    public async Task EveryKind_IsIssuedNumbered_AndReadsBackFromWordAndPdf()
    {
        var registrar = await app.As("registrar");
        var dispatcher = await app.As("dispatcher");
        var handler = await app.As("handler-renhe");
        var supervisor = await app.As("supervisor");
        var (category, region) = await registrar.PlaceAsync();
        var township = await registrar.UnitIdAsync("仁和镇人民政府");
        var year = Xinfang.Core.Common.ChinaTime.DateOf(app.Clock.GetUtcNow()).Year;

        // Texts of their own: a matter like another test's finalised one would be recognised as such and only refusable.
        var c = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, ApiClient.IdNumber(31),
            $"文书测试：仁和镇大河村安置房迟迟未分配，请求落实。{Guid.NewGuid():N}"));
        await dispatcher.ActOkAsync(c.Id, "dispatch", new { mode = "Assign", leadUnitId = township });
        await handler.ActOkAsync(c.Id, "sign");
        await handler.ActOkAsync(c.Id, "accept");
        await supervisor.ActOkAsync(c.Id, "supervise", new { note = "请加快核实安置名单", days = 5 });
        await handler.ActOkAsync(c.Id, "request-extension", new { days = 30, reason = "需会同自然资源部门核实安置名单" });
        await dispatcher.ActOkAsync(c.Id, "approve-extension");
        await handler.ActOkAsync(c.Id, "report-result", new { text = "已协调安置房分配，下月交房。" });
        await dispatcher.ActOkAsync(c.Id, "approve-result");
        await registrar.ActOkAsync(c.Id, "request-review", new { reason = "对安置面积有异议" });
        await supervisor.ActOkAsync(c.Id, "answer-review", new { text = "经复查，安置面积符合政策，维持原答复。" });
        await registrar.ActOkAsync(c.Id, "request-re-review", new { reason = "仍有异议" });
        await supervisor.ActOkAsync(c.Id, "answer-re-review", new { text = "经复核，维持复查意见。" });

        var notices = (await registrar.GetFromJsonAsync<List<NoticeView>>($"/api/cases/{c.Id}/notices", Json.Options))!;
        Assert.Equal([NoticeKind.Transfer, NoticeKind.AssignmentSheet, NoticeKind.Acceptance, NoticeKind.SupervisionSheet, NoticeKind.Extension,
            NoticeKind.Reply, NoticeKind.ReviewOpinion, NoticeKind.ReReviewOpinion], notices.Select(n => n.Kind).OrderBy(k => Array.IndexOf(Order, k)));

        // Two refusals: numbers 1 and 2 of the refusal series (each series counts on its own).
        var refusals = new List<NoticeView>();
        var caseOf = notices.ToDictionary(n => n.Id, _ => c.Id);
        foreach (var n in new[] { 32, 33 })
        {
            var r = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, ApiClient.IdNumber(n),
                $"不予受理测试：对法院判决不服，请求信访部门改判。{Guid.NewGuid():N}"));
            await dispatcher.ActOkAsync(r.Id, "refuse", new { reason = "该事项已经人民法院判决", properChannel = "依法向人民法院申请再审" });
            refusals.Add(Assert.Single((await registrar.GetFromJsonAsync<List<NoticeView>>($"/api/cases/{r.Id}/notices", Json.Options))!));
            caseOf[refusals[^1].Id] = r.Id;
        }

        var refusalSerials = refusals.Select(r => Serial(r.Number)).ToList();
        Assert.Equal(refusalSerials[0] + 1, refusalSerials[1]);
        Assert.All(refusals, r => Assert.StartsWith($"仁信不受〔{year}〕", r.Number, StringComparison.Ordinal));

        foreach (var notice in notices.Concat(refusals))
        {
            var path = $"/api/cases/{caseOf[notice.Id]}/notices/{notice.Id}";
            var entry = NoticeCatalog.Of(notice.Kind);
            Assert.Matches($"^仁信{entry.NumberWord}〔{year}〕\\d+号$", notice.Number);

            var word = await registrar.GetAsync($"{path}?format=docx");
            Assert.Equal(HttpStatusCode.OK, word.StatusCode);
            Assert.Contains(".docx", word.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);
            using (var doc = WordprocessingDocument.Open(new MemoryStream(await word.Content.ReadAsByteArrayAsync()), false))
            {
                var text = string.Join("\n", doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText));
                Assert.Contains(entry.Title, text, StringComparison.Ordinal);
                Assert.Contains(notice.Number, text, StringComparison.Ordinal);
                Assert.DoesNotContain("{", text, StringComparison.Ordinal); // every placeholder filled
                Assert.Contains(notice.Issuer, text, StringComparison.Ordinal);
            }

            var pdf = await registrar.GetAsync($"{path}?format=pdf");
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
            var pdfText = PdfText(await pdf.Content.ReadAsByteArrayAsync());
            Assert.Contains(entry.Title, pdfText, StringComparison.Ordinal);
            Assert.Contains(notice.Number, pdfText, StringComparison.Ordinal);
        }

        // The facts of each step are in its notice.
        async Task<string> WordText(Guid caseId, NoticeKind kind, List<NoticeView> list)
        {
            var bytes = await registrar.GetByteArrayAsync($"/api/cases/{caseId}/notices/{list.Single(n => n.Kind == kind).Id}?format=docx");
            using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            return doc.MainDocumentPart!.Document!.Body!.InnerText;
        }

        Assert.Contains("张建国：", await WordText(c.Id, NoticeKind.Acceptance, notices), StringComparison.Ordinal);
        Assert.Contains("延长30日", await WordText(c.Id, NoticeKind.Extension, notices), StringComparison.Ordinal);
        Assert.Contains("已协调安置房分配，下月交房。", await WordText(c.Id, NoticeKind.Reply, notices), StringComparison.Ordinal);
        Assert.Contains("仁和镇人民政府：", await WordText(c.Id, NoticeKind.AssignmentSheet, notices), StringComparison.Ordinal);
        Assert.Contains("请加快核实安置名单", await WordText(c.Id, NoticeKind.SupervisionSheet, notices), StringComparison.Ordinal);
        Assert.Contains("维持复查意见", await WordText(c.Id, NoticeKind.ReReviewOpinion, notices), StringComparison.Ordinal);

        var html = await registrar.GetAsync($"/api/cases/{c.Id}/notices/{notices[0].Id}?format=html");
        Assert.Contains("window.print()", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await registrar.GetAsync($"/api/cases/{c.Id}/notices/{notices[0].Id}?format=exe")).StatusCode);

        // Another township's handler sees no notice of this case.
        var other = await app.As("handler-pingdi");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/cases/{c.Id}/notices")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/cases/{c.Id}/notices/{notices[0].Id}?format=pdf")).StatusCode);
    }

    private static readonly NoticeKind[] Order =
    [
        NoticeKind.Transfer, NoticeKind.AssignmentSheet, NoticeKind.Acceptance, NoticeKind.SupervisionSheet, NoticeKind.Extension, NoticeKind.Reply,
        NoticeKind.ReviewOpinion, NoticeKind.ReReviewOpinion,
    ];

    private static int Serial(string number) => int.Parse(number[(number.IndexOf('〕', StringComparison.Ordinal) + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);

    internal static string PdfText(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"notice-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", $"\"{file}\" -") { RedirectStandardOutput = true, RedirectStandardError = true })
                ?? throw new InvalidOperationException("pdftotext did not start (install Debian poppler-utils).");
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteNoticeTests(SqliteApp app) : NoticeContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresNoticeTests(PostgresApp app) : NoticeContract(app);
