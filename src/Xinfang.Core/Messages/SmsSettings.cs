using Microsoft.Extensions.Configuration;

namespace Xinfang.Core.Messages;

/// <summary>
/// How text messages leave (<c>Sms</c> section): <c>Sender</c> = <c>file</c> (the default: one JSON file per message
/// in <c>Directory</c>, for development and tests) or <c>http</c> (an SMS gateway: <c>Url</c>, a <c>BodyTemplate</c>
/// with <c>{phone}</c>, <c>{text}</c> and <c>{id}</c> filled in JSON-escaped, <c>ContentType</c>, and a
/// <c>SigningSecret</c> for the same HMAC-SHA256 signature headers as every outbox delivery).
/// </summary>
public sealed record SmsSettings(string Sender, string Directory, Uri? Url, string BodyTemplate, string ContentType, string? SigningSecret)
{
    public const string DefaultBodyTemplate = """{"mobile":"{phone}","content":"{text}","requestId":"{id}"}""";

    public static SmsSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Sms");
        var sender = (section["Sender"] ?? "file").Trim().ToLowerInvariant();
        var url = section["Url"] is { Length: > 0 } text ? new Uri(text, UriKind.Absolute) : null;
        if (sender is not ("file" or "http"))
        {
            throw new InvalidOperationException($"Sms:Sender must be 'file' or 'http', not '{sender}'.");
        }

        if (sender == "http" && url is null)
        {
            throw new InvalidOperationException("Sms:Sender is 'http' but Sms:Url is not set.");
        }

        return new SmsSettings(sender,
            section["Directory"] is { Length: > 0 } directory ? directory : Path.Combine(AppContext.BaseDirectory, "data", "sms"),
            url,
            section["BodyTemplate"] is { Length: > 0 } template ? template : DefaultBodyTemplate,
            section["ContentType"] is { Length: > 0 } contentType ? contentType : "application/json",
            section["SigningSecret"] is { Length: > 0 } secret ? secret : null);
    }
}
