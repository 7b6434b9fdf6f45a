using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Messages.Features;
using Xinfang.Core.Outbox;
using Xinfang.Core.Outbox.Features;

namespace Xinfang.IntegrationTests.Portal;

/// <summary>
/// Text messages to petitioners through an SMS gateway: the step writes the message from the administrator's template,
/// the outbox delivers it to the gateway — which fails once — signed, exactly once, every attempt recorded; the
/// outbox shows the number masked and the text sealed.
/// </summary>
public abstract class TextMessageContract<TApp>(TApp app) where TApp : XinfangApp, ISmsGatewayApp
{
    [Fact]
    public async Task AcceptanceText_ReachesTheGatewayOnce_AfterAFailure_FromTheEditedTemplate()
    {
        var admin = await app.As("admin");
        var templates = await admin.GetFromJsonAsync<List<MessageTemplateView>>("/api/admin/message-templates", Json.Options);
        Assert.Equal(7, templates!.Count);
        Assert.All(templates, t => Assert.True(t.IsDefault));

        // The template keeps what its message needs and uses only what its step fills in.
        var unknown = await admin.PutAsJsonAsync("/api/admin/message-templates/Accepted", new { text = "{编号}已受理，经办人{经办人}" });
        Assert.Equal("message.unknown_placeholder", (await unknown.ProblemAsync()).GetProperty("codes").GetProperty("text")[0].GetString());
        var missing = await admin.PutAsJsonAsync("/api/admin/message-templates/PhoneCode", new { text = "您的验证码已发送" });
        Assert.Equal("message.placeholder_required", (await missing.ProblemAsync()).GetProperty("codes").GetProperty("text")[0].GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("registrar")).PutAsJsonAsync("/api/admin/message-templates/Accepted",
            new { text = "{编号}" })).StatusCode);
        var saved = await admin.PutAsJsonAsync("/api/admin/message-templates/Accepted", new { text = "【仁和信访】事项{编号}已由{单位}受理，{期限}前答复。" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var registrar = await app.As("registrar");
        var dispatcher = await app.As("dispatcher");
        var (categoryId, regionId) = await registrar.PlaceAsync();
        var letter = await registrar.RegisterAsync(ApiClient.Letter(app.Clock.GetUtcNow(), categoryId, regionId));
        await dispatcher.ActOkAsync(letter.Id, "handle-itself");
        var accepted = await dispatcher.ActOkAsync(letter.Id, "accept");

        // The registration text (number and query code) and the acceptance text. The gateway refuses the first attempt;
        // half a minute later it is sent again and taken. Every message reaches the gateway exactly once with 200.
        await DrainAsync();
        app.Clock.Advance(TimeSpan.FromSeconds(31));
        await DrainAsync();
        app.Clock.Advance(TimeSpan.FromHours(2));
        await DrainAsync();
        var received = app.Gateway.Requests.ToList();
        Assert.Equal(1, received.Count(r => r.Answer == 503));
        var taken = received.Where(r => r.Answer == 200).ToList();
        Assert.Equal(2, taken.Count);
        Assert.Equal(taken.Count, taken.Select(r => r.Delivery).Distinct().Count());
        Assert.Contains(received[0].Delivery, taken.Select(r => r.Delivery)); // the refused one went out later, once
        var contents = taken.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.All(contents, c => Assert.Equal("13812345678", c.GetProperty("mobile").GetString()));
        var registration = contents.Single(c => c.GetProperty("content").GetString()!.Contains("已登记", StringComparison.Ordinal)).GetProperty("content").GetString()!;
        var acceptance = taken.Single(r => r.Body.Contains("已由", StringComparison.Ordinal));
        var text = JsonDocument.Parse(acceptance.Body).RootElement.GetProperty("content").GetString()!;
        Assert.StartsWith($"【仁和信访】事项{letter.Number}已由", text, StringComparison.Ordinal);
        Assert.EndsWith($"受理，{accepted.Deadlines.Reply!.Value.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)}前答复。", text, StringComparison.Ordinal);
        Assert.Equal(acceptance.Delivery, JsonDocument.Parse(acceptance.Body).RootElement.GetProperty("requestId").GetString());
        Assert.True(Xinfang.Core.Outbox.OutboxSignature.Verify(ISmsGatewayApp.Secret, long.Parse(acceptance.Timestamp!, CultureInfo.InvariantCulture),
            acceptance.Body, acceptance.Signature));

        // The letter's petitioner follows it on the portal with the query code the registration text brought.
        var queryCode = System.Text.RegularExpressions.Regex.Match(registration, "查询码([2-9A-Z]{8})").Groups[1].Value;
        var tracked = await app.AnonymousFrom("10.9.9.9").PostAsJsonAsync("/api/portal/track", new { caseNumber = letter.Number, queryCode });
        Assert.Equal(HttpStatusCode.OK, tracked.StatusCode);

        // What the administrator sees: two attempts, the number masked, the text sealed.
        var log = (await admin.GetFromJsonAsync<List<OutboxMessageView>>("/api/admin/outbox", Json.Options))!
            .Single(m => m.Id == long.Parse(received[0].Delivery!, CultureInfo.InvariantCulture));
        Assert.Equal(("sms", "138****5678", OutboxState.Delivered), (log.Kind, log.Recipient, log.State));
        Assert.Equal([503, 200], log.AttemptLog.Select(a => a.StatusCode ?? 0));
        Assert.DoesNotContain("13812345678", log.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("信访局", log.Body, StringComparison.Ordinal); // the text is sealed
    }

    private async Task DrainAsync()
    {
        await using var scope = app.Scope();
        await scope.ServiceProvider.GetRequiredService<DeliverOutbox>().DrainAsync();
    }
}

public sealed class SqliteTextMessageTests(SqliteSmsGatewayApp app) : TextMessageContract<SqliteSmsGatewayApp>(app), IClassFixture<SqliteSmsGatewayApp>;

public sealed class PostgresTextMessageTests(PostgresSmsGatewayApp app) : TextMessageContract<PostgresSmsGatewayApp>(app), IClassFixture<PostgresSmsGatewayApp>;
