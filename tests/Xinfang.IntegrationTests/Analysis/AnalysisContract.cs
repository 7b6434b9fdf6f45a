using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Analysis.Features;
using Xinfang.Core.Analysis.Warnings;
using Xinfang.Core.Calendar;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;

namespace Xinfang.IntegrationTests.Analysis;

/// <summary>
/// The analysis workspace and the early warning over HTTP, on both databases: a hand-made set sliced and cross-tabulated,
/// every figure's drill-down listing exactly its cases, within the reader's scope; saved views; named errors; warnings
/// raised from constructed series (a surge fires once and is extended, not repeated; a sensitive period lowers the bar for
/// its township only; a brewing collective matter from similar texts of several people), read, and acknowledged.
/// Each test uses a year no other test writes to.
/// </summary>
public abstract class AnalysisContract(XinfangApp app)
{
    private static readonly Actor System = new(0, "system", new HashSet<string>(Roles.All), 0, DataScope.Everything);

    private async Task<int> AddCasesAsync(IEnumerable<(DateTimeOffset At, Channel Channel, int Category, int? Region, int People, int? Lead)> specs)
    {
        await using var scope = app.Scope();
        var db = XinfangApp.Db(scope);
        var policy = scope.ServiceProvider.GetRequiredService<DeadlinePolicy>();
        var directory = await scope.ServiceProvider.GetRequiredService<OrganisationDirectory>().GetAsync();
        var cases = new List<Case>();
        foreach (var s in specs)
        {
            var intake = new CaseIntake(s.Channel, s.At, CaseForm.Complaint, StatutoryClass.ClaimRequest, s.Category, s.Region, null, "分析测试", "分析测试内容", s.People);
            var c = Case.Register(intake, $"A{Guid.NewGuid():N}"[..20], [], System, s.At, policy);
            if (s.Lead is { } lead)
            {
                var unit = directory.Units[lead];
                c.Dispatch(System, s.At, Disposal.Forward, new UnitRef(lead, unit.RegionId, unit.Name), [], null, policy);
            }
            else
            {
                // Out of every work queue, so that the app's other tests find their own cases on a queue's first page.
                c.Refuse(System, s.At, "分析测试数据", "不属于信访事项");
            }

            cases.Add(c);
        }

        db.Cases.AddRange(cases);
        await db.SaveChangesAsync();
        return cases.Count;
    }

    private static async Task<T> GetAsync<T>(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(Json.Options))!;
    }

    [Fact]
    public async Task ASlice_CountsAndCrossTabulates_AndEveryFigureDrillsDownToExactlyItsCases_WithinScope()
    {
        var leader = await app.As("leader");
        var (wages, renhe) = await leader.PlaceAsync("欠薪");
        var (housing, pingdi) = await leader.PlaceAsync("安置房分配", "平地镇");
        var renheUnit = await leader.UnitIdAsync("仁和镇人民政府");
        DateTimeOffset On(int month, int day) => new(2014, month, day, 10, 0, 0, ChinaTime.Offset);
        await AddCasesAsync(
        [
            (On(3, 3), Channel.Letter, wages, renhe, 1, renheUnit),
            (On(3, 4), Channel.Letter, wages, renhe, 1, renheUnit),
            (On(3, 5), Channel.Letter, housing, renhe, 12, renheUnit), // collective
            (On(4, 1), Channel.Visit, wages, renhe, 1, renheUnit),
            (On(4, 2), Channel.Visit, housing, renhe, 1, null),
            (On(3, 9), Channel.Letter, housing, pingdi, 1, null),
            (On(4, 9), Channel.Hotline96097, housing, pingdi, 30, null), // collective
            (On(4, 10), Channel.Hotline96097, wages, pingdi, 1, null),
            (On(4, 11), Channel.Portal, wages, null, 1, null),
        ]);

        var slice = await GetAsync<SliceView>(leader, "/api/analysis/slice?from=2014-01-01&to=2014-12-31&rows=township&columns=channel");
        Assert.Equal(9, slice.Total.Count);
        var byRow = slice.Items.ToDictionary(r => r.Name);
        Assert.Equal((5, 3, 1), (byRow["仁和镇"].Count, byRow["平地镇"].Count, byRow["未明确地点"].Count));
        Assert.Equal("none", slice.Items[^1].Key); // the cases without a place come last
        int Cell(SliceRow row, Channel channel) => row.Cells.Single(c => c.Key == channel.ToString()).Count;
        Assert.Equal((3, 2, 0), (Cell(byRow["仁和镇"], Channel.Letter), Cell(byRow["仁和镇"], Channel.Visit), Cell(byRow["仁和镇"], Channel.Hotline96097)));
        Assert.Equal(2, Cell(byRow["平地镇"], Channel.Hotline96097));
        Assert.Equal(slice.Total.Count, slice.Total.Cells.Sum(c => c.Count));

        // Every number drills down to a list whose total is that number.
        foreach (var row in slice.Items.Append(slice.Total))
        {
            Assert.Equal(row.Count, (await leader.GetFromJsonAsync<PagedList<CaseListItem>>($"/api/analysis/cases?{row.Drill}&pageSize=1", Json.Options))!.Total);
            foreach (var cell in row.Cells)
            {
                var drilled = await leader.GetFromJsonAsync<PagedList<CaseListItem>>($"/api/analysis/cases?{cell.Drill}&pageSize=100", Json.Options);
                Assert.Equal(cell.Count, drilled!.Total);
            }
        }

        // Categories sum under their top level; flags cross-tabulate by month.
        var byCategory = await GetAsync<SliceView>(leader, "/api/analysis/slice?from=2014-01-01&to=2014-12-31&rows=category");
        Assert.Equal(9, byCategory.Items.Sum(r => r.Count));
        var flags = await GetAsync<SliceView>(leader, "/api/analysis/slice?from=2014-01-01&to=2014-12-31&rows=month&columns=collective");
        Assert.Equal(["2014-03", "2014-04"], flags.Items.Select(r => r.Key));
        Assert.Equal(1, flags.Items[0].Cells.Single(c => c.Key == "true").Count);
        Assert.Equal(1, flags.Items[1].Cells.Single(c => c.Key == "true").Count);
        var collective = await GetAsync<PagedList<CaseListItem>>(leader, "/api/analysis/cases?from=2014-01-01&to=2014-12-31&collective=true&township=" + pingdi);
        Assert.Equal(1, collective.Total);

        // The township sees only what was dispatched to it: four cases, all of them 仁和镇's.
        var township = await app.As("handler-renhe");
        var own = await GetAsync<SliceView>(township, "/api/analysis/slice?from=2014-01-01&to=2014-12-31&rows=township&columns=channel");
        Assert.Equal(4, own.Total.Count);
        Assert.Equal(["仁和镇"], own.Items.Select(r => r.Name));
        var pingdiDrill = byRow["平地镇"].Drill;
        Assert.Equal(0, (await GetAsync<PagedList<CaseListItem>>(township, $"/api/analysis/cases?{pingdiDrill}")).Total);
        Assert.Equal(own.Total.Count, (await township.ListAsync("from=2014-01-01&to=2014-12-31&pageSize=1")).Total);

        // The trend counts the same cases by month and compares them with the year before.
        var trend = await GetAsync<TrendView>(leader, "/api/analysis/trend?from=2014-03-01&to=2014-04-30&grain=month");
        Assert.Equal([4, 5], trend.Points.Select(p => p.Count));
        Assert.All(trend.Points, p => Assert.Null(p.Change)); // nothing in 2013 to compare with
        var weeks = await GetAsync<TrendView>(leader, "/api/analysis/trend?from=2014-03-01&to=2014-04-30&grain=week");
        Assert.Equal(9, weeks.Points.Sum(p => p.Count));
        Assert.Equal("2014-W09", weeks.Points[0].Label); // Saturday 1 March belongs to the ISO week of 24 February
        foreach (var point in weeks.Points.Where(p => p.Count > 0))
        {
            Assert.Equal(point.Count, (await GetAsync<PagedList<CaseListItem>>(leader, $"/api/analysis/cases?{point.Drill}&pageSize=1")).Total);
        }
    }

    [Fact]
    public async Task BadInput_IsAnsweredWithTheFieldAndTheReason()
    {
        var leader = await app.As("leader");
        foreach (var (query, field) in new[]
                 {
                     ("rows=weather", "rows"), ("columns=x", "columns"), ("from=2024-13-01", "from"), ("from=2024-03-01&to=2024-02-01", "to"),
                     ("from=0001-01-01&to=2024-01-01", "from"), ("to=9999-12-31", "to"), ("channel=-1", "channel"), ("collective=maybe", "collective"),
                     ("township=abc", "township"), ("month=2024-13", "month"), ("rows=township&columns=township", "columns"),
                 })
        {
            var response = await leader.GetAsync($"/api/analysis/slice?{query}");
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{query}: {(int)response.StatusCode}");
            Assert.True((await response.ProblemAsync()).GetProperty("errors").TryGetProperty(field, out _), $"{query} should name {field}");
        }

        var grain = await leader.GetAsync("/api/analysis/trend?from=2020-01-01&to=2024-01-01&grain=day");
        Assert.True((await grain.ProblemAsync()).GetProperty("errors").TryGetProperty("grain", out _));
        var page = await leader.GetAsync("/api/analysis/cases?page=2147483647");
        Assert.True((await page.ProblemAsync()).GetProperty("errors").TryGetProperty("page", out _));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("finance")).GetAsync("/api/analysis/slice")).StatusCode);
    }

    [Fact]
    public async Task SavedViews_BelongToTheirOwner()
    {
        var leader = await app.As("leader");
        var name = "各镇渠道" + Guid.NewGuid().ToString("N")[..4];
        var created = await leader.PostAsJsonAsync("/api/analysis/views", new { name, query = "?rows=township&columns=channel" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var view = (await created.Content.ReadFromJsonAsync<SavedViewItem>(Json.Options))!;
        Assert.Equal("rows=township&columns=channel", view.Query);
        Assert.Equal(HttpStatusCode.Conflict, (await leader.PostAsJsonAsync("/api/analysis/views", new { name, query = "rows=month" })).StatusCode);
        var blank = await leader.PostAsJsonAsync("/api/analysis/views", new { name = "", query = "rows=month" });
        Assert.True((await blank.ProblemAsync()).GetProperty("errors").TryGetProperty("name", out _));

        var supervisor = await app.As("supervisor");
        Assert.DoesNotContain((await GetAsync<List<SavedViewItem>>(supervisor, "/api/analysis/views")), v => v.Id == view.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.DeleteAsync($"/api/analysis/views/{view.Id}")).StatusCode);
        Assert.Contains(await GetAsync<List<SavedViewItem>>(leader, "/api/analysis/views"), v => v.Id == view.Id);
        var deleted = await leader.DeleteAsync($"/api/analysis/views/{view.Id}");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.DoesNotContain((await deleted.Content.ReadFromJsonAsync<List<SavedViewItem>>(Json.Options))!, v => v.Id == view.Id);
    }

    /// <summary>One case every weekday for twelve weeks, then four a day for a week: the category and the township rise
    /// far above their own level.</summary>
    [Fact]
    public async Task ASurge_RaisesOneWarningPerSubject_ExtendedNotRepeated_AndIsAcknowledgedWithANote()
    {
        var leader = await app.As("leader");
        var (wages, renhe) = await leader.PlaceAsync("欠薪");
        var day = new DateOnly(2017, 4, 2);
        var specs = new List<(DateTimeOffset, Channel, int, int?, int, int?)>();
        for (var d = day.AddDays(-6 - Baseline.HistoryDays); d <= day.AddDays(1); d = d.AddDays(1))
        {
            var perDay = d > day.AddDays(-7) ? 4 : d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1;
            specs.AddRange(Enumerable.Range(0, perDay).Select(i => (ChinaTime.StartOf(d).AddHours(9 + i), Channel.Letter, wages, (int?)renhe, 1, (int?)null)));
        }

        await AddCasesAsync(specs);
        var supervisor = await app.As("supervisor");
        var run = await (await supervisor.PostAsync($"/api/analysis/warnings/compute?day={day:yyyy-MM-dd}", null)).Content.ReadFromJsonAsync<WarningRun>(Json.Options);
        Assert.Equal(2, run!.Raised);

        var warnings = await GetAsync<List<WarningView>>(leader, "/api/analysis/warnings?from=2017-03-27&to=2017-04-02");
        var township = Assert.Single(warnings, w => w.Dimension == "township" && w.SubjectId == renhe);
        Assert.Single(warnings, w => w.Dimension == "category");
        Assert.Equal((WarningKind.Rise, 28, 28), (township.Kind, township.Observed, township.CaseCount));
        Assert.InRange(township.Expected, 4, 6);
        Assert.Contains("仁和镇", township.Summary);
        Assert.Equal(28, (await GetAsync<PagedList<CaseListItem>>(leader, $"/api/analysis/cases?{township.Drill}&pageSize=1")).Total);
        Assert.Equal(28, (await GetAsync<PagedList<CaseListItem>>(leader, $"/api/analysis/warnings/{township.Id}/cases?pageSize=1")).Total);

        // The same day again raises nothing; the next day extends the same warning.
        var again = await (await supervisor.PostAsync($"/api/analysis/warnings/compute?day={day:yyyy-MM-dd}", null)).Content.ReadFromJsonAsync<WarningRun>(Json.Options);
        Assert.Equal((0, 2), (again!.Raised, again.Updated));
        await supervisor.PostAsync($"/api/analysis/warnings/compute?day={day.AddDays(1):yyyy-MM-dd}", null);
        var extended = await GetAsync<WarningView>(leader, $"/api/analysis/warnings/{township.Id}");
        Assert.Equal(day.AddDays(1), extended.WindowTo);

        // Pushed once to the leaders' and supervisors' notification centre (a township handler is not told).
        var link = $"/analysis/warnings/{township.Id}";
        foreach (var reader in new[] { leader, supervisor })
        {
            var told = (await GetAsync<PagedList<Xinfang.Core.Notifications.Features.NotificationView>>(reader, "/api/notifications?pageSize=100")).Items;
            Assert.Single(told, n => n.Link == link && n.Kind == Xinfang.Core.Notifications.NotificationKind.Warning);
        }

        Assert.DoesNotContain((await GetAsync<PagedList<Xinfang.Core.Notifications.Features.NotificationView>>(await app.As("handler-renhe"),
            "/api/notifications?pageSize=100")).Items, n => n.Link == link);

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("handler-renhe")).GetAsync("/api/analysis/warnings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("registrar")).PostAsJsonAsync($"/api/analysis/warnings/{township.Id}/acknowledge", new { note = "x" })).StatusCode);
        var noNote = await leader.PostAsJsonAsync($"/api/analysis/warnings/{township.Id}/acknowledge", new { note = " " });
        Assert.True((await noNote.ProblemAsync()).GetProperty("errors").TryGetProperty("note", out _));
        var acknowledged = await leader.PostAsJsonAsync($"/api/analysis/warnings/{township.Id}/acknowledge", new { note = "已安排仁和镇逐户核查欠薪线索" });
        var view = (await acknowledged.Content.ReadFromJsonAsync<WarningView>(Json.Options))!;
        Assert.Equal((WarningStatus.Acknowledged, "已安排仁和镇逐户核查欠薪线索"), (view.Status, view.AcknowledgementNote));
        Assert.Equal(HttpStatusCode.Conflict, (await leader.PostAsJsonAsync($"/api/analysis/warnings/{township.Id}/acknowledge", new { note = "再次" })).StatusCode);
    }

    /// <summary>One case every weekday, then ten in a week: under the normal bar nothing fires; a sensitive period on the
    /// township lowers its bar (and only its own: the category's series is the same but is not watched by it).</summary>
    [Fact]
    public async Task ASensitivePeriod_LowersTheBar_ForItsOwnScope()
    {
        var admin = await app.As("admin");
        var (housing, pingdi) = await admin.PlaceAsync("安置房分配", "平地镇");
        var day = new DateOnly(2017, 12, 10); // a Sunday
        var specs = new List<(DateTimeOffset, Channel, int, int?, int, int?)>();
        for (var d = day.AddDays(-6 - Baseline.HistoryDays); d <= day; d = d.AddDays(1))
        {
            var perDay = d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1;
            specs.AddRange(Enumerable.Range(0, perDay).Select(i => (ChinaTime.StartOf(d).AddHours(9 + i), Channel.Visit, housing, (int?)pingdi, 1, (int?)null)));
        }

        specs.AddRange(Enumerable.Range(0, 5).Select(i => (ChinaTime.StartOf(day.AddDays(-2)).AddHours(10 + i), Channel.Visit, housing, (int?)pingdi, 1, (int?)null)));
        await AddCasesAsync(specs);

        var supervisor = await app.As("supervisor");
        var normal = await (await supervisor.PostAsync($"/api/analysis/warnings/compute?day={day:yyyy-MM-dd}", null)).Content.ReadFromJsonAsync<WarningRun>(Json.Options);
        Assert.Equal(0, normal!.Raised);

        var invalid = await admin.PostAsJsonAsync("/api/analysis/sensitive-periods", new { name = "", from = "2017-12-01", to = "2017-11-01", sigma = 9 });
        var errors = (await invalid.ProblemAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _) && errors.TryGetProperty("to", out _) && errors.TryGetProperty("sigma", out _));
        Assert.Equal(HttpStatusCode.Forbidden,
            (await supervisor.PostAsJsonAsync("/api/analysis/sensitive-periods", new { name = "x", from = "2017-12-01", to = "2017-12-31" })).StatusCode);
        var created = await admin.PostAsJsonAsync("/api/analysis/sensitive-periods",
            new { name = "年末安置房交付", from = "2017-12-01", to = "2017-12-31", regionId = pingdi, sigma = 2.0, minCount = 3 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var lowered = await (await supervisor.PostAsync($"/api/analysis/warnings/compute?day={day:yyyy-MM-dd}", null)).Content.ReadFromJsonAsync<WarningRun>(Json.Options);
        Assert.Equal(1, lowered!.Raised);
        var warning = Assert.Single(await GetAsync<List<WarningView>>(supervisor, "/api/analysis/warnings?from=2017-12-04&to=2017-12-10"));
        Assert.Equal(("township", pingdi, "年末安置房交付", 10), (warning.Dimension, warning.SubjectId, warning.SensitivePeriod, warning.Observed));
        Assert.Contains("敏感时期", warning.Summary);
    }

    /// <summary>Three people of one township write about the same blocked sewer within three days: the duplicate finder
    /// links their cases at registration, and the day's warning names them as a brewing collective matter.</summary>
    [Fact]
    public async Task SimilarMattersFromSeveralPeople_InOneTownship_AreABrewingCollectiveMatter()
    {
        var registrar = await app.As("registrar");
        var (category, renhe) = await registrar.PlaceAsync("安置房分配");
        var marker = "q" + Guid.NewGuid().ToString("N")[..5];
        var ids = new List<Guid>();
        string[] texts =
        [
            $"仁和镇{marker}小区的污水管网堵塞，生活污水溢流到路面，臭气熏天，请求尽快疏通维修。",
            $"仁和镇{marker}小区污水管网堵塞，生活污水溢流到路面上，臭气熏天，请尽快疏通。",
            $"仁和镇{marker}小区的污水管网堵塞了，生活污水溢流到路面上，臭气熏天，请尽快疏通维修。",
        ];
        for (var i = 0; i < texts.Length; i++)
        {
            var at = new DateTimeOffset(2018, 5, 1 + i, 10, 0, 0, ChinaTime.Offset);
            var registered = await registrar.RegisterAsync(ApiClient.Letter(at, category, renhe, content: texts[i]) with
            {
                Subject = "小区污水管网堵塞",
                Petitioners = [new PetitionerRequest("赵桂兰", ApiClient.IdNumber(7100 + i), "136" + Random.Shared.Next(10_000_000, 99_999_999), "仁和镇某村")],
            });
            ids.Add(registered.Id);
        }

        var supervisor = await app.As("supervisor");
        await supervisor.PostAsync("/api/analysis/warnings/compute?day=2018-05-03", null);
        var warning = Assert.Single(await GetAsync<List<WarningView>>(supervisor, "/api/analysis/warnings?from=2018-05-01&to=2018-05-03"),
            w => w.Kind == WarningKind.Cluster);
        Assert.Equal((renhe, 3, 3), (warning.SubjectId!.Value, warning.Observed, warning.CaseCount));
        var linked = await GetAsync<PagedList<CaseListItem>>(supervisor, $"/api/analysis/warnings/{warning.Id}/cases");
        Assert.Equal(ids.Order(), linked.Items.Select(i => i.Id).Order());
        Assert.True(await GetAsync<int>(await app.As("leader"), "/api/analysis/warnings/count") >= 1);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteAnalysisTests(SqliteApp app) : AnalysisContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresAnalysisTests(PostgresApp app) : AnalysisContract(app);
