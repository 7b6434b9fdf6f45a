using System.Text.Encodings.Web;
using System.Text.Json;
using Xinfang.Core.Data;

namespace Xinfang.Core.Messages;

/// <summary>
/// A text message as it waits in the outbox. What anyone reading the outbox may see — the kind, the case number, the
/// phone number masked — is plain; the phone number and the text (which may carry a query code or a reply) are sealed
/// with the personal-data key and opened only by the sender.
/// </summary>
public sealed record SmsEnvelope(string Kind, string? CaseNumber, string To, string Sealed, Guid? RateCaseId = null)
{
    public const string OutboxKind = "sms";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(TextMessageKind kind, string? caseNumber, string phone, string text, PersonalDataProtector protector, Guid? rateCaseId = null) =>
        JsonSerializer.Serialize(new SmsEnvelope(kind.ToString(), caseNumber, PersonalDataMask.Phone(phone)!,
            protector.Encrypt(JsonSerializer.Serialize(new SmsContent(phone, text), Json)), rateCaseId), Json);

    public static SmsEnvelope Read(string body) => JsonSerializer.Deserialize<SmsEnvelope>(body, Json)
        ?? throw new JsonException("An empty text message in the outbox.");

    public SmsContent Open(PersonalDataProtector protector) => JsonSerializer.Deserialize<SmsContent>(protector.Decrypt(Sealed), Json)
        ?? throw new JsonException("An empty sealed text message.");
}

public sealed record SmsContent(string Phone, string Text);
