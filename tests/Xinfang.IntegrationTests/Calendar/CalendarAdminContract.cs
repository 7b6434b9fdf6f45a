using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Calendar;
using Xinfang.Core.Calendar.Features;
using Xinfang.Core.Common;
using Xinfang.Web.Api;
using Xinfang.Core.Audit;

namespace Xinfang.IntegrationTests.Calendar;

/// <summary>
/// The administrator keeps the holiday calendar and the deadline settings through the API; the deadline arithmetic
/// uses a saved change at once, deadlines already stored on cases keep their dates, and only administrators may
/// change anything. (The 2027 arrangement is a test arrangement, not the State Council's.) Changes to shared settings
/// are undone at the end of the test, as the contract classes of a provider share one database.
/// </summary>
public abstract class CalendarAdminContract(XinfangApp app)
{
    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<DueDateView> DueAsync(HttpClient client, string start, int days, string mode) =>
        (await client.GetFromJsonAsync<DueDateView>($"/api/calendar/due?start={start}&days={days}&mode={mode}", Json.Options))!;

    [Fact]
    public async Task PutYear2027_WorkingDayDeadlinesMoveAtOnce()
    {
        var admin = await app.As("admin");
        var registrar = await app.As("registrar");

        // Before: 2027 is not entered, so only weekends count.
        var beforeHoliday = await DueAsync(registrar, "2027-02-04", 3, "working");
        Assert.Equal((D("2027-02-09"), false), (beforeHoliday.Due, beforeHoliday.CalendarCovered));
        Assert.Equal(D("2027-02-22"), (await DueAsync(registrar, "2027-02-18", 2, "working")).Due);
        var missing = await admin.GetAsync("/api/admin/calendar/2027");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("calendar.year_not_found", (await missing.ProblemAsync()).GetProperty("code").GetString());

        // Spring Festival 5–11 Feb 2027 off, Saturday 20 Feb worked in lieu.
        var body = new
        {
            notice = "测试安排",
            festivals = new[] { new { name = "春节", from = "2027-02-05", to = "2027-02-11", workdays = new[] { "2027-02-20" } } },
            expectedRevision = 0,
        };
        var put = await admin.PutAsJsonAsync("/api/admin/calendar/2027", body, Json.Options);
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        var saved = (await put.Content.ReadFromJsonAsync<CalendarYearSaved>(Json.Options))!;
        Assert.Equal(1, saved.Year.Revision);
        Assert.Contains(saved.Year.Days, d => d.Date == D("2027-02-08") && d.IsHoliday && d.Name == "春节");
        Assert.Contains(saved.Year.Days, d => d.Date == D("2027-02-20") && d.IsMakeUpWorkday);

        // After: the holiday is skipped, the make-up Saturday counts, a calendar period ending in the holiday moves on.
        var afterHoliday = await DueAsync(registrar, "2027-02-04", 3, "working");
        Assert.Equal((D("2027-02-16"), true), (afterHoliday.Due, afterHoliday.CalendarCovered));
        Assert.Equal(D("2027-02-20"), (await DueAsync(registrar, "2027-02-18", 2, "working")).Due);
        Assert.Equal(D("2027-02-12"), (await DueAsync(registrar, "2027-01-31", 7, "calendar")).Due);

        // Read back; the seeded State Council years are there beside it.
        var year = (await admin.GetFromJsonAsync<CalendarYearView>("/api/admin/calendar/2027", Json.Options))!;
        Assert.Equal(("测试安排", "春节", D("2027-02-20")), (year.Notice, year.Festivals.Single().Name, year.Festivals.Single().Workdays.Single()));
        var years = (await admin.GetFromJsonAsync<List<CalendarYearSummary>>("/api/admin/calendar", Json.Options))!;
        Assert.Superset(new HashSet<int> { 2022, 2023, 2024, 2025, 2026, 2027 }, years.Select(y => y.Year).ToHashSet());
        Assert.Equal(years.Select(y => y.Year).OrderDescending(), years.Select(y => y.Year));
        Assert.Equal(7, years.Single(y => y.Year == 2026).Festivals);

        // A save based on what was read before someone else's save is refused.
        var stale = await admin.PutAsJsonAsync("/api/admin/calendar/2027", body, Json.Options);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("calendar.stale_revision", (await stale.ProblemAsync()).GetProperty("code").GetString());

        await using var scope = app.Scope();
        var audit = await XinfangApp.Db(scope).AuditEntries
            .Where(a => a.EntityType == nameof(StoredCalendarYear) && a.EntityId == "2027").ToListAsync();
        var line = Assert.Single(audit);
        Assert.Equal(("admin", "Added"), (line.UserName, line.Action));
        Assert.Contains("春节", line.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeAStepPeriod_NewCaseGetsTheNewDeadlineAndAnExistingCaseKeepsItsOwn()
    {
        var admin = await app.As("admin");
        var registrar = await app.As("registrar");
        var (category, region) = await registrar.PlaceAsync();
        var original = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/deadlines", Json.Options));
        var existing = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, ApiClient.IdNumber(301),
            "小区电梯加装协调会开了三次仍无结果，请求街道出面协调。"));
        var today = ChinaTime.DateOf(app.Clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((await DueAsync(registrar, today, 15, "calendar")).Due, existing.Deadlines.Dispose);

        try
        {
            // Disposal within 5 working days instead of 15 calendar days.
            var periods = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(original.GetProperty("periods").GetRawText())!;
            periods["Dispose"] = JsonSerializer.SerializeToElement(new { days = 5, mode = "Working" });
            var put = await admin.PutAsJsonAsync("/api/admin/deadlines", new
            {
                periods,
                maxExtensionDays = 30,
                dueSoonDays = 3,
                expectedRevision = original.GetProperty("revision").GetInt32(),
            }, Json.Options);
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());

            var fresh = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), category, region, ApiClient.IdNumber(302),
                "村道路灯损坏两个月无人维修，夜间出行不便。"));
            var fiveWorkingDays = (await DueAsync(registrar, today, 5, "working")).Due;
            Assert.Equal(fiveWorkingDays, fresh.Deadlines.Dispose);
            Assert.NotEqual(existing.Deadlines.Dispose, fiveWorkingDays);
            Assert.Equal(existing.Deadlines.Dispose, (await registrar.GetCaseAsync(existing.Id)).Deadlines.Dispose);

            await using var scope = app.Scope();
            var audit = await XinfangApp.Db(scope).AuditEntries
                .Where(a => a.EntityType == nameof(StoredDeadlineSettings) && a.UserName == "admin" && a.Action == "Modified").ToListAsync();
            Assert.Contains(audit, a => JsonDocument.Parse(a.After!).RootElement.GetProperty("Json").GetString()!
                .Contains("\"Dispose\":{\"days\":5,\"mode\":\"Working\"}", StringComparison.Ordinal));
        }
        finally
        {
            var current = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/deadlines", Json.Options));
            var restore = await admin.PutAsJsonAsync("/api/admin/deadlines", new
            {
                periods = original.GetProperty("periods"),
                maxExtensionDays = original.GetProperty("maxExtensionDays").GetInt32(),
                dueSoonDays = original.GetProperty("dueSoonDays").GetInt32(),
                expectedRevision = current.GetProperty("revision").GetInt32(),
            }, Json.Options);
            Assert.True(restore.IsSuccessStatusCode, await restore.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData("registrar")]
    [InlineData("leader")]
    public async Task NonAdministrator_Gets403OnEveryAdminEndpoint(string userName)
    {
        var client = await app.As(userName);
        var festival = new { name = "春节", from = "2030-02-02", to = "2030-02-08", workdays = Array.Empty<string>() };
        var responses = new[]
        {
            await client.GetAsync("/api/admin/calendar"),
            await client.GetAsync("/api/admin/calendar/2026"),
            await client.PutAsJsonAsync("/api/admin/calendar/2030", new { festivals = new[] { festival } }, Json.Options),
            await client.GetAsync("/api/admin/deadlines"),
            await client.PutAsJsonAsync("/api/admin/deadlines", new { maxExtensionDays = 30, dueSoonDays = 3 }, Json.Options),
        };

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("admin.only", (await response.ProblemAsync()).GetProperty("code").GetString());
        }

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("admin")).GetAsync("/api/admin/calendar/2030")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/admin/deadlines")).StatusCode);
    }

    [Fact]
    public async Task InvalidCalendarYear_GetsChineseFieldErrorsAndNothingIsStored()
    {
        var admin = await app.As("admin");
        var response = await admin.PutAsJsonAsync("/api/admin/calendar/2028", new
        {
            festivals = new object[]
            {
                new { name = "春节", from = "2028-01-31", to = "2028-01-25", workdays = Array.Empty<string>() },     // ends before it starts
                new { name = "清明节", from = "2028-04-02", to = "2028-04-04", workdays = new[] { "2028-04-07" } }, // a Friday
                new { name = "劳动节", from = "2028-04-04", to = "2028-04-08", workdays = new[] { "2028-04-09" } }, // overlaps 清明节
                new { name = "国庆节", from = "2028-10-01", to = "2028-10-07", workdays = new[] { "2028-10-07" } }, // a day off
                new { name = "", from = "2029-01-01", to = "2029-01-01", workdays = Array.Empty<string>() },         // no name, next year
            },
        }, Json.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        var codes = problem.GetProperty("codes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value[0].GetString());
        Assert.Equal("calendar.ends_before_start", codes["festivals[0].to"]);
        Assert.Equal("calendar.workday_not_weekend", codes["festivals[1].workdays[0]"]);
        Assert.Equal("calendar.festivals_overlap", codes["festivals[2].from"]);
        Assert.Equal("calendar.workday_in_festival", codes["festivals[3].workdays[0]"]);
        Assert.Equal("validation.required", codes["festivals[4].name"]);
        Assert.Equal("calendar.outside_year", codes["festivals[4].from"]);
        Assert.Contains("星期五", problem.GetProperty("errors").GetProperty("festivals[1].workdays[0]")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("输入有误", problem.GetProperty("title").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/admin/calendar/2028")).StatusCode);

        var unreadable = await admin.PutAsJsonAsync("/api/admin/calendar/2028", new { festivals = new[] { new { name = "春节", from = "2028-02-30", to = "2028-02-01" } } }, Json.Options);
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
    }

    [Fact]
    public async Task InvalidDeadlineSettings_GetFieldErrorsAndNothingChanges()
    {
        var admin = await app.As("admin");
        var before = await admin.GetStringAsync("/api/admin/deadlines");
        var periods = StatutoryPeriods();
        periods["Reply"] = new { days = 0, mode = "Calendar" };
        periods["Accept"] = new { days = 15, mode = "lunar" };
        var response = await admin.PutAsJsonAsync("/api/admin/deadlines", new { periods, maxExtensionDays = 31, dueSoonDays = 3 }, Json.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var codes = (await response.ProblemAsync()).GetProperty("codes").EnumerateObject().ToDictionary(p => p.Name, p => p.Value[0].GetString());
        Assert.Equal(new Dictionary<string, string?>
        {
            ["periods.Reply.days"] = "deadline.days_out_of_range",
            ["periods.Accept.mode"] = "validation.unknown_value",
            ["maxExtensionDays"] = "deadline.extension_over_cap",
        }, codes);
        Assert.Equal(before, await admin.GetStringAsync("/api/admin/deadlines"));
    }

    [Fact]
    public async Task AYearSavedByAnotherInstance_IsPickedUpWhenTheFingerprintMoves()
    {
        var registrar = await app.As("registrar");
        // Another instance's save: the row written straight to the database, this instance's provider not told.
        await using (var scope = app.Scope())
        {
            var db = XinfangApp.Db(scope);
            var year = new HolidayYear(2029, "另一实例保存", [new Festival("国庆节", D("2029-10-01"), D("2029-10-07"), [D("2029-09-29")])]);
            db.CalendarYears.Add(new StoredCalendarYear(year, app.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        var provider = app.Factory.Services.GetRequiredService<DeadlinePolicyProvider>();
        await provider.RefreshIfChangedAsync();
        Assert.False(await provider.RefreshIfChangedAsync());

        // Thu 27 Sep 2029: Fri 28 Sep, Sat 29 Sep (worked in lieu), then 1–7 Oct off, Mon 8 Oct.
        Assert.Equal(D("2029-10-08"), (await DueAsync(registrar, "2029-09-27", 3, "working")).Due);
    }

    /// <summary>The statutory periods in the shape of the PUT body.</summary>
    private static Dictionary<string, object> StatutoryPeriods() => new Xinfang.Core.Calendar.DeadlineSettings().Periods
        .ToDictionary(p => p.Key.ToString(), p => (object)new { days = p.Value.Days, mode = p.Value.Mode.ToString() });
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteCalendarAdminTests(SqliteApp app) : CalendarAdminContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresCalendarAdminTests(PostgresApp app) : CalendarAdminContract(app);
