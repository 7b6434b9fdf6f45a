using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xinfang.Core.Analysis.Briefing;
using Xinfang.Core.Calendar;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.IntegrationTests.Notices;
using Xinfang.Web.Analysis;

namespace Xinfang.IntegrationTests.Analysis;

/// <summary>
/// The leaders' briefing on both databases: a hand-made month (and the month before) gives a Word and a PDF document whose
/// sentences carry the computed figures, the bureau's note and the charts; a kept briefing is listed and downloaded; the
/// schedule keeps the last week, month and quarter once; a unit's handler may not generate one; a wrong period is named.
/// </summary>
public abstract class BriefingContract(XinfangApp app)
{
    private async Task SeedAsync()
    {
        await using var scope = app.Scope();
        var db = XinfangApp.Db(scope);
        if (db.Set<Case>().Any(c => c.Number.StartsWith("B2012")))
        {
            return;
        }

        var leader = await app.As("leader");
        var (wages, renhe) = await leader.PlaceAsync("欠薪");
        var (housing, pingdi) = await leader.PlaceAsync("安置房分配", "平地镇");
        var policy = scope.ServiceProvider.GetRequiredService<DeadlinePolicy>();
        var system = new Actor(0, "system", new HashSet<string>(Roles.All), 0, DataScope.Everything);
        var serial = 0;
        Case New(int month, int day, Channel channel, int category, int region, int people = 1)
        {
            var at = new DateTimeOffset(2012, month, day, 10, 0, 0, ChinaTime.Offset);
            var c = Case.Register(new CaseIntake(channel, at, CaseForm.Complaint, StatutoryClass.ClaimRequest, category, region, null, "讨要工资", "某公司拖欠工资三个月", people),
                $"B2012-{++serial:000000}", [], system, at, policy);
            c.Refuse(system, at, "形势分析测试数据", "不属于信访事项"); // out of the work queues the app's other tests read
            return c;
        }

        // May: 6 cases (4 letters, 2 visits; one collective); April: 4 cases.
        db.Cases.AddRange(
            New(5, 2, Channel.Letter, wages, renhe), New(5, 3, Channel.Letter, wages, renhe), New(5, 6, Channel.Letter, housing, pingdi, 20),
            New(5, 7, Channel.Letter, housing, pingdi), New(5, 20, Channel.Visit, wages, renhe), New(5, 21, Channel.Visit, wages, renhe),
            New(4, 2, Channel.Letter, wages, renhe), New(4, 8, Channel.Letter, wages, renhe), New(4, 9, Channel.Visit, housing, pingdi), New(4, 10, Channel.Visit, wages, renhe));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task AMonthlyBriefing_ReadsBackWithItsComputedFigures_InWordAndPdf()
    {
        await SeedAsync();
        var leader = await app.As("leader");
        var note = "五月欠薪问题集中，请人社部门提前介入。";
        var word = await leader.GetAsync($"/api/analysis/briefing?period=2012-05&format=docx&note={Uri.EscapeDataString(note)}");
        Assert.Equal(HttpStatusCode.OK, word.StatusCode);
        string text;
        using (var doc = WordprocessingDocument.Open(new MemoryStream(await word.Content.ReadAsByteArrayAsync()), false))
        {
            text = doc.MainDocumentPart!.Document.Body!.InnerText;
            Assert.True(doc.MainDocumentPart.ImageParts.Count() >= 2, "the channel pie and the category bars");
        }

        Assert.Contains("信访形势分析（2012年5月）", text);
        Assert.Contains(note, text);
        Assert.Contains("全区共受理信访事项6件，较上期（4件）增加2件、增长50.0%", text);
        Assert.Contains("来信4件（占66.7%）", text);
        Assert.Contains("其中集体访1件", text);
        Assert.Contains("劳动和社会保障4件", text);

        var pdf = await leader.GetAsync("/api/analysis/briefing?period=2012-05&format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var pdfText = NoticeContract.PdfText(await pdf.Content.ReadAsByteArrayAsync()).Replace("\n", "", StringComparison.Ordinal);
        Assert.Contains("全区共受理信访事项6件", pdfText);
        Assert.Contains("各单位办理情况", pdfText);

        var quarter = await leader.GetAsync("/api/analysis/briefing?period=2012-Q2&format=docx");
        using var quarterDoc = WordprocessingDocument.Open(new MemoryStream(await quarter.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains("2012年第2季度，全区共受理信访事项10件", quarterDoc.MainDocumentPart!.Document.Body!.InnerText);
    }

    [Fact]
    public async Task KeptBriefings_AreListedAndDownloaded_TheScheduleKeepsEachPeriodOnce_AndErrorsAreNamed()
    {
        await SeedAsync();
        var supervisor = await app.As("supervisor");
        var kept = await supervisor.PostAsJsonAsync("/api/analysis/briefings", new { period = "2012-05", note = "请各单位对照整改。" });
        Assert.Equal(HttpStatusCode.Created, kept.StatusCode);
        var item = (await kept.Content.ReadFromJsonAsync<StoredBriefingItem>(Json.Options))!;
        Assert.True(item.DocxBytes > 10_000 && item.PdfBytes > 10_000);
        var leader = await app.As("leader");
        Assert.Contains((await leader.GetFromJsonAsync<List<StoredBriefingItem>>("/api/analysis/briefings", Json.Options))!, b => b.Id == item.Id);
        var file = await leader.GetAsync($"/api/analysis/briefings/{item.Id}.pdf");
        Assert.Contains("请各单位对照整改", NoticeContract.PdfText(await file.Content.ReadAsByteArrayAsync()));

        var job = app.Factory.Services.GetServices<IHostedService>().OfType<BriefingJob>().Single();
        var first = await job.RunAsync(CancellationToken.None);
        var today = ChinaTime.Today(app.Clock); // other tests move the app's clock on
        Assert.Equal([BriefingPeriod.Week(today).Previous.Key, BriefingPeriod.Month(today).Previous.Key, BriefingPeriod.Quarter(today).Previous.Key], first);
        Assert.Empty(await job.RunAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("handler-renhe")).GetAsync("/api/analysis/briefing?period=2012-05")).StatusCode);
        var wrong = await leader.GetAsync("/api/analysis/briefing?period=2012-13&format=odt");
        var errors = (await wrong.ProblemAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("period", out _) && errors.TryGetProperty("format", out _));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteBriefingTests(SqliteApp app) : BriefingContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresBriefingTests(PostgresApp app) : BriefingContract(app);
