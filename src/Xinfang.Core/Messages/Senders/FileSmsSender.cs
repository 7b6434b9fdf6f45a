using System.Text.Encodings.Web;
using System.Text.Json;
using Xinfang.Core.Data;
using Xinfang.Core.Outbox;

namespace Xinfang.Core.Messages.Senders;

/// <summary>For development and tests: each message becomes <c>{id}.json</c> in the configured folder (named by the
/// outbox id, so an attempt repeated after a crash rewrites the same file instead of sending twice).</summary>
public sealed class FileSmsSender(XinfangDbContext db, SmsSettings settings, TimeProvider clock) : SmsSender(db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    protected override async Task<SendOutcome> DeliverAsync(long messageId, SmsContent content, CancellationToken ct)
    {
        try
        {
            Directory.CreateDirectory(settings.Directory);
            var path = Path.Combine(settings.Directory, $"{messageId}.json");
            var temporary = path + ".tmp";
            await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(new { id = messageId, phone = content.Phone, text = content.Text, at = clock.GetUtcNow() }, Json), ct);
            File.Move(temporary, path, overwrite: true);
            return SendOutcome.Taken();
        }
        catch (IOException e)
        {
            return SendOutcome.Refused($"短信文件写入失败：{e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return SendOutcome.Refused($"短信文件写入失败：{e.Message}");
        }
    }
}
