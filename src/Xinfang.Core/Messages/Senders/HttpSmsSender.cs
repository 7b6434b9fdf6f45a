using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Xinfang.Core.Data;
using Xinfang.Core.Outbox;

namespace Xinfang.Core.Messages.Senders;

/// <summary>An SMS gateway over HTTP: the configured body template filled in (values JSON-escaped, or URL-encoded for a form body), POSTed to the
/// configured address, signed as every outbox delivery is when a secret is set. A 2xx answer means the gateway took it.</summary>
public sealed class HttpSmsSender(XinfangDbContext db, SmsSettings settings, IHttpClientFactory http, TimeProvider clock) : SmsSender(db)
{
    public const string HttpClientName = "sms";

    protected override async Task<SendOutcome> DeliverAsync(long messageId, SmsContent content, CancellationToken ct)
    {
        var id = messageId.ToString(CultureInfo.InvariantCulture);
        var body = settings.BodyTemplate
            .Replace("{phone}", Escape(content.Phone), StringComparison.Ordinal)
            .Replace("{text}", Escape(content.Text), StringComparison.Ordinal)
            .Replace("{id}", id, StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, settings.ContentType),
        };
        request.Headers.Add(OutboxSignature.DeliveryHeader, id);
        if (settings.SigningSecret is { } secret)
        {
            var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
            request.Headers.Add(OutboxSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add(OutboxSignature.SignatureHeader, OutboxSignature.Sign(secret, timestamp, body));
        }

        try
        {
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, ct);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? SendOutcome.Taken(status) : SendOutcome.Refused($"短信网关答复 HTTP {status}。", status);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return SendOutcome.Refused($"短信网关无法连接：{e.Message}");
        }
    }

    /// <summary>Values go into a JSON body JSON-escaped, into a form body URL-encoded.</summary>
    private string Escape(string value) => settings.ContentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
        ? Uri.EscapeDataString(value)
        : JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(value);
}
