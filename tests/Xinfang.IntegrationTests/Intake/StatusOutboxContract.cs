using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Intake.Features;
using Xinfang.Core.Outbox;
using Xinfang.Core.Outbox.Features;

namespace Xinfang.IntegrationTests.Intake;

/// <summary>When a matter from an external channel is accepted or replied, a status message goes into the outbox with
/// the step and is delivered, signed, to the channel's receiver: a receiver that is down twice loses nothing, and after
/// the one successful delivery nothing is sent again.</summary>
public abstract class StatusOutboxContract(XinfangApp app)
{
    [Fact]
    public async Task Status_IsDeliveredOnceSigned_AfterTheReceiverFailedTwice()
    {
        await using var receiver = new TestReceiver(failures: 2);
        await receiver.StartAsync();
        var admin = await app.As("admin");
        var issued = await admin.IssueClientAsync($"回传测试-{Guid.NewGuid():N}"[..20], Xinfang.Core.Cases.Channel.SecretaryMailbox, ["Register", "ReadStatus"],
            receiver.Url.ToString());
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", issued.ApiKey);
        var externalId = $"12345-OUT-{Guid.NewGuid():N}"[..24];
        var intake = await client.PostAsJsonAsync("/api/intake", new
        {
            externalId, receivedAt = app.Clock.GetUtcNow(), petitioners = new[] { new { name = "赵明", phone = "13700001111" } },
            text = "同德镇银鹿村自来水停水三天，请尽快恢复供水。", category = "市政设施", township = "同德镇", form = "Complaint", statutoryClass = "ClaimRequest",
        }, Json.Options);
        var item = (await intake.Content.ReadFromJsonAsync<IntakeResult>(Json.Options))!;
        var caseId = item.CaseId!.Value;

        var dispatcher = await app.As("dispatcher");
        await dispatcher.ActOkAsync(caseId, "handle-itself");
        await using (var scope = app.Scope())
        {
            Assert.False(await Messages(scope).AnyAsync(), "handle-itself is not a step the channel is told of");
        }

        await dispatcher.ActOkAsync(caseId, "accept");
        long accepted;
        await using (var scope = app.Scope())
        {
            accepted = (await Messages(scope).SingleAsync()).Id;
        }

        // Attempts 1 and 2: 503, retried after a growing pause; attempt 3: delivered. Then never again.
        Assert.Equal(0, await RunAsync(receiver));
        Assert.Equal(0, await RunAsync(receiver)); // not due yet: nothing sent
        app.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(0, await RunAsync(receiver));
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(1, await RunAsync(receiver));
        app.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await RunAsync(receiver));
        var id = accepted.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([503, 503, 200], receiver.Requests.Where(r => r.Delivery == id).Select(r => r.Answer));

        // The reply goes with its text, and no personal data.
        await dispatcher.ActOkAsync(caseId, "reply", new { text = "已协调水务公司抢修，当日恢复供水。" });
        Assert.Equal(1, await RunAsync(receiver));
        var received = receiver.Requests.ToList();
        var reply = JsonSerializer.Deserialize<CaseStatusMessage>(received[^1].Body, Json.Options)!;
        Assert.Equal((item.CaseNumber, externalId, "reply", "replied", "已协调水务公司抢修，当日恢复供水。"),
            (reply.CaseNumber, reply.ExternalId, reply.Step, reply.Status, reply.Reply));
        Assert.All(received, r => Assert.DoesNotContain("13700001111", r.Body, StringComparison.Ordinal));
        Assert.All(received, r => Assert.True(OutboxSignature.Verify(issued.SigningSecret,
            long.Parse(r.Timestamp!, System.Globalization.CultureInfo.InvariantCulture), r.Body, r.Signature), $"signature of delivery {r.Delivery}"));
        Assert.False(OutboxSignature.Verify(issued.SigningSecret, long.Parse(received[0].Timestamp!, System.Globalization.CultureInfo.InvariantCulture),
            received[0].Body + " ", received[0].Signature));

        var log = (await admin.GetFromJsonAsync<List<OutboxMessageView>>("/api/admin/outbox", Json.Options))!.Single(m => m.Id == accepted);
        Assert.Equal((OutboxState.Delivered, 3), (log.State, log.AttemptLog.Count));
        Assert.Equal([503, 503, 200], log.AttemptLog.Select(a => a.StatusCode ?? 0));
        var again = await admin.PostAsync($"/api/admin/outbox/{accepted}/resend", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.As("registrar")).GetAsync("/api/admin/outbox")).StatusCode);

        IQueryable<OutboxMessage> Messages(AsyncServiceScope scope) =>
            XinfangApp.Db(scope).OutboxMessages.AsNoTracking().Where(m => m.Body.Contains(externalId));
    }

    /// <summary>Runs deliveries until nothing is due and counts what this test's receiver took meanwhile (other messages
    /// in the shared outbox — text messages to petitioners of other tests — go out in the same runs).</summary>
    private async Task<int> RunAsync(TestReceiver receiver)
    {
        var before = receiver.Requests.Count(r => r.Answer == 200);
        await using var scope = app.Scope();
        await scope.ServiceProvider.GetRequiredService<DeliverOutbox>().DrainAsync();
        return receiver.Requests.Count(r => r.Answer == 200) - before;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteStatusOutboxTests(SqliteApp app) : StatusOutboxContract(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresStatusOutboxTests(PostgresApp app) : StatusOutboxContract(app);
