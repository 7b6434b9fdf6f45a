using Xinfang.IntegrationTests.Intake;

namespace Xinfang.IntegrationTests.Portal;

/// <summary>An app whose text messages go to an SMS gateway over HTTP — a local receiver that fails once, then takes
/// them — with an outbox of its own, so that what reaches the gateway can be counted exactly.</summary>
public interface ISmsGatewayApp
{
    TestReceiver Gateway { get; }

    const string Secret = "sms-gateway-test-secret";

    static IReadOnlyDictionary<string, string?> Settings(TestReceiver gateway) => new Dictionary<string, string?>
    {
        ["Sms:Sender"] = "http",
        ["Sms:Url"] = gateway.Url.ToString(),
        ["Sms:SigningSecret"] = Secret,
    };
}

public sealed class SqliteSmsGatewayApp : SqliteApp, ISmsGatewayApp
{
    public TestReceiver Gateway { get; } = new(failures: 1);

    protected override async Task<IReadOnlyDictionary<string, string?>> ExtraSettingsAsync()
    {
        await Gateway.StartAsync();
        return ISmsGatewayApp.Settings(Gateway);
    }
}

public sealed class PostgresSmsGatewayApp : PostgresApp, ISmsGatewayApp
{
    public TestReceiver Gateway { get; } = new(failures: 1);

    protected override async Task<IReadOnlyDictionary<string, string?>> ExtraSettingsAsync()
    {
        await Gateway.StartAsync();
        return ISmsGatewayApp.Settings(Gateway);
    }
}
