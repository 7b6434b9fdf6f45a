using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Cases;
using Xinfang.Core.Identity;
using Xinfang.Core.Intake;
using Xinfang.Core.Intake.Features;
using Xinfang.Documents.Intake;
using Xinfang.IntegrationTests.Admin;

namespace Xinfang.IntegrationTests.Intake;

/// <summary>A channel's export as Chinese Excel saves CSV (GB18030), through the channel's default column mapping: good
/// rows registered, a broken row reported with its line and skipped, a row repeated in the file answered as duplicate;
/// imported again, nothing new. The command line imports through the same use case.</summary>
public abstract class FileIntakeContract(XinfangApp app)
{
    private static readonly Actor Registrar = new(2, "registrar", new HashSet<string> { Roles.Registrar }, 1, DataScope.Everything);

    static FileIntakeContract() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Csv(string run) => string.Join("\r\n",
        "工单编号,来电时间,来电人,来电号码,诉求内容,问题分类,所属乡镇,诉求类别,法定分类",
        $"{run}-1,2024-03-01 09:15:00,刘德明,13811112222,\"仁和镇仁和社区路灯损坏多日，夜间出行不便，请尽快维修。\",市政设施,仁和镇,投诉,申诉求决类",
        $"{run}-2,2024-13-45 25:00,陈芳,13833334444,平地镇迤资村灌溉渠堵塞，影响春耕用水。,市政设施,平地镇,求助,申诉求决类",
        $"{run}-3,2024/3/2 8:05,周强,13855556666,公司拖欠三个月工资不发，请求帮助讨薪。,欠薪,金江镇,求助,申诉求决类",
        $"{run}-1,2024-03-01 09:15:00,刘德明,13811112222,\"仁和镇仁和社区路灯损坏多日，夜间出行不便，请尽快维修。\",市政设施,仁和镇,投诉,申诉求决类",
        $"{run}-5,2024-03-02 10:00:00,吴敏,13877778888,,市政设施,仁和镇,投诉,申诉求决类",
        $"{run}-6,2024-03-02 11:00:00,郑华,13899990000,小区噪音扰民。,不存在的分类,仁和镇,投诉,申诉求决类") + "\r\n";

    private async Task<IntakeFileReport> ImportAsync(byte[] bytes)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<ActorAccessor>().Actor = Registrar;
        using var stream = new MemoryStream(bytes);
        var file = IntakeFileReader.Open("12345导出.csv", stream).Value;
        var report = await scope.ServiceProvider.GetRequiredService<ImportIntakeFile>()
            .HandleAsync(file.Headings, file.Rows, Channel.Hotline12345, null, Registrar);
        Assert.True(report.IsSuccess, report.IsSuccess ? "" : report.FirstError.Message);
        return report.Value;
    }

    [Fact]
    public async Task Import_RegistersTheGoodRows_AndReportsEveryOtherByLine()
    {
        var run = $"F{Guid.NewGuid():N}"[..12];
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(Csv(run));
        var report = await ImportAsync(bytes);

        Assert.Equal("hotline12345", report.Mapping);
        Assert.Equal([(2, IntakeResult.Created), (3, IntakeResult.Rejected), (4, IntakeResult.Created), (5, IntakeResult.Duplicate),
            (6, IntakeResult.Rejected), (7, IntakeResult.Created)], report.Results.Select(r => (r.Line, r.Status)));
        Assert.Contains(report.Results[1].Errors, e => e.Field == IntakeFields.ReceivedAt && e.Message.Contains("第3行", StringComparison.Ordinal));
        Assert.Contains(report.Results[4].Errors, e => e.Field == IntakeFields.Text);
        Assert.Equal(report.Results[0].CaseNumber, report.Results[3].CaseNumber);

        await using (var scope = app.Scope())
        {
            var db = XinfangApp.Db(scope);
            var stored = await db.Cases.Where(c => c.ExternalReference!.StartsWith(run)).OrderBy(c => c.ExternalReference).ToListAsync();
            Assert.Equal([$"{run}-1", $"{run}-3", $"{run}-6"], stored.Select(c => c.ExternalReference));
            // A category the district does not know leaves the matter to 补录, with what the file said.
            Assert.Equal((IntakeGaps.Category, null), (stored[2].Gaps, stored[2].CategoryId));
            Assert.Contains("不存在的分类", stored[2].ChannelHints, StringComparison.Ordinal);
            Assert.Equal((Channel.Hotline12345, CaseForm.Help), (stored[1].Channel, stored[1].Form));
            Assert.Equal(new DateTimeOffset(2024, 3, 2, 8, 5, 0, TimeSpan.FromHours(8)), stored[1].ReceivedAt);
            Assert.True(await db.IntakeItems.AnyAsync(i => i.ExternalId == $"{run}-1" && i.ClientId == null));
        }

        var again = await ImportAsync(bytes);
        Assert.Equal((0, 4), (again.Created, again.Duplicates));
    }

    /// <summary>The administrator keeps the mappings as data: a saved mapping replaces the channel's default at once; a
    /// mapping without the external id or the text column is refused, field by field.</summary>
    [Fact]
    public async Task Mapping_SavedByTheAdministrator_ReadsTheNextFile()
    {
        var admin = await app.As("admin");
        var listed = await admin.GetFromJsonAsync<List<IntakeMapping>>("/api/admin/intake-mappings", Json.Options);
        Assert.Contains(listed!, m => m.Name == "mayor-mailbox" && m.Columns[IntakeFields.ExternalId].Contains("信件编号"));

        var bad = await admin.PutAsJsonAsync("/api/admin/intake-mappings/mayor-mailbox", new { channel = "MayorMailbox", columns = new Dictionary<string, string[]> { ["colour"] = ["颜色"] } }, Json.Options);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
        var fields = (await bad.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(["columns.colour", "columns.externalId", "columns.text"], fields);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden,
            (await (await app.As("registrar")).PutAsJsonAsync("/api/admin/intake-mappings/mayor-mailbox", new { channel = "MayorMailbox" }, Json.Options)).StatusCode);

        var saved = await admin.PutAsJsonAsync("/api/admin/intake-mappings/mayor-mailbox", new
        {
            channel = "MayorMailbox",
            columns = new Dictionary<string, string[]>
            {
                ["externalId"] = ["来信序号"], ["receivedAt"] = ["写信日期"], ["name"] = ["来信人"], ["phone"] = ["电话"], ["text"] = ["来信正文"],
                ["category"] = ["分类"], ["form"] = ["类型"], ["statutoryClass"] = ["法定分类"],
            },
        }, Json.Options);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());

        var run = $"M{Guid.NewGuid():N}"[..12];
        var csv = $"来信序号,写信日期,来信人,电话,来信正文,分类,类型,法定分类\r\n{run},2024-03-01,孙丽,13600001111,小区物业乱收费。,物业管理,投诉,申诉求决类\r\n";
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<ActorAccessor>().Actor = Registrar;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var file = IntakeFileReader.Open("市长信箱.csv", stream).Value;
        var report = await scope.ServiceProvider.GetRequiredService<ImportIntakeFile>().HandleAsync(file.Headings, file.Rows, Channel.MayorMailbox, null, Registrar);
        Assert.Equal(("mayor-mailbox", 1), (report.Value.Mapping, report.Value.Created));
    }

    [Fact]
    public async Task CommandLine_ImportsAUtf8FileThroughTheSameUseCase()
    {
        var run = $"C{Guid.NewGuid():N}"[..12];
        var path = Path.Combine(Path.GetTempPath(), $"{run}.csv");
        await File.WriteAllTextAsync(path, Csv(run), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), TestContext.Current.CancellationToken);
        try
        {
            var result = await CommandLine.RunAsync(app, "", "intake", "import", path, "--channel", "hotline12345");
            Assert.True(result.Exit == 0, result.Error + result.Output);
            Assert.Contains("新登记 3，重复 1，未导入 2；待补录 1", result.Output, StringComparison.Ordinal);
            Assert.Contains("第3行", result.Output, StringComparison.Ordinal);

            var unknown = await CommandLine.RunAsync(app, "", "intake", "import", path, "--channel", "fax");
            Assert.Equal(2, unknown.Exit);
            Assert.Contains("--channel", unknown.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }

        await using var scope = app.Scope();
        Assert.Equal(3, await XinfangApp.Db(scope).Cases.CountAsync(c => c.ExternalReference!.StartsWith(run)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteFileIntakeTests(SqliteApp app) : FileIntakeContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresFileIntakeTests(PostgresApp app) : FileIntakeContract(app);
