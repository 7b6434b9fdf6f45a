using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Intake;
using Xinfang.Core.Intake.Features;
using Xinfang.Web.Api;

namespace Xinfang.IntegrationTests.Open311;

/// <summary>
/// Open311 GeoReport v2, as a city-service app uses it: discovery → services → service definition → POST a request
/// (form-encoded, with an integration client's api_key) → GET it → its status after the case is closed, in JSON and in
/// XML, each answer's fields checked against the standard. Petitions are confidential: without a key only Open311's
/// own requests are listed, the description only where the submitter agreed; no personal data in any GET.
/// </summary>
public abstract partial class Open311Contract(XinfangApp app)
{
    private const string Base = "/open311/v2";

    /// <summary>The fields of a request in the standard's order (GeoReport v2 "GET Service Request(s)").</summary>
    private static readonly string[] RequestFields =
    [
        "service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible", "service_notice",
        "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url",
    ];

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex W3c();

    private async Task<IssuedKey> ClientAsync(string name, Channel channel)
    {
        var admin = await app.As("admin");
        return await admin.IssueClientAsync($"{name}-{Guid.NewGuid():N}"[..20], channel, ["Register", "ReadStatus"]);
    }

    private async Task<string> CodeOfAsync(string category)
    {
        var registrar = await app.As("registrar");
        var categories = await registrar.GetFromJsonAsync<List<CategoryView>>("/api/organisation/categories", Json.Options);
        return categories!.Single(c => c.Name == category).Code;
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private async Task<JsonElement> JsonAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await app.Anonymous().GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode} {text}");
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        return JsonDocument.Parse(text).RootElement;
    }

    private async Task<XElement> XmlAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await app.Anonymous().GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode} {text}");
        Assert.StartsWith("text/xml", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text, StringComparison.Ordinal);
        return XDocument.Parse(text).Root!;
    }

    /// <summary>Names in the standard's order, none unknown, the required ones present.</summary>
    private static void FieldsInOrder(IEnumerable<string> actual, string[] standard, params string[] required)
    {
        var names = actual.ToList();
        Assert.All(names, n => Assert.Contains(n, standard));
        Assert.Equal(names.OrderBy(n => Array.IndexOf(standard, n)), names);
        Assert.All(required, r => Assert.Contains(r, names));
    }

    [Fact]
    public async Task Discovery_Services_AndDefinition_FollowTheStandard_InJsonAndXml()
    {
        var discovery = await JsonAsync($"{Base}/discovery.json");
        Assert.Equal(["changeset", "contact", "key_service", "endpoints"], discovery.EnumerateObject().Select(p => p.Name));
        var endpoint = Assert.Single(discovery.GetProperty("endpoints").EnumerateArray());
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint.GetProperty("specification").GetString());
        Assert.EndsWith("/open311/v2", endpoint.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(["text/xml", "application/json"], endpoint.GetProperty("formats").EnumerateArray().Select(f => f.GetString()));
        var discoveryXml = await XmlAsync($"{Base}/discovery.xml");
        Assert.Equal("discovery", discoveryXml.Name.LocalName);
        Assert.Equal(["text/xml", "application/json"], discoveryXml.Element("endpoints")!.Element("endpoint")!.Element("formats")!.Elements("format").Select(f => f.Value));

        var code = await CodeOfAsync("市政设施");
        var services = await JsonAsync($"{Base}/services.json");
        Assert.Equal(JsonValueKind.Array, services.ValueKind);
        var service = services.EnumerateArray().Single(s => s.GetProperty("service_code").GetString() == code);
        Assert.Equal(["service_code", "service_name", "description", "metadata", "type", "group"], service.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("市政设施", true, "realtime"), (service.GetProperty("service_name").GetString(), service.GetProperty("metadata").GetBoolean(),
            service.GetProperty("type").GetString()));
        Assert.All(services.EnumerateArray(), s => Assert.Equal(JsonValueKind.String, s.GetProperty("service_code").ValueKind));
        var servicesXml = await XmlAsync($"{Base}/services.xml");
        Assert.Equal("services", servicesXml.Name.LocalName);
        Assert.Equal(services.GetArrayLength(), servicesXml.Elements("service").Count());
        Assert.Equal("市政设施", servicesXml.Elements("service").Single(s => s.Element("service_code")!.Value == code).Element("service_name")!.Value);

        var definition = await JsonAsync($"{Base}/services/{code}.json");
        Assert.Equal(["service_code", "attributes"], definition.EnumerateObject().Select(p => p.Name));
        var attributes = definition.GetProperty("attributes").EnumerateArray().ToList();
        Assert.Equal(["form", "township", "publish"], attributes.Select(a => a.GetProperty("code").GetString()));
        Assert.All(attributes, a =>
        {
            Assert.Equal(["variable", "code", "datatype", "required", "order", "description", "values"], a.EnumerateObject().Select(p => p.Name));
            Assert.True(a.GetProperty("variable").GetBoolean());
            Assert.Equal("singlevaluelist", a.GetProperty("datatype").GetString());
            Assert.All(a.GetProperty("values").EnumerateArray(), v => Assert.Equal(["key", "name"], v.EnumerateObject().Select(p => p.Name)));
        });
        var definitionXml = await XmlAsync($"{Base}/services/{code}.xml");
        Assert.Equal("service_definition", definitionXml.Name.LocalName);
        var publish = definitionXml.Element("attributes")!.Elements("attribute").Single(a => a.Element("code")!.Value == "publish");
        Assert.Equal(["yes", "no"], publish.Element("values")!.Elements("value").Select(v => v.Element("key")!.Value));

        // The standard's errors: an unknown service or jurisdiction is 404, an unknown format too.
        var missing = await JsonAsync($"{Base}/services/NO-SUCH.json", HttpStatusCode.NotFound);
        Assert.Equal(["code", "description"], Assert.Single(missing.EnumerateArray()).EnumerateObject().Select(p => p.Name));
        Assert.Equal(404, missing[0].GetProperty("code").GetInt32());
        var elsewhere = await XmlAsync($"{Base}/services.xml?jurisdiction_id=sfgov.org", HttpStatusCode.NotFound);
        Assert.Equal(("errors", "404"), (elsewhere.Name.LocalName, elsewhere.Element("error")!.Element("code")!.Value));
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync($"{Base}/services.json?jurisdiction_id=510411")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync($"{Base}/services.yaml")).StatusCode);
    }

    [Fact]
    public async Task Request_RoundTrip_PostGetAndClosedStatus_InJsonAndXml()
    {
        var issued = await ClientAsync("城市服务APP", Channel.WebsiteOrApp);
        var code = await CodeOfAsync("市政设施");
        var http = app.Anonymous();
        var posted = await http.PostAsync($"{Base}/requests.json", Form(
            ("api_key", issued.ApiKey), ("jurisdiction_id", "510411"), ("service_code", code), ("lat", "26.4986"), ("long", "101.7385"),
            ("address_string", "仁和镇仁和社区攀枝花大道南段88号门口"), ("first_name", "秀兰"), ("last_name", "王"), ("phone", "13912345678"),
            ("email", "wang.xl@example.cn"), ("description", "路灯损坏一周，夜间漆黑，老人摔倒过。我是王秀兰，电话13912345678。"),
            ("media_url", "https://img.example.cn/a.jpg"), ("attribute[form]", "Complaint"), ("attribute[publish]", "yes")));
        var postedText = await posted.Content.ReadAsStringAsync();
        Assert.True(posted.StatusCode == HttpStatusCode.OK, postedText);
        var receipt = Assert.Single(JsonDocument.Parse(postedText).RootElement.EnumerateArray());
        Assert.Equal(["service_request_id", "service_notice"], receipt.EnumerateObject().Select(p => p.Name));
        var id = receipt.GetProperty("service_request_id").GetString()!;
        Assert.StartsWith("RH", id, StringComparison.Ordinal);
        Assert.Contains("60日内", receipt.GetProperty("service_notice").GetString(), StringComparison.Ordinal);

        // The same through XML, without consent to publish.
        var postedXml = await http.PostAsync($"{Base}/requests.xml", Form(("api_key", issued.ApiKey), ("service_code", code),
            ("address_string", "前进镇团山村"), ("last_name", "李"), ("phone", "13612345678"), ("description", "村道塌方，车辆无法通行。")));
        var receiptXml = XDocument.Parse(await postedXml.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(("service_requests", "request"), (receiptXml.Name.LocalName, receiptXml.Elements().Single().Name.LocalName));
        var hidden = receiptXml.Element("request")!.Element("service_request_id")!.Value;

        // Without a key: public fields only, the description because its submitter agreed — and no personal data.
        var one = Assert.Single((await JsonAsync($"{Base}/requests/{id}.json")).EnumerateArray());
        FieldsInOrder(one.EnumerateObject().Select(p => p.Name), RequestFields, "service_request_id", "status", "service_code", "requested_datetime");
        Assert.Equal(("open", code, "市政设施"), (one.GetProperty("status").GetString(), one.GetProperty("service_code").GetString(),
            one.GetProperty("service_name").GetString()));
        foreach (var date in new[] { "requested_datetime", "updated_datetime", "expected_datetime" })
        {
            Assert.Matches(W3c(), one.GetProperty(date).GetString());
        }

        Assert.StartsWith("路灯损坏一周", one.GetProperty("description").GetString(), StringComparison.Ordinal);
        foreach (var absent in new[] { "address", "lat", "long", "media_url", "agency_responsible" })
        {
            Assert.False(one.TryGetProperty(absent, out _), $"{absent} without a key");
        }

        var publicText = one.GetRawText();
        foreach (var personal in new[] { "王秀兰", "13912345678", "wang.xl@example.cn" })
        {
            Assert.DoesNotContain(personal, publicText, StringComparison.Ordinal);
        }

        var withoutConsent = Assert.Single((await JsonAsync($"{Base}/requests/{hidden}.json")).EnumerateArray());
        Assert.False(withoutConsent.TryGetProperty("description", out _));

        // With the client's key: its own request in full (place, picture), still without personal data.
        var full = Assert.Single((await JsonAsync($"{Base}/requests/{id}.json?api_key={Uri.EscapeDataString(issued.ApiKey)}")).EnumerateArray());
        Assert.Equal(("仁和镇仁和社区攀枝花大道南段88号门口", 26.4986, 101.7385, "https://img.example.cn/a.jpg"),
            (full.GetProperty("address").GetString(), full.GetProperty("lat").GetDouble(), full.GetProperty("long").GetDouble(),
                full.GetProperty("media_url").GetString()));
        Assert.DoesNotContain("13912345678", full.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("王秀兰", full.GetRawText(), StringComparison.Ordinal);

        // The case behind it: the client's channel, the township read from the address, the missing class left to 补录.
        await using (var scope = app.Scope())
        {
            var db = XinfangApp.Db(scope);
            var c = await db.Cases.Include(x => x.Petitioners).SingleAsync(x => x.Number == id);
            Assert.Equal((Channel.WebsiteOrApp, IntakeGaps.StatutoryClass, CaseForm.Complaint), (c.Channel, c.Gaps, c.Form));
            Assert.Equal(("王秀兰", "wang.xl@example.cn"), (c.Petitioners[0].Name, c.Petitioners[0].Email));
            Assert.Equal(IntakeVia.Open311, (await db.IntakeItems.SingleAsync(i => i.CaseNumber == id)).Via);
        }

        // The registrar completes it, the bureau handles, replies and closes it: the status follows, with the reply.
        var registrar = await app.As("registrar");
        var dispatcher = await app.As("dispatcher");
        var caseId = (await registrar.ListAsync($"queue=to-complete&pageSize=100")).Items.Single(c => c.Number == id).Id;
        await registrar.ActOkAsync(caseId, "complete", new { statutoryClass = "ClaimRequest" });
        await dispatcher.ActOkAsync(caseId, "handle-itself");
        await dispatcher.ActOkAsync(caseId, "accept");
        await dispatcher.ActOkAsync(caseId, "reply", new { text = "王秀兰同志：经核实，路灯已于次日修复。" });
        await registrar.ActOkAsync(caseId, "callback", new { satisfaction = "Satisfied" });
        await registrar.ActOkAsync(caseId, "close");

        var closedXml = await XmlAsync($"{Base}/requests/{id}.xml");
        var request = closedXml.Element("request")!;
        FieldsInOrder(request.Elements().Select(e => e.Name.LocalName), RequestFields, "service_request_id", "status", "service_code", "requested_datetime");
        Assert.Equal("closed", request.Element("status")!.Value);
        Assert.Null(request.Element("expected_datetime"));
        Assert.Contains("路灯已于次日修复", request.Element("status_notes")!.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("王秀兰", closedXml.ToString(), StringComparison.Ordinal);
        var closedList = await JsonAsync($"{Base}/requests.json?status=closed&service_code={code}");
        Assert.Contains(closedList.EnumerateArray(), r => r.GetProperty("service_request_id").GetString() == id);
        Assert.DoesNotContain((await JsonAsync($"{Base}/requests.json?status=open")).EnumerateArray(),
            r => r.GetProperty("service_request_id").GetString() == id);
    }

    [Fact]
    public async Task Reads_StayWithinOpen311_AndAClientsOwnRequests()
    {
        var app311 = await ClientAsync("便民APP", Channel.WebsiteOrApp);
        var other = await ClientAsync("微信公众号", Channel.Portal);
        var mailbox = await ClientAsync("区长信箱", Channel.DistrictHeadMailbox);
        var code = await CodeOfAsync("市政设施");
        var posted = await app.Anonymous().PostAsync($"{Base}/requests.json", Form(("api_key", app311.ApiKey), ("service_code", code),
            ("address_string", "平地镇"), ("phone", "13811112222"), ("description", "灌溉渠堵塞。")));
        var id = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement[0].GetProperty("service_request_id").GetString()!;

        // A matter of another channel, handed over through the intake API, is never listed without its client's key.
        var api = app.Anonymous();
        api.DefaultRequestHeaders.Add("X-Api-Key", mailbox.ApiKey);
        var intake = await api.PostAsJsonAsync("/api/intake", new
        {
            externalId = $"MB-{Guid.NewGuid():N}"[..20], petitioners = new[] { new { name = "赵明", phone = "13700001111" } }, text = "区长信箱来信。",
        }, Json.Options);
        var mailboxCase = (await intake.Content.ReadFromJsonAsync<IntakeResult>(Json.Options))!.CaseNumber!;

        var listed = (await JsonAsync($"{Base}/requests.json")).EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()).ToList();
        Assert.Contains(id, listed);
        Assert.DoesNotContain(mailboxCase, listed);
        await JsonAsync($"{Base}/requests/{mailboxCase}.json", HttpStatusCode.NotFound);
        var mine = await JsonAsync($"{Base}/requests/{mailboxCase}.json?api_key={Uri.EscapeDataString(mailbox.ApiKey)}");
        Assert.Equal(mailboxCase, mine[0].GetProperty("service_request_id").GetString());

        // Another client's key does not see this request; a wrong key is 403.
        await JsonAsync($"{Base}/requests/{id}.json?api_key={Uri.EscapeDataString(other.ApiKey)}", HttpStatusCode.NotFound);
        var wrong = await JsonAsync($"{Base}/requests.json?api_key=xf_wrong", HttpStatusCode.Forbidden);
        Assert.Equal(403, wrong[0].GetProperty("code").GetInt32());

        // service_request_id overrides the other arguments; the window is at most 90 days, with an offset.
        var byIds = await JsonAsync($"{Base}/requests.json?service_request_id={id},{mailboxCase}&status=closed");
        Assert.Equal([id], byIds.EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()));
        await JsonAsync($"{Base}/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z", HttpStatusCode.BadRequest);
        await JsonAsync($"{Base}/requests.json?start_date=2026-01-01", HttpStatusCode.BadRequest);
        await JsonAsync($"{Base}/requests.json?status=pending", HttpStatusCode.BadRequest);

        // The token of a request submitted through Open311 leads to its id.
        await using var scope = app.Scope();
        var token = await XinfangApp.Db(scope).IntakeItems.Where(i => i.CaseNumber == id).Select(i => i.ExternalId).SingleAsync();
        var byToken = Assert.Single((await JsonAsync($"{Base}/tokens/{token}.json")).EnumerateArray());
        Assert.Equal((id, token), (byToken.GetProperty("service_request_id").GetString(), byToken.GetProperty("token").GetString()));
        await JsonAsync($"{Base}/tokens/NO-SUCH.json", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task BadSubmissions_AreAnsweredWithTheStandardsErrors_AndStoreNothing()
    {
        var issued = await ClientAsync("报错测试APP", Channel.WebsiteOrApp);
        var code = await CodeOfAsync("市政设施");
        var http = app.Anonymous();
        async Task<(HttpStatusCode Status, string Description)> Post(params (string, string)[] fields)
        {
            var response = await http.PostAsync($"{Base}/requests.json", Form(fields));
            var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement[0];
            Assert.Equal((int)response.StatusCode, error.GetProperty("code").GetInt32());
            return (response.StatusCode, error.GetProperty("description").GetString()!);
        }

        var marker = $"报错测试{Guid.NewGuid():N}";
        (string, string)[] good = [("service_code", code), ("address_string", "仁和镇"), ("phone", "13811112222"), ("description", marker)];
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(good)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Post([("api_key", "xf_aaaaaaaaaaaa_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"), .. good])).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Post([("api_key", issued.ApiKey), ("service_code", "NO-SUCH"), .. good[1..]])).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Post([("api_key", issued.ApiKey), ("jurisdiction_id", "sfgov.org"), .. good])).Status);
        Assert.Contains("lat 与 long", (await Post([("api_key", issued.ApiKey), ("service_code", code), ("phone", "13811112222"), ("description", marker)])).Description,
            StringComparison.Ordinal);
        Assert.Contains("lat 和 long", (await Post([("api_key", issued.ApiKey), ("lat", "26.5"), .. good])).Description, StringComparison.Ordinal);
        Assert.Contains("publish", (await Post([("api_key", issued.ApiKey), ("attribute[publish]", "maybe"), .. good])).Description, StringComparison.Ordinal);
        Assert.Contains("description", (await Post([("api_key", issued.ApiKey), ("service_code", code), ("address_string", "仁和镇"), ("phone", "138")])).Description,
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post([("api_key", issued.ApiKey), ("service_code", code), ("address_string", "仁和镇"),
            ("description", marker)])).Status); // no way to reach the submitter
        Assert.Equal(HttpStatusCode.BadRequest, (await Post([("api_key", issued.ApiKey), ("description", new string('长', 4001)), .. good[..3]])).Status);

        await using var scope = app.Scope();
        Assert.False(await XinfangApp.Db(scope).Cases.AnyAsync(c => c.Content.Contains(marker)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteOpen311Tests(SqliteApp app) : Open311Contract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresOpen311Tests(PostgresApp app) : Open311Contract(app);
