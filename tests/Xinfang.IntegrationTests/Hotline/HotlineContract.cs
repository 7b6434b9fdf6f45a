using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Hotline;
using Xinfang.Core.Hotline.Features;

namespace Xinfang.IntegrationTests.Hotline;

/// <summary>
/// The 96097 hotline over HTTP on both databases: a Master.csv with broken lines (a bad date, an unknown disposition, a
/// repeated uniqueid, an internal call) imported twice; live events out of order and an end without an answer, then
/// settled by the CDR; a case registered from a call, linked both ways and on the caller's card; a direct answer once.
/// </summary>
public abstract partial class HotlineContract(XinfangApp app)
{
    private static string Line(string uniqueId, string caller, string start, string answer, string end, int billsec, string disposition,
        string device = "SIP/8001-0000002a", string dst = "96097", string context = "from-pstn", string userfield = "") =>
        string.Join(',', new[]
        {
            "", caller, dst, context, $"\"{caller}\" <{caller}>", "SIP/trunk-00000001", device, "Dial", "SIP/8001,30", start, answer, end,
            DateTime.TryParse(end, System.Globalization.CultureInfo.InvariantCulture, out var e) && DateTime.TryParse(start, System.Globalization.CultureInfo.InvariantCulture, out var s)
                ? ((int)(e - s).TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture) : "0",
            billsec.ToString(System.Globalization.CultureInfo.InvariantCulture), disposition, "DOCUMENTATION", uniqueId, userfield,
        }.Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    private async Task<CallImportReport> ImportAsync(HttpClient client, string csv, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "Master.csv" } };
        var response = await client.PostAsync("/api/hotline/imports", form);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<CallImportReport>(text, Json.Options)!;
    }

    private async Task<int> SetUpSeatAndAgentAsync(HttpClient admin, DateTimeOffset from)
    {
        foreach (var seat in new[] { 1, 2 })
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/hotline/seats", new { number = seat, device = $"SIP/800{seat}" })).StatusCode);
        }

        var code = $"A{Guid.NewGuid():N}"[..8];
        var agent = await (await admin.PostAsJsonAsync("/api/hotline/agents", new { code, name = "刘芳" })).Content.ReadFromJsonAsync<AgentView>(Json.Options);
        var assigned = await admin.PostAsJsonAsync("/api/hotline/roster", new { agentId = agent!.Id, seat = 1, from, to = from.AddHours(8) });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var overlap = await admin.PostAsJsonAsync("/api/hotline/roster", new { agentId = agent.Id, seat = 2, from = from.AddHours(1), to = from.AddHours(2) });
        Assert.Equal("hotline.roster_overlap", (await overlap.ProblemAsync()).GetProperty("code").GetString());
        return agent.Id;
    }

    [Fact]
    public async Task Cdr_WithBrokenLines_StoresTheGoodOnes_ReportsTheRest_AndAddsNothingTheSecondTime()
    {
        var admin = await app.As("admin");
        var p = Guid.NewGuid().ToString("N")[..10];
        var agentId = await SetUpSeatAndAgentAsync(admin, new DateTimeOffset(2025, 3, 4, 8, 0, 0, TimeSpan.FromHours(8)));
        var csv = string.Join("\n",
            "\"accountcode\",\"src\",\"dst\",\"dcontext\",\"clid\",\"channel\",\"dstchannel\",\"lastapp\",\"lastdata\",\"start\",\"answer\",\"end\",\"duration\",\"billsec\",\"disposition\",\"amaflags\",\"uniqueid\",\"userfield\"",
            Line($"{p}.1", "13800001111", "2025-03-04 09:00:00", "2025-03-04 09:00:12", "2025-03-04 09:05:12", 300, "ANSWERED",
                userfield: $"rec=/var/spool/asterisk/monitor/{p}.1.wav;survey=5"),
            Line($"{p}.2", "13800002222", "2025-03-04 09:10:00", "", "2025-03-04 09:10:40", 0, "NO ANSWER"),
            Line($"{p}.3", "13800003333", "2025-02-30 10:00:00", "", "2025-03-04 10:00:10", 0, "BUSY"),
            Line($"{p}.4", "13800004444", "2025-03-04 10:00:00", "", "2025-03-04 10:00:10", 0, "MAYBE"),
            Line($"{p}.1", "13800001111", "2025-03-04 09:00:00", "2025-03-04 09:00:12", "2025-03-04 09:05:12", 300, "ANSWERED"),
            Line($"{p}.5", "8001", "2025-03-04 11:00:00", "2025-03-04 11:00:02", "2025-03-04 11:01:02", 60, "ANSWERED", dst: "8002", context: "from-internal"),
            Line($"{p}.6", "anonymous", "2025-03-04 23:59:50", "", "2025-03-05 00:00:05", 0, "BUSY"),
            "\"\",\"13800009999\",\"96097\",\"from-pstn\"");

        var report = await ImportAsync(admin, csv);
        Assert.Equal((9, 3, 0, 1, 2), (report.Lines, report.Created, report.Settled, report.Duplicates, report.Skipped));
        Assert.Equal([(4, "start"), (5, "disposition"), (9, "uniqueid")], report.Problems.Select(x => (x.Line, x.Column)).Order());
        Assert.Contains("2025-02-30", report.Problems.Single(x => x.Column == "start").Message, StringComparison.Ordinal);

        var again = await ImportAsync(admin, csv);
        Assert.Equal((0, 4, 3), (again.Created, again.Duplicates, again.Rejected));

        await using (var scope = app.Scope())
        {
            var db = XinfangApp.Db(scope);
            var answered = await db.HotlineCalls.SingleAsync(c => c.UniqueId == $"{p}.1");
            Assert.Equal((CallDisposition.Answered, 1, agentId, 12, 300, 5), (answered.Disposition, answered.Seat, answered.AgentId, answered.WaitSeconds, answered.TalkSeconds,
                answered.SurveyScore));
            Assert.EndsWith($"{p}.1.wav", answered.Recording, StringComparison.Ordinal);
            Assert.Equal("13800001111", answered.CallerNumber);
            Assert.Equal(db.Protector.BlindIndex("13800001111"), answered.CallerHash);
            Assert.Null((await db.HotlineCalls.SingleAsync(c => c.UniqueId == $"{p}.6")).CallerNumber);
            Assert.False(await db.HotlineCalls.AnyAsync(c => c.UniqueId == $"{p}.5" || c.UniqueId == $"{p}.3"));
        }

        // The day's figures: three calls offered (the one from 23:59:50 counts on the 4th), one answered within 15 s.
        var figures = await admin.GetFromJsonAsync<JsonElement>("/api/hotline/figures?from=2025-03-04&to=2025-03-04&by=shift");
        var total = figures.GetProperty("total");
        Assert.Equal((3, 1, 1, 1), (total.GetProperty("offered").GetInt32(), total.GetProperty("answered").GetInt32(), total.GetProperty("abandoned").GetInt32(),
            total.GetProperty("busyOrFailed").GetInt32()));
        Assert.Equal(33.33m, total.GetProperty("answerRate").GetDecimal());
        Assert.Equal(100m, total.GetProperty("satisfactionRate").GetDecimal());
        Assert.Contains(figures.GetProperty("rows").EnumerateArray(), r => r.GetProperty("key").GetString() == "中班" && r.GetProperty("offered").GetInt32() == 1);
        Assert.True(figures.GetProperty("definitions").TryGetProperty("firstContactRate", out _));
        Assert.Equal("by", (await (await admin.GetAsync("/api/hotline/figures?from=2025-03-04&to=2025-03-04&by=week")).ProblemAsync())
            .GetProperty("errors").EnumerateObject().Single().Name);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("handler-renhe")).GetAsync("/api/hotline/figures?from=2025-03-04&to=2025-03-04")).StatusCode);
        await ImportAsync(await app.As("registrar"), csv, HttpStatusCode.Forbidden); // the status is what is checked
    }

    [Fact]
    public async Task LiveEvents_OutOfOrder_AndAnEndWithoutAnAnswer_AreSettled_ThenTheCdrHasTheLastWord()
    {
        var admin = await app.As("admin");
        var exchange = await admin.IssueClientAsync($"交换机{Guid.NewGuid():N}"[..12], Channel.Hotline96097, ["CallEvents"]);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", exchange.ApiKey);
        var p = Guid.NewGuid().ToString("N")[..10];
        var t = new DateTimeOffset(2025, 4, 1, 10, 0, 0, TimeSpan.FromHours(8));
        async Task<CallEventReceipt> Send(string id, string kind, int seconds, int? seat = null)
        {
            var response = await client.PostAsJsonAsync("/api/hotline/events", new { callId = id, @event = kind, caller = "13900007777", seat, at = t.AddSeconds(seconds) });
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{kind}: {(int)response.StatusCode} {text}");
            return JsonSerializer.Deserialize<CallEventReceipt>(text, Json.Options)!;
        }

        await Send($"{p}.x", "answered", 10, seat: 2);
        await Send($"{p}.x", "ringing", 0, seat: 2);
        Assert.Equal("answered", (await Send($"{p}.x", "ended", 70)).Disposition);
        await Send($"{p}.y", "ringing", 0, seat: 1);
        Assert.Equal("no-answer", (await Send($"{p}.y", "ended", 20)).Disposition);
        await Send($"{p}.z", "ended", 30);
        Assert.Equal("answered", (await Send($"{p}.z", "answered", 5, seat: 1)).Disposition);
        Assert.Equal("answered", (await Send($"{p}.z", "answered", 5, seat: 1)).Disposition); // the same event twice

        await using (var scope = app.Scope())
        {
            var db = XinfangApp.Db(scope);
            var x = await db.HotlineCalls.AsNoTracking().SingleAsync(c => c.UniqueId == $"{p}.x");
            Assert.Equal((t, 10, 60, 2, CallSource.Event), (x.StartAt, x.WaitSeconds, x.TalkSeconds, x.Seat, x.Source));
            var z = await db.HotlineCalls.AsNoTracking().SingleAsync(c => c.UniqueId == $"{p}.z");
            Assert.Equal((0, 25), (z.WaitSeconds, z.TalkSeconds)); // no ringing seen: it starts at its first known moment, the answer
        }

        // Refusals: a key without the permission, no key, an unknown event.
        var intakeOnly = await admin.IssueClientAsync($"渠道{Guid.NewGuid():N}"[..12], Channel.Hotline12345, ["Register"]);
        var other = app.Anonymous();
        other.DefaultRequestHeaders.Add("X-Api-Key", intakeOnly.ApiKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync("/api/hotline/events", new { callId = "1", @event = "ringing" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsJsonAsync("/api/hotline/events", new { callId = "1", @event = "ringing" })).StatusCode);
        var unknown = await client.PostAsJsonAsync("/api/hotline/events", new { callId = "", @event = "hold" });
        Assert.Equal(["callId", "event"], (await unknown.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());

        // The CDR of x settles it with the exchange's own figures.
        var report = await ImportAsync(admin, Line($"{p}.x", "13900007777", "2025-04-01 10:00:00", "2025-04-01 10:00:08", "2025-04-01 10:01:10", 62, "ANSWERED",
            device: "SIP/8002-00000001"));
        Assert.Equal((0, 1), (report.Created, report.Settled));
        await using (var scope = app.Scope())
        {
            var x = await XinfangApp.Db(scope).HotlineCalls.AsNoTracking().SingleAsync(c => c.UniqueId == $"{p}.x");
            Assert.Equal((8, 62, CallSource.Cdr), (x.WaitSeconds, x.TalkSeconds, x.Source));
        }
    }

    [Fact]
    public async Task Figures_ReadOnce_FollowEveryLaterChange_ToTheirCalls()
    {
        var admin = await app.As("admin");
        var exchange = await admin.IssueClientAsync($"交换机{Guid.NewGuid():N}"[..12], Channel.Hotline96097, ["CallEvents"]);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", exchange.ApiKey);
        var phone = $"136{Random.Shared.Next(10000000, 99999999)}";
        // A day of 2019 that no other test uses; the hourly sums of that day are read first, then the calls change.
        var day = new DateTimeOffset(2019, 3, 1, 10, 0, 0, TimeSpan.FromHours(8)).AddDays(Random.Shared.Next(0, 200));
        async Task<long> CallAsync(string id, DateTimeOffset at)
        {
            await client.PostAsJsonAsync("/api/hotline/events", new { callId = id, @event = "answered", caller = phone, seat = 1, at = at.AddSeconds(8) });
            var ended = await client.PostAsJsonAsync("/api/hotline/events", new { callId = id, @event = "ended", at = at.AddSeconds(68) });
            return (await ended.Content.ReadFromJsonAsync<CallEventReceipt>(Json.Options))!.CallId;
        }

        async Task<JsonElement> TotalAsync(DateTimeOffset of)
        {
            var date = of.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return (await admin.GetFromJsonAsync<JsonElement>($"/api/hotline/figures?from={date}&to={date}")).GetProperty("total");
        }

        var first = await CallAsync($"{Guid.NewGuid():N}"[..12] + ".1", day);
        var total = await TotalAsync(day);
        Assert.Equal((1, 1, 0), (total.GetProperty("offered").GetInt32(), total.GetProperty("answered").GetInt32(), total.GetProperty("firstContactResolved").GetInt32()));

        // A direct answer settles the call on the first contact.
        var answered = await (await app.As("registrar")).PostAsJsonAsync($"/api/hotline/calls/{first}/direct-answer", new { text = "已告知办理社保转移所需材料和窗口地址。" });
        Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
        total = await TotalAsync(day);
        Assert.Equal((1, 100m), (total.GetProperty("firstContactResolved").GetInt32(), total.GetProperty("firstContactRate").GetDecimal()));
        Assert.True(total.GetProperty("averageHandling").GetDouble() > total.GetProperty("averageTalk").GetDouble(), "after-call work counts once answered");

        // The same number calls again two days later: the first call was not settled for good, the second is a repeat.
        await CallAsync($"{Guid.NewGuid():N}"[..12] + ".2", day.AddDays(2));
        total = await TotalAsync(day);
        Assert.Equal(0, total.GetProperty("firstContactResolved").GetInt32());
        Assert.Equal(100m, (await TotalAsync(day.AddDays(2))).GetProperty("repeatCallerRate").GetDecimal());
    }

    [Fact]
    public async Task ACaseRegisteredFromACall_IsLinkedBothWays_AndTheCardShowsTheCallersHistory()
    {
        var admin = await app.As("admin");
        var exchange = await admin.IssueClientAsync($"交换机{Guid.NewGuid():N}"[..12], Channel.Hotline96097, ["CallEvents"]);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", exchange.ApiKey);
        var phone = $"137{Random.Shared.Next(10000000, 99999999)}";
        var callId = $"{Guid.NewGuid():N}"[..12] + ".9";
        var ringing = await (await client.PostAsJsonAsync("/api/hotline/events", new { callId, @event = "ringing", caller = phone, seat = 1, at = app.Clock.GetUtcNow() }))
            .Content.ReadFromJsonAsync<CallEventReceipt>(Json.Options);
        await client.PostAsJsonAsync("/api/hotline/events", new { callId, @event = "answered", seat = 1, at = app.Clock.GetUtcNow().AddSeconds(6) });

        var registrar = await app.As("registrar");
        var card = await registrar.GetFromJsonAsync<CallerCard>($"/api/hotline/calls/{ringing!.CallId}/card", Json.Options);
        Assert.Equal((phone, 0), (card!.Call.Caller, card.Matters.Count));

        var (category, region) = await registrar.PlaceAsync();
        var registered = await registrar.RegisterAsync(new RegisterCaseRequest(Channel.Hotline96097, app.Clock.GetUtcNow(), CaseForm.Help, StatutoryClass.ClaimRequest,
            category, region, null, "来电反映安置房问题", "来电人反映安置房迟迟未分配，请求尽快落实。", [new PetitionerRequest("周明", null, phone, null)],
            ExternalReference: callId));
        card = await registrar.GetFromJsonAsync<CallerCard>($"/api/hotline/calls/{ringing.CallId}/card", Json.Options);
        Assert.Equal(registered.Number, card!.Call.CaseNumber);
        var matter = Assert.Single(card.Matters);
        Assert.Equal((registered.Number, true), (matter.Number, matter.IsOpen));
        var calls = await registrar.GetFromJsonAsync<List<CallView>>($"/api/hotline/cases/{registered.Id}/calls", Json.Options);
        Assert.Equal(callId, Assert.Single(calls!).UniqueId);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("handler-pingdi")).GetAsync($"/api/hotline/cases/{registered.Id}/calls")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("handler-renhe")).GetAsync($"/api/hotline/calls/{ringing.CallId}/card")).StatusCode);

        // A call with a case is not a direct answer; another call of the same number is, once.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await registrar.PostAsJsonAsync($"/api/hotline/calls/{ringing.CallId}/direct-answer",
            new { text = "已告知办理进度。" })).StatusCode);
        var second = await (await client.PostAsJsonAsync("/api/hotline/events", new { callId = callId + "1", @event = "answered", caller = phone, seat = 1,
            at = app.Clock.GetUtcNow().AddMinutes(30) })).Content.ReadFromJsonAsync<CallEventReceipt>(Json.Options);
        Assert.Equal(HttpStatusCode.Created, (await registrar.PostAsJsonAsync($"/api/hotline/calls/{second!.CallId}/direct-answer",
            new { text = "已告知来电人事项正在办理，答复期限内会书面答复。", categoryId = category })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await registrar.PostAsJsonAsync($"/api/hotline/calls/{second.CallId}/direct-answer",
            new { text = "再次记录答复内容。" })).StatusCode);
        var secondCard = await registrar.GetFromJsonAsync<CallerCard>($"/api/hotline/calls/{second.CallId}/card", Json.Options);
        Assert.Equal(callId, Assert.Single(secondCard!.EarlierCalls).UniqueId);
        Assert.NotNull(secondCard.DirectAnswerText);
    }
}

public abstract partial class HotlineContract
{
    [Fact]
    public async Task TheCommandLine_ImportsAFile_AndPrintsTheFiguresAsJson()
    {
        var p = Guid.NewGuid().ToString("N")[..10];
        var path = Path.Combine(Path.GetTempPath(), $"Master-{p}.csv");
        await File.WriteAllTextAsync(path, string.Join("\n",
            Line($"{p}.1", "13600001111", "2025-06-02 08:00:00", "2025-06-02 08:00:20", "2025-06-02 08:03:20", 180, "ANSWERED", userfield: "survey=4"),
            Line($"{p}.2", "13600002222", "2025-06-02 08:01:00", "", "2025-06-02 08:01:30", 0, "NO ANSWER"),
            Line($"{p}.3", "13600003333", "2025-06-02 25:00:00", "", "2025-06-02 08:01:30", 0, "BUSY")));
        try
        {
            var import = await Admin.CommandLine.RunAsync(app, "", "hotline", "import", path);
            Assert.True(import.Exit == 0, import.Error);
            Assert.Contains("新增 2", import.Output, StringComparison.Ordinal);
            Assert.Contains("第3行", import.Output, StringComparison.Ordinal);

            var figures = await Admin.CommandLine.RunAsync(app, "", "hotline", "figures", "--from", "2025-06-02", "--to", "2025-06-02", "--by", "hour", "--json");
            Assert.True(figures.Exit == 0, figures.Error);
            var json = JsonDocument.Parse(figures.Output).RootElement;
            var row = json.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "08时");
            Assert.Equal((2, 1, 50m, 0m), (row.GetProperty("offered").GetInt32(), row.GetProperty("answered").GetInt32(), row.GetProperty("answerRate").GetDecimal(),
                row.GetProperty("serviceLevel15").GetDecimal()));

            var bad = await Admin.CommandLine.RunAsync(app, "", "hotline", "figures", "--from", "2025-06-31", "--to", "2025-06-02");
            Assert.Equal(2, bad.Exit);
            Assert.Contains("--from", bad.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

public abstract partial class HotlineContract
{
    [Fact]
    public async Task TheMonthlyAssessment_ScoresTheOperator_AgainstTheAdministratorsTargets_InExcelAndPdf()
    {
        var admin = await app.As("admin");
        var p = Guid.NewGuid().ToString("N")[..10];
        // July 2025: four calls, three answered (one after 30 s), one abandoned; one survey of 5.
        await ImportAsync(admin, string.Join("\n",
            Line($"{p}.1", "13500001111", "2025-07-01 09:00:00", "2025-07-01 09:00:05", "2025-07-01 09:03:05", 180, "ANSWERED", userfield: "survey=5"),
            Line($"{p}.2", "13500002222", "2025-07-02 09:00:00", "2025-07-02 09:00:30", "2025-07-02 09:02:30", 120, "ANSWERED"),
            Line($"{p}.3", "13500003333", "2025-07-03 09:00:00", "2025-07-03 09:00:10", "2025-07-03 09:01:10", 60, "ANSWERED"),
            Line($"{p}.4", "13500004444", "2025-07-04 09:00:00", "", "2025-07-04 09:00:40", 0, "NO ANSWER")));
        var refused = await admin.PutAsJsonAsync("/api/hotline/targets", new { figure = "answerRate", level = 120, points = 25 });
        Assert.Equal("level", (await refused.ProblemAsync()).GetProperty("errors").EnumerateObject().Single().Name);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/hotline/targets", new { figure = "answerRate", level = 80, points = 25 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("supervisor")).PutAsJsonAsync("/api/hotline/targets",
            new { figure = "answerRate", level = 10, points = 25 })).StatusCode);

        var sheet = await admin.GetFromJsonAsync<JsonElement>("/api/hotline/assessment?month=2025-07");
        var lines = sheet.GetProperty("lines").EnumerateArray().ToDictionary(l => l.GetProperty("figure").GetString()!);
        // 接通率 75 % against 80 %: 75/80 of 25 = 23.44. 20秒服务水平 2/4 = 50 % against 80 %: 9.38 of 15.
        Assert.Equal((75m, 23.44m, false), (lines["answerRate"].GetProperty("actual").GetDecimal(), lines["answerRate"].GetProperty("score").GetDecimal(),
            lines["answerRate"].GetProperty("met").GetBoolean()));
        Assert.Equal(9.38m, lines["serviceLevel20"].GetProperty("score").GetDecimal());
        Assert.Equal(100, sheet.GetProperty("outOf").GetInt32());
        Assert.Equal(sheet.GetProperty("lines").EnumerateArray().Sum(l => l.GetProperty("score").GetDecimal()), sheet.GetProperty("score").GetDecimal());

        var xlsx = await admin.GetAsync("/api/hotline/assessment?month=2025-07&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync())).Cast<IDictionary<string, object>>()
            .Select(r => r.Values.Select(v => v?.ToString() ?? "").ToList()).ToList();
        Assert.Contains("96097热线运营商2025年7月考核表", rows[0][0], StringComparison.Ordinal);
        var rate = rows.Single(r => r[0] == "接通率");
        Assert.Equal(("≥ 80%", "75", "23.44"), (rate[1], rate[2], rate[4]));
        Assert.Equal("合计", rows.Single(r => r[0] == "合计")[0]);

        var pdf = await admin.GetAsync("/api/hotline/assessment?month=2025-07&format=pdf");
        var text = Notices.NoticeContract.PdfText(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("考核表", text, StringComparison.Ordinal);
        Assert.Contains("23.44", text, StringComparison.Ordinal);
        Assert.Equal("month", (await (await admin.GetAsync("/api/hotline/assessment?month=2025-13")).ProblemAsync()).GetProperty("errors").EnumerateObject().Single().Name);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteHotlineTests(SqliteApp app) : HotlineContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresHotlineTests(PostgresApp app) : HotlineContract(app);
