using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Core.Supervision;
using Xinfang.Core.Supervision.Features;
using Xinfang.Core.Audit;

namespace Xinfang.IntegrationTests.Supervision;

/// <summary>领导包案 and the key-issue ledger over HTTP: roles enforced on the server, field errors, data scope of
/// linked cases, audit, and the .xlsx export read back.</summary>
public abstract class KeyCaseLedgerContract(XinfangApp app)
{
    [Fact]
    public async Task AssignKeyLeader_PutsTheCaseInTheLeadersList_WhoInstructsOnIt()
    {
        var (supervisor, leader) = (await app.As("supervisor"), await app.As("leader"));
        var c = await DispatchedCaseAsync("仁和镇", "仁和镇人民政府", 40, "集体林地纠纷多年未解决");
        var leaderId = await LeaderIdAsync(supervisor, "区领导 陈志强");

        c = await supervisor.ActOkAsync(c.Id, "assign-key-leader", new { leaderUserId = leaderId, note = "涉及群众多，列为领导包案", expectedVersion = c.Version });

        Assert.Equal((true, leaderId, CaseStatus.Dispatched), (c.IsKeyCase, c.KeyCaseLeaderUserId, c.Status));
        Assert.Contains(c.Timeline, e => e.Action == "AssignKeyLeader" && e.DocumentKind == "领导包案" && e.Actor == "督办员 张敏");
        var mine = await GetAsync<List<KeyCaseItem>>(leader, "/api/key-cases/mine");
        var item = Assert.Single(mine, i => i.Id == c.Id);
        Assert.Equal((c.Deadlines.Current!.Due, c.Deadlines.Current.DaysLeft, "待签收", DueState.DueSoon), (item.DueDate, item.DaysLeft, item.StatusName, item.DueState));
        Assert.DoesNotContain(await GetAsync<List<KeyCaseItem>>(await app.As("leader-wang"), "/api/key-cases/mine"), i => i.Id == c.Id);

        // The owning leader instructs without an escalation; the list shows the latest instruction.
        Assert.Contains("instruct", (await leader.GetCaseAsync(c.Id)).AvailableActions);
        await leader.ActOkAsync(c.Id, "instruct", new { text = "请仁和镇三日内入户走访，一周内拿出化解方案" });
        item = Assert.Single(await GetAsync<List<KeyCaseItem>>(leader, "/api/key-cases/mine"), i => i.Id == c.Id);
        Assert.Equal("请仁和镇三日内入户走访，一周内拿出化解方案", item.LastInstruction);

        // On the board under the leader; once the sign deadline has passed, counted as overdue.
        app.Clock.Advance(TimeSpan.FromDays(4));
        var board = await GetAsync<List<LeaderKeyCases>>(supervisor, "/api/key-cases/board");
        var group = Assert.Single(board, g => g.LeaderUserId == leaderId);
        Assert.Equal("区领导 陈志强", group.LeaderName);
        Assert.Equal(DueState.Overdue, Assert.Single(group.OpenCases, i => i.Id == c.Id).DueState);
        Assert.True(group.Overdue >= 1 && group.Open >= group.Overdue && group.Total >= group.Open + group.Resolved);
        Assert.Contains(board, g => g.LeaderName == "副区长 李红梅"); // every leader, also one without cases

        // Changing the owner moves the case to the other leader's list.
        var wang = await LeaderIdAsync(supervisor, "区委副书记 王立新");
        await (await app.As("dispatcher")).ActOkAsync(c.Id, "assign-key-leader", new { leaderUserId = wang });
        Assert.DoesNotContain(await GetAsync<List<KeyCaseItem>>(leader, "/api/key-cases/mine"), i => i.Id == c.Id);
        Assert.Contains(await GetAsync<List<KeyCaseItem>>(await app.As("leader-wang"), "/api/key-cases/mine"), i => i.Id == c.Id);
    }

    [Fact]
    public async Task AssignKeyLeader_ByANonSupervisor_Is403_AndToSomeoneNotALeader_Is400()
    {
        var supervisor = await app.As("supervisor");
        var c = await DispatchedCaseAsync("仁和镇", "仁和镇人民政府", 41, "小区电梯加装补贴迟迟未兑现");
        var leaderId = await LeaderIdAsync(supervisor, "区领导 陈志强");

        foreach (var user in new[] { "handler-renhe", "registrar", "leader" })
        {
            var denied = await (await app.As(user)).ActAsync(c.Id, "assign-key-leader", new { leaderUserId = leaderId });
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
            Assert.Equal("case.role_not_allowed", (await denied.ProblemAsync()).GetProperty("code").GetString());
        }

        var notALeader = await supervisor.ActAsync(c.Id, "assign-key-leader", new { leaderUserId = await UserIdAsync("registrar") });
        Assert.Equal(HttpStatusCode.BadRequest, notALeader.StatusCode);
        var problem = await notALeader.ProblemAsync();
        Assert.Equal("case.not_a_leader", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("leaderUserId", out _));

        var after = await supervisor.GetCaseAsync(c.Id);
        Assert.Equal((false, (int?)null, c.Version), (after.IsKeyCase, after.KeyCaseLeaderUserId, after.Version));
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync("/api/key-cases/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("handler-renhe")).GetAsync("/api/key-cases/board")).StatusCode);
    }

    [Fact]
    public async Task Ledger_NamesEachBadField_AndOnlySupervisorsChangeIt_WhileLeadersComment()
    {
        var (supervisor, leader) = (await app.As("supervisor"), await app.As("leader"));
        var leaderId = await LeaderIdAsync(supervisor, "区领导 陈志强");
        var unit = await supervisor.UnitIdAsync("仁和镇人民政府");
        var (category, region) = await supervisor.PlaceAsync("征地拆迁补偿", "仁和镇");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Date);

        var empty = await supervisor.PostAsJsonAsync("/api/ledger", new { }, Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(["leaderUserId", "target", "targetDate", "title", "unitId"], FieldNames(await empty.ProblemAsync()));

        var bad = await supervisor.PostAsJsonAsync("/api/ledger", new
        {
            title = "仁和镇征地拆迁补偿遗留问题", leaderUserId = await UserIdAsync("registrar"), unitId = 999_999, regionId = region,
            target = "补偿款足额兑付", targetDate = today.AddDays(-1),
        }, Json.Options);
        Assert.Equal(["leaderUserId", "targetDate", "unitId"], FieldNames(await bad.ProblemAsync()));
        Assert.Equal("目标时限不能早于今天。", (await bad.ProblemAsync()).GetProperty("errors").GetProperty("targetDate")[0].GetString());

        var valid = new KeyIssueRequest("仁和镇征地拆迁补偿遗留问题", category, region, leaderId, unit, "补偿款足额兑付，信访人息诉罢访", today.AddDays(60));
        foreach (var user in new[] { "leader", "handler-renhe", "dispatcher" })
        {
            var denied = await (await app.As(user)).PostAsJsonAsync("/api/ledger", valid, Json.Options);
            Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
            Assert.Equal("ledger.manage_forbidden", (await denied.ProblemAsync()).GetProperty("code").GetString());
        }

        var created = await supervisor.PostAsJsonAsync("/api/ledger", valid, Json.Options);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var issue = (await created.Content.ReadFromJsonAsync<KeyIssueDetailView>(Json.Options))!;
        Assert.Equal((KeyIssueStatus.NotStarted, "区领导 陈志强", "仁和镇人民政府", "仁和镇", 1), (issue.Status, issue.Leader.Name, issue.Unit.Name, issue.Region!.Name, issue.Version));

        // Edit with a stale version is refused; with the current one it is kept and recorded.
        var stale = await supervisor.PutAsJsonAsync($"/api/ledger/{issue.Id}", valid with { TargetDate = today.AddDays(90), ExpectedVersion = 7 }, Json.Options);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var edited = await OkAsync(await supervisor.PutAsJsonAsync($"/api/ledger/{issue.Id}", valid with { TargetDate = today.AddDays(90), ExpectedVersion = 1 }, Json.Options));
        Assert.Equal(today.AddDays(90), edited.TargetDate);
        Assert.StartsWith("修改了目标时限", edited.Notes[^1].Text, StringComparison.Ordinal);

        // Progress: supervisors only; the first report puts the entry in progress.
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync($"/api/ledger/{issue.Id}/progress", new { text = "进展" }, Json.Options)).StatusCode);
        var noText = await supervisor.PostAsJsonAsync($"/api/ledger/{issue.Id}/progress", new { text = "" }, Json.Options);
        Assert.Equal(["text"], FieldNames(await noText.ProblemAsync()));
        var progressed = await OkAsync(await supervisor.PostAsJsonAsync($"/api/ledger/{issue.Id}/progress", new { text = "已召开协调会，补偿方案报区政府审定" }, Json.Options));
        Assert.Equal((KeyIssueStatus.InProgress, KeyIssueNoteKind.Progress, "督办员 张敏"), (progressed.Status, progressed.Notes[^1].Kind, progressed.Notes[^1].Actor));

        // Leaders comment; other roles may not.
        var commented = await OkAsync(await leader.PostAsJsonAsync($"/api/ledger/{issue.Id}/comments", new { text = "请区财政局配合，月底前兑付到位" }, Json.Options));
        Assert.Equal((KeyIssueNoteKind.Comment, "区领导 陈志强", KeyIssueStatus.InProgress), (commented.Notes[^1].Kind, commented.Notes[^1].Actor, commented.Status));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("handler-renhe")).PostAsJsonAsync($"/api/ledger/{issue.Id}/comments", new { text = "意见" }, Json.Options)).StatusCode);

        // Listed with counts by status; readable by the township in charge, refused to finance.
        var ledger = await GetAsync<LedgerView>(leader, "/api/ledger?status=in-progress");
        Assert.Contains(ledger.Items, i => i.Id == issue.Id && i.LastProgress == "已召开协调会，补偿方案报区政府审定");
        Assert.True(ledger.ByStatus.Single(s => s.Status == KeyIssueStatus.InProgress).Count >= 1);
        Assert.Equal(HttpStatusCode.OK, (await (await app.As("handler-renhe")).GetAsync($"/api/ledger/{issue.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("finance")).GetAsync("/api/ledger")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await leader.GetAsync("/api/ledger?status=finished")).StatusCode);

        // Every change is in the audit trail, filed under the entry.
        await using var scope = app.Scope();
        var audited = await XinfangApp.Db(scope).AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(KeyIssue) && a.EntityId == issue.Id.ToString()).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal(["Added", "Modified", "Modified", "Modified"], audited);
        Assert.Equal(4, await XinfangApp.Db(scope).AuditEntries.CountAsync(a => a.EntityType == nameof(KeyIssueNote) && a.After!.Contains(issue.Id.ToString())));
    }

    [Fact]
    public async Task LinkedCase_FromAnotherTownship_IsNotShownToATownshipUser()
    {
        var supervisor = await app.As("supervisor");
        var renheCase = await DispatchedCaseAsync("仁和镇", "仁和镇人民政府", 42, "矿区塌陷房屋补偿");
        var pingdiCase = await DispatchedCaseAsync("平地镇", "平地镇人民政府", 43, "矿区塌陷房屋补偿（平地镇）");
        var (_, region) = await supervisor.PlaceAsync("征地拆迁补偿", "仁和镇");
        var issue = await CreateIssueAsync(supervisor, "矿区塌陷区房屋补偿问题", region, "仁和镇人民政府", null);

        await OkAsync(await supervisor.PostAsJsonAsync($"/api/ledger/{issue.Id}/cases", new { @case = renheCase.Number }, Json.Options));
        var both = await OkAsync(await supervisor.PostAsJsonAsync($"/api/ledger/{issue.Id}/cases", new { @case = pingdiCase.Id.ToString() }, Json.Options));
        Assert.Equal([renheCase.Number, pingdiCase.Number], both.LinkedCases.Select(c => c.Number).Order(StringComparer.Ordinal));
        var again = await supervisor.PostAsJsonAsync($"/api/ledger/{issue.Id}/cases", new { @case = renheCase.Number }, Json.Options);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var unknown = await supervisor.PostAsJsonAsync($"/api/ledger/{issue.Id}/cases", new { @case = "RH1999-000001" }, Json.Options);
        Assert.Equal(["case"], FieldNames(await unknown.ProblemAsync()));

        var renhe = await app.As("handler-renhe");
        var seen = await GetAsync<KeyIssueDetailView>(renhe, $"/api/ledger/{issue.Id}");
        Assert.Equal([renheCase.Number], seen.LinkedCases.Select(c => c.Number));
        Assert.Equal(1, seen.HiddenCaseCount);
        Assert.Equal([renheCase.Number], Assert.Single((await GetAsync<LedgerView>(renhe, "/api/ledger")).Items, i => i.Id == issue.Id).CaseNumbers);
        var export = await ReadSheetAsync(renhe, "/api/ledger/export.xlsx", "重点问题台账");
        Assert.DoesNotContain(export, row => row.Values.Any(v => (v?.ToString() ?? "").Contains(pingdiCase.Number, StringComparison.Ordinal)));
        Assert.Contains(export, row => Equals(row["B"], "矿区塌陷区房屋补偿问题"));

        var pingdi = await app.As("handler-pingdi");
        var denied = await pingdi.GetAsync($"/api/ledger/{issue.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal("ledger.out_of_scope", (await denied.ProblemAsync()).GetProperty("code").GetString());
        Assert.DoesNotContain((await GetAsync<LedgerView>(pingdi, "/api/ledger")).Items, i => i.Id == issue.Id);

        // Resolving needs every linked case closed.
        var resolve = await supervisor.PostAsJsonAsync($"/api/ledger/{issue.Id}/progress", new { text = "已兑付", status = "Resolved" }, Json.Options);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, resolve.StatusCode);
        Assert.Equal("ledger.open_cases_remain", (await resolve.ProblemAsync()).GetProperty("code").GetString());
        var unlinked = await OkAsync(await supervisor.DeleteAsync($"/api/ledger/{issue.Id}/cases/{pingdiCase.Number}"));
        Assert.Equal([renheCase.Number], unlinked.LinkedCases.Select(c => c.Number));
    }

    [Fact]
    public async Task Export_IsAWorkbookWithTheLedgerItsRecordAndTheCampaign()
    {
        var supervisor = await app.As("supervisor");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Date);
        var badCampaign = await supervisor.PostAsJsonAsync("/api/ledger/campaigns", new { name = "", targetDate = (DateOnly?)null }, Json.Options);
        Assert.Equal(["name", "targetDate"], FieldNames(await badCampaign.ProblemAsync()));
        var campaignResponse = await supervisor.PostAsJsonAsync("/api/ledger/campaigns",
            new { name = "治重化积专项行动（导出测试）", goal = "化解重复信访和信访积案", startDate = today, targetDate = today.AddDays(120) }, Json.Options);
        Assert.Equal(HttpStatusCode.Created, campaignResponse.StatusCode);
        var campaign = (await campaignResponse.Content.ReadFromJsonAsync<CampaignRef>(Json.Options))!;

        var (_, region) = await supervisor.PlaceAsync("欠薪", "大田镇");
        var first = await CreateIssueAsync(supervisor, "大田镇工业园区欠薪问题（导出）", region, "大田镇人民政府", campaign.Id);
        var second = await CreateIssueAsync(supervisor, "大田镇安置小区物业纠纷（导出）", region, "大田镇人民政府", campaign.Id);
        await OkAsync(await supervisor.PostAsJsonAsync($"/api/ledger/{first.Id}/progress", new { text = "欠薪已全部兑付，信访人签字息诉", status = "Resolved" }, Json.Options));
        await OkAsync(await supervisor.PostAsJsonAsync($"/api/ledger/{second.Id}/progress", new { text = "成立业主委员会筹备组" }, Json.Options));

        var response = await supervisor.GetAsync($"/api/ledger/export.xlsx?campaign={campaign.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["重点问题台账", "进展记录", "专项行动"], MiniExcel.GetSheetNames(stream));

        var ledger = Rows(stream, "重点问题台账");
        Assert.StartsWith("攀枝花市仁和区重点问题台账（截至", (string)ledger[0]["A"], StringComparison.Ordinal);
        Assert.Equal(["序号", "问题名称", "问题分类", "乡镇（街道）", "责任领导", "责任单位", "化解目标", "目标时限", "状态"], ledger[1].Values.Take(9).Select(v => v?.ToString()));
        var rows = ledger.Skip(2).Where(r => r["B"] is string title && title.EndsWith("（导出）", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count); // only the campaign's entries: the filter applies to the export too
        var resolved = rows.Single(r => Equals(r["B"], "大田镇工业园区欠薪问题（导出）"));
        Assert.Equal(("大田镇", "区领导 陈志强", "大田镇人民政府", "已化解", "欠薪已全部兑付，信访人签字息诉", "治重化积专项行动（导出测试）"),
            ((string)resolved["D"], (string)resolved["E"], (string)resolved["F"], (string)resolved["I"], (string)resolved["L"], (string)resolved["N"]));
        Assert.Equal($"{today.AddDays(60):yyyy-MM-dd}", resolved["H"]);

        var notes = Rows(stream, "进展记录");
        Assert.Contains(notes, r => Equals(r["A"], "大田镇安置小区物业纠纷（导出）") && Equals(r["E"], "成立业主委员会筹备组") && Equals(r["F"], "推进中"));

        var campaigns = Rows(stream, "专项行动");
        var row = campaigns.Single(r => Equals(r["A"], "治重化积专项行动（导出测试）"));
        Assert.Equal((2m, 1m, 50m), (Convert.ToDecimal(row["E"]), Convert.ToDecimal(row["F"]), Convert.ToDecimal(row["K"])));
    }

    private async Task<CaseDetailView> DispatchedCaseAsync(string township, string unitName, int person, string content)
    {
        var registrar = await app.As("registrar");
        var (category, region) = await registrar.PlaceAsync("征地拆迁补偿", township);
        var c = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, ApiClient.IdNumber(person), content));
        var unit = await registrar.UnitIdAsync(unitName);
        return await (await app.As("dispatcher")).ActOkAsync(c.Id, "dispatch", new { mode = "Assign", leadUnitId = unit });
    }

    private async Task<KeyIssueDetailView> CreateIssueAsync(HttpClient supervisor, string title, int region, string unitName, Guid? campaign)
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Date);
        var request = new KeyIssueRequest(title, null, region, await LeaderIdAsync(supervisor, "区领导 陈志强"), await supervisor.UnitIdAsync(unitName),
            "问题化解，信访人息诉罢访", today.AddDays(60), campaign);
        var response = await supervisor.PostAsJsonAsync("/api/ledger", request, Json.Options);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<KeyIssueDetailView>(Json.Options))!;
    }

    private static async Task<int> LeaderIdAsync(HttpClient client, string name) =>
        (await GetAsync<List<LeaderRef>>(client, "/api/key-cases/leaders")).Single(l => l.Name == name).UserId;

    private async Task<int> UserIdAsync(string userName)
    {
        await using var scope = app.Scope();
        return await XinfangApp.Db(scope).Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    private static async Task<T> GetAsync<T>(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {text}");
        return System.Text.Json.JsonSerializer.Deserialize<T>(text, Json.Options)!;
    }

    private static async Task<KeyIssueDetailView> OkAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text}");
        return System.Text.Json.JsonSerializer.Deserialize<KeyIssueDetailView>(text, Json.Options)!;
    }

    private static List<string> FieldNames(System.Text.Json.JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    private static List<IDictionary<string, object>> Rows(Stream stream, string sheet) =>
        [.. stream.Query(useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object>>()];

    private static async Task<List<IDictionary<string, object>>> ReadSheetAsync(HttpClient client, string url, string sheet)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return Rows(stream, sheet);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteKeyCaseLedgerTests(SqliteApp app) : KeyCaseLedgerContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresKeyCaseLedgerTests(PostgresApp app) : KeyCaseLedgerContract(app);
