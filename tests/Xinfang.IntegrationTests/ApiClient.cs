using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xinfang.Core.Cases;
using Xinfang.Core.Cases.Features;
using Xinfang.Web.Api;

namespace Xinfang.IntegrationTests;

/// <summary>Small helpers over the HTTP API, so tests read as the journeys they are.</summary>
public static class ApiClient
{
    public static RegisterCaseRequest Letter(DateTimeOffset receivedAt, int categoryId, int regionId, string idNumber = "11010519491231002X",
        string content = "我家是仁和镇大河村征地拆迁户，按协议应于去年底分配安置房，至今未分配，请求尽快落实安置。") => new(
        Channel.Letter, receivedAt, CaseForm.Complaint, StatutoryClass.ClaimRequest, categoryId, regionId, null,
        "安置房迟迟未分配", content,
        [new PetitionerRequest("张建国", idNumber, "13812345678", "仁和镇大河村3组12号")]);

    /// <summary>A valid resident ID number for test person <paramref name="n"/>.</summary>
    public static string IdNumber(int n) => Xinfang.Core.Common.ChineseIdNumber.Make("510411", new DateOnly(1960, 1, 1).AddDays(n * 97), n);

    public static async Task<CaseDetailView> RegisterAsync(this HttpClient client, RegisterCaseRequest request)
    {
        var response = await client.PostAsJsonAsync("/api/cases", request, Json.Options);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CaseDetailView>(Json.Options))!;
    }

    public static Task<HttpResponseMessage> ActAsync(this HttpClient client, Guid id, string action, object? body = null) =>
        client.PostAsJsonAsync($"/api/cases/{id}/actions/{action}", body ?? new { }, Json.Options);

    public static async Task<CaseDetailView> ActOkAsync(this HttpClient client, Guid id, string action, object? body = null)
    {
        var response = await client.ActAsync(id, action, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{action}: {(int)response.StatusCode} {text}");
        return JsonSerializer.Deserialize<CaseDetailView>(text, Json.Options)!;
    }

    /// <summary>Uploads files to a case as multipart/form-data (parts named <c>attachments</c>), optionally to a step.</summary>
    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, Guid id, long? eventId, params (string Name, byte[] Bytes)[] files) =>
        client.UploadToAsync($"/api/cases/{id}/attachments", eventId, files);

    /// <summary>Posts files as multipart/form-data (parts named <c>attachments</c>) to <paramref name="url"/>.</summary>
    public static Task<HttpResponseMessage> UploadToAsync(this HttpClient client, string url, long? eventId, params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "attachments", name);
        }

        if (eventId is { } step)
        {
            form.Add(new StringContent(step.ToString(System.Globalization.CultureInfo.InvariantCulture)), "eventId");
        }

        return client.PostAsync(url, form);
    }

    public static async Task<CaseDetailView> GetCaseAsync(this HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<CaseDetailView>($"/api/cases/{id}", Json.Options))!;

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static async Task<int> UnitIdAsync(this HttpClient client, string name)
    {
        var units = await client.GetFromJsonAsync<List<UnitView>>("/api/organisation/units", Json.Options);
        return units!.Single(u => u.Name == name).Id;
    }

    public static async Task<(int CategoryId, int RegionId)> PlaceAsync(this HttpClient client, string category = "安置房分配", string township = "仁和镇")
    {
        var categories = await client.GetFromJsonAsync<List<CategoryView>>("/api/organisation/categories", Json.Options);
        var regions = await client.GetFromJsonAsync<List<RegionView>>("/api/organisation/regions", Json.Options);
        return (categories!.Single(c => c.Name == category).Id, regions!.Single(r => r.Name == township).Id);
    }

    /// <summary>Registers an integration client as the administrator. A channel has one active client at a time: one a
    /// test before left active on the channel is stopped first (tests of one database run one after another).</summary>
    public static async Task<Xinfang.Core.Intake.Features.IssuedKey> IssueClientAsync(this HttpClient admin, string name, Channel channel,
        string[] permissions, string? outboundUrl = null)
    {
        var clients = await admin.GetFromJsonAsync<List<Xinfang.Core.Intake.Features.IntegrationClientView>>("/api/admin/integrations", Json.Options);
        foreach (var active in clients!.Where(c => c.Channel == channel && c.IsActive))
        {
            Assert.True((await admin.PostAsync($"/api/admin/integrations/{active.Id}/revoke", null)).IsSuccessStatusCode);
        }

        var response = await admin.PostAsJsonAsync("/api/admin/integrations", new { name, channel, permissions, outboundUrl }, Json.Options);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Xinfang.Core.Intake.Features.IssuedKey>(Json.Options))!;
    }

    public static async Task<PagedList<CaseListItem>> ListAsync(this HttpClient client, string query) =>
        (await client.GetFromJsonAsync<PagedList<CaseListItem>>($"/api/cases?{query}", Json.Options))!;
}
