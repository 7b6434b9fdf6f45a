using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Audit;
using Xinfang.Core.Cases;
using Xinfang.Core.Outbox;
using Xinfang.Core.Outbox.Features;
using Xinfang.Core.Portal;
using Xinfang.Tests;

namespace Xinfang.IntegrationTests.Portal;

/// <summary>
/// The public portal as a citizen uses it, over HTTP without a staff account: a phone code by text message, a
/// submission with an attachment, the query code, tracking in plain words, the rating and the review request — and what
/// it must never do: show anything internal or another person's data, tell which numbers exist, store a refused
/// submission, or let one phone or one address flood it.
/// </summary>
public abstract partial class PortalContract(XinfangApp app)
{
    private static int _phones;

    [GeneratedRegex(@"验证码为(\d{6})")]
    private static partial Regex CodeInText();

    private static string NewPhone() => $"139{Interlocked.Increment(ref _phones) + (Environment.ProcessId % 1000 * 10000):D8}";

    private static string NewAddress() => $"10.{Random.Shared.Next(1, 255)}.{Random.Shared.Next(1, 255)}.{Random.Shared.Next(1, 255)}";

    /// <summary>Delivers what the outbox holds (the file sender) and returns the texts sent to <paramref name="phone"/>.</summary>
    private async Task<List<string>> TextsToAsync(string phone)
    {
        await using (var scope = app.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<DeliverOutbox>().DrainAsync();
        }

        if (!Directory.Exists(app.SmsDirectory))
        {
            return [];
        }

        return [.. Directory.GetFiles(app.SmsDirectory, "*.json").OrderBy(f => long.Parse(Path.GetFileNameWithoutExtension(f)))
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement)
            .Where(m => m.GetProperty("phone").GetString() == phone)
            .Select(m => m.GetProperty("text").GetString()!)];
    }

    private async Task<string> PhoneCodeAsync(HttpClient citizen, string phone)
    {
        var response = await citizen.PostAsJsonAsync("/api/portal/phone-codes", new { phone });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return CodeInText().Match((await TextsToAsync(phone)).Last(t => t.Contains("验证码", StringComparison.Ordinal))).Groups[1].Value;
    }

    private async Task<(int Township, int Village, int Category)> PlaceAsync(HttpClient citizen)
    {
        var options = await citizen.GetFromJsonAsync<JsonElement>("/api/portal/options");
        var township = options.GetProperty("townships").EnumerateArray().First(t => t.GetProperty("name").GetString() == "仁和镇");
        var category = options.GetProperty("categories").EnumerateArray().First(c => c.GetProperty("name").GetString() == "安置房分配");
        return (township.GetProperty("id").GetInt32(), township.GetProperty("villages")[0].GetProperty("id").GetInt32(), category.GetProperty("id").GetInt32());
    }

    private static MultipartFormDataContent Submission(string phone, string code, (int Township, int Village, int Category) place, string content,
        string name = "赵桂芳", string? idNumber = null, bool noTextMessages = false, params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(name), "name" },
            { new StringContent(phone), "phone" },
            { new StringContent(place.Township.ToString()), "regionId" },
            { new StringContent(place.Village.ToString()), "villageId" },
            { new StringContent(place.Category.ToString()), "categoryId" },
            { new StringContent("Complaint"), "form" },
            { new StringContent(content), "content" },
            { new StringContent(code), "code" },
        };
        if (idNumber is not null)
        {
            form.Add(new StringContent(idNumber), "idNumber");
        }

        if (noTextMessages)
        {
            form.Add(new StringContent("true"), "noTextMessages");
        }

        foreach (var (fileName, bytes) in files)
        {
            form.Add(new ByteArrayContent(bytes), "attachments", fileName);
        }

        return form;
    }

    private static async Task<JsonElement> TrackAsync(HttpClient citizen, string number, string code, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await citizen.PostAsJsonAsync("/api/portal/track", new { caseNumber = number, queryCode = code });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    [Fact]
    public async Task Citizen_Submits_Tracks_Rates_AndAsksForReview()
    {
        var citizen = app.AnonymousFrom(NewAddress());
        var phone = NewPhone();
        var place = await PlaceAsync(citizen);
        var code = await PhoneCodeAsync(citizen, phone);
        var idNumber = ApiClient.IdNumber(701);
        var marker = $"门户测试{Guid.NewGuid():N}";
        var response = await citizen.PostAsync("/api/portal/submissions", Submission(phone, code, place,
            $"我家安置房至今未分配，已等待两年。{marker}", idNumber: idNumber, files: ("现场照片.png", SampleFiles.Png())));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        var number = receipt.GetProperty("caseNumber").GetString()!;
        var queryCode = receipt.GetProperty("queryCode").GetString()!;
        Assert.Matches("^[2-9A-HJKMNP-Z]{8}$", queryCode);
        Assert.True(receipt.GetProperty("textMessageSent").GetBoolean());
        Assert.NotEmpty(receipt.GetProperty("promise").EnumerateArray());

        // The registration text carries the number and the query code; the code is kept only as a hash.
        Assert.Contains(await TextsToAsync(phone), t => t.Contains(number, StringComparison.Ordinal) && t.Contains(queryCode, StringComparison.Ordinal));
        await using (var scope = app.Scope())
        {
            var db = XinfangApp.Db(scope);
            var c = await db.Cases.Include(x => x.Petitioners).Include(x => x.Attachments).SingleAsync(x => x.Number == number);
            Assert.Equal((Channel.Portal, IntakeGaps.StatutoryClass, CaseForm.Complaint, "赵桂芳", phone, idNumber),
                (c.Channel, c.Gaps, c.Form, c.Petitioners[0].Name, c.Petitioners[0].Phone, c.Petitioners[0].IdNumber));
            Assert.Equal("现场照片.png", Assert.Single(c.Attachments).FileName);
            var access = await db.PortalAccesses.SingleAsync(a => a.CaseId == c.Id);
            Assert.NotEqual(queryCode, access.QueryCodeHash);
            Assert.True(await db.Set<AuditEntry>().AnyAsync(a => a.EntityId == c.Id.ToString() && a.UserName.StartsWith(PortalActor.NamePrefix)));
        }

        // Tracking: plain words, the bureau's deadline, nothing internal and nothing personal.
        var tracked = await TrackAsync(citizen, number, queryCode.ToLowerInvariant());
        Assert.Equal(("已登记，等待有关机关决定是否受理", 0), (tracked.GetProperty("status").GetString(), tracked.GetProperty("stage").GetInt32()));
        Assert.Equal(["您的事项已登记。"], tracked.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("text").GetString()));
        Assert.Equal("信访局转送、交办或直接办理", tracked.GetProperty("deadlines")[0].GetProperty("what").GetString());
        NothingPersonal(tracked, "赵桂芳", phone, idNumber);

        // Staff handle it; the petitioner is told by text at acceptance and reply.
        var registrar = await app.As("registrar");
        var dispatcher = await app.As("dispatcher");
        var caseId = (await registrar.ListAsync("queue=to-complete&pageSize=100")).Items.Single(c => c.Number == number).Id;
        await registrar.ActOkAsync(caseId, "complete", new { statutoryClass = "ClaimRequest" });
        await dispatcher.ActOkAsync(caseId, "handle-itself");
        await dispatcher.ActOkAsync(caseId, "accept");
        await dispatcher.ActOkAsync(caseId, "reply", new { text = "赵桂芳同志：经核实，您的安置房已列入本年度第二批分配，预计6月交房。" });
        var texts = await TextsToAsync(phone);
        Assert.Contains(texts, t => t.Contains("已由", StringComparison.Ordinal) && t.Contains("受理", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("已答复", StringComparison.Ordinal));

        tracked = await TrackAsync(citizen, number, queryCode);
        Assert.Equal(("已答复，请您评价", 3, true), (tracked.GetProperty("status").GetString(), tracked.GetProperty("stage").GetInt32(),
            tracked.GetProperty("canRate").GetBoolean()));
        Assert.Contains("第二批分配", tracked.GetProperty("answers")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("派单员", tracked.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("dispatcher", tracked.GetRawText(), StringComparison.OrdinalIgnoreCase);

        // The rating is the callback: once.
        var rated = await citizen.PostAsJsonAsync("/api/portal/rating", new { caseNumber = number, queryCode, satisfaction = "Unsatisfied", comment = "交房时间太晚" });
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        Assert.Equal("不满意", (await rated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("satisfaction").GetString());
        var again = await citizen.PostAsJsonAsync("/api/portal/rating", new { caseNumber = number, queryCode, satisfaction = "Satisfied" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        var afterRating = await registrar.GetCaseAsync(caseId);
        Assert.Equal((CaseStatus.CalledBack, Satisfaction.Unsatisfied), (afterRating.Status, afterRating.Satisfaction));

        // The rating reminder, due three days after the reply, is not sent: the matter was rated.
        app.Clock.Advance(TimeSpan.FromDays(4));
        Assert.DoesNotContain(await TextsToAsync(phone), t => t.Contains("请在群众门户对办理情况进行评价", StringComparison.Ordinal));

        // Review within 30 days: it lands in the review queue.
        var badReview = await citizen.PostAsJsonAsync("/api/portal/review", new { caseNumber = number, queryCode, reason = "不" });
        Assert.Equal("reason", (await badReview.ProblemAsync()).GetProperty("errors").EnumerateObject().Single().Name);
        var review = await citizen.PostAsJsonAsync("/api/portal/review", new { caseNumber = number, queryCode, reason = "分配顺序不公平，请求复查。" });
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Equal("复查中", (await review.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Contains((await dispatcher.ListAsync("queue=in-review&pageSize=100")).Items, c => c.Number == number);
    }

    [Fact]
    public async Task Tracking_WrongCode_AnswersAsAnUnknownNumber_AndShowsNoOtherCase()
    {
        var citizen = app.AnonymousFrom(NewAddress());
        var place = await PlaceAsync(citizen);
        async Task<(string Number, string Code)> SubmitAsync(string name, string content)
        {
            var phone = NewPhone();
            var code = await PhoneCodeAsync(citizen, phone);
            var receipt = await (await citizen.PostAsync("/api/portal/submissions", Submission(phone, code, place, content, name))).Content.ReadFromJsonAsync<JsonElement>();
            return (receipt.GetProperty("caseNumber").GetString()!, receipt.GetProperty("queryCode").GetString()!);
        }

        var first = await SubmitAsync("钱小红", "小区电梯长期故障无人维修，老人上下楼困难。");
        var second = await SubmitAsync("孙大伟", "村道被施工车辆压坏，雨天无法通行，请求修复。");
        var wrongCode = await TrackAsync(citizen, first.Number, second.Code, HttpStatusCode.NotFound);
        var unknown = await TrackAsync(citizen, "RH2099-999999", first.Code, HttpStatusCode.NotFound);
        var empty = await TrackAsync(citizen, first.Number, "", HttpStatusCode.NotFound);
        Assert.Equal(wrongCode.GetProperty("detail").GetString(), unknown.GetProperty("detail").GetString());
        Assert.Equal(wrongCode.GetProperty("code").GetString(), empty.GetProperty("code").GetString());

        var own = await TrackAsync(citizen, first.Number, first.Code);
        Assert.Equal(first.Number, own.GetProperty("caseNumber").GetString());
        Assert.DoesNotContain("孙大伟", own.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("施工车辆", own.GetRawText(), StringComparison.Ordinal);
        NothingPersonal(own, "钱小红");

        // A staff case without a portal query code cannot be opened on the portal at all.
        var registrar = await app.As("registrar");
        var (categoryId, regionId) = await registrar.PlaceAsync();
        var letter = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), categoryId, regionId));
        await TrackAsync(citizen, letter.Number, first.Code, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RefusedSubmissions_StoreNothing_AndLimitsHold()
    {
        var address = NewAddress();
        var citizen = app.AnonymousFrom(address);
        var place = await PlaceAsync(citizen);
        var marker = $"拒绝测试{Guid.NewGuid():N}";
        var phone = NewPhone();

        // A bad phone: no code, nothing stored.
        var badPhone = await citizen.PostAsJsonAsync("/api/portal/phone-codes", new { phone = "0812-123" });
        Assert.Equal("phone", (await badPhone.ProblemAsync()).GetProperty("errors").EnumerateObject().Single().Name);

        // A second code within a minute is refused.
        var code = await PhoneCodeAsync(citizen, phone);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await citizen.PostAsJsonAsync("/api/portal/phone-codes", new { phone })).StatusCode);

        // Field errors name every field; a wrong code is refused; neither stores anything.
        var invalid = await citizen.PostAsync("/api/portal/submissions", Submission("12345", "abc", (place.Township, 999999, place.Category), "短", name: ""));
        var fields = (await invalid.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "name", "phone", "villageId", "content", "code" }, fields);
        var wrong = await citizen.PostAsync("/api/portal/submissions", Submission(phone, code == "000000" ? "111111" : "000000", place, $"安置房问题反映。{marker}"));
        Assert.Equal("code", (await wrong.ProblemAsync()).GetProperty("errors").EnumerateObject().Single().Name);
        var badFile = await citizen.PostAsync("/api/portal/submissions", Submission(phone, code, place, $"安置房问题反映。{marker}",
            files: ("说明.exe", [0x4D, 0x5A, 0x90, 0x00])));
        Assert.Equal(HttpStatusCode.BadRequest, badFile.StatusCode);
        await using (var scope = app.Scope())
        {
            Assert.False(await XinfangApp.Db(scope).Cases.AnyAsync(c => c.Content.Contains(marker)));
        }

        // The right code once; then the code is spent.
        Assert.Equal(HttpStatusCode.Created, (await citizen.PostAsync("/api/portal/submissions", Submission(phone, code, place, $"安置房问题反映。{marker}"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await citizen.PostAsync("/api/portal/submissions", Submission(phone, code, place, $"再次提交。{marker}"))).StatusCode);

        // Three submissions per phone a day: the fourth is refused and stores nothing.
        for (var i = 0; i < 2; i++)
        {
            app.Clock.Advance(TimeSpan.FromSeconds(61));
            var next = await PhoneCodeAsync(citizen, phone);
            Assert.Equal(HttpStatusCode.Created, (await citizen.PostAsync("/api/portal/submissions", Submission(phone, next, place, $"第{i + 2}件事项。{marker}"))).StatusCode);
        }

        app.Clock.Advance(TimeSpan.FromSeconds(61));
        var fourth = await PhoneCodeAsync(citizen, phone);
        var refused = await citizen.PostAsync("/api/portal/submissions", Submission(phone, fourth, place, $"第四件事项。{marker}"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("portal.too_many_submissions", (await refused.ProblemAsync()).GetProperty("code").GetString());
        await using (var scope = app.Scope())
        {
            Assert.Equal(3, await XinfangApp.Db(scope).Cases.CountAsync(c => c.Content.Contains(marker)));
        }

        // Five codes per phone a day (four so far).
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        await PhoneCodeAsync(citizen, phone);
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        var sixth = await citizen.PostAsJsonAsync("/api/portal/phone-codes", new { phone });
        Assert.Equal("portal.too_many_codes", (await sixth.ProblemAsync()).GetProperty("code").GetString());

        // An opted-out petitioner gets no text about the matter.
        var quiet = NewPhone();
        var quietCode = await PhoneCodeAsync(citizen, quiet);
        var quietReceipt = await (await citizen.PostAsync("/api/portal/submissions", Submission(quiet, quietCode, place, "路灯不亮，晚上出行不便。", noTextMessages: true)))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(quietReceipt.GetProperty("textMessageSent").GetBoolean());
        Assert.DoesNotContain(await TextsToAsync(quiet), t => t.Contains(quietReceipt.GetProperty("caseNumber").GetString()!, StringComparison.Ordinal));

        // Every address has a limit per minute.
        var flooder = app.AnonymousFrom(NewAddress());
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i <= XinfangApp.PortalRequestsPerMinute; i++)
        {
            answers.Add((await flooder.PostAsJsonAsync("/api/portal/track", new { caseNumber = "RH2099-000001", queryCode = "AAAAAAAA" })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
        Assert.All(answers[..^1], a => Assert.Equal(HttpStatusCode.NotFound, a));
    }

    private static void NothingPersonal(JsonElement view, params string[] secrets)
    {
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, view.GetRawText(), StringComparison.Ordinal);
        }

        var names = view.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Empty(names.Intersect(["petitioners", "actorName", "handler", "leadUnitId", "id", "content", "phone", "idNumber"]));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePortalTests(SqliteApp app) : PortalContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPortalTests(PostgresApp app) : PortalContract(app);
