using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Data;
using Xinfang.Core.Organisation;
using Xinfang.Core.Outbox;

namespace Xinfang.Core.Messages.Features;

/// <summary>Writes a text message into the outbox (not saved: it goes with the caller's change, in one transaction),
/// from the kind's current template. Only a mobile number can receive one.</summary>
public sealed partial class TextMessageWriter(XinfangDbContext db, TimeProvider clock, DistrictOptions district)
{
    public static bool IsMobile(string? phone) => phone is not null && Mobile().IsMatch(Normalise(phone));

    public static string Normalise(string phone) => phone.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <returns>The text as it will be sent.</returns>
    public async Task<string> QueueAsync(TextMessageKind kind, string phone, string? caseNumber, IReadOnlyDictionary<string, string> values,
        CancellationToken ct, DateTimeOffset? notBefore = null, Guid? rateCaseId = null)
    {
        var template = await db.Set<MessageTemplate>().AsNoTracking().Where(t => t.Kind == kind).Select(t => t.Text).FirstOrDefaultAsync(ct)
            ?? MessageTemplateCatalog.Of(kind).DefaultText;
        var now = clock.GetUtcNow();
        var filled = new Dictionary<string, string>(values)
        {
            ["局名"] = district.BureauName,
            ["编号"] = caseNumber ?? "",
        };
        filled.TryAdd("日期", Date(Common.ChinaTime.DateOf(now)));
        var text = Common.Placeholders.Fill(template, filled);
        var number = Normalise(phone);
        db.OutboxMessages.Add(new OutboxMessage(SmsEnvelope.OutboxKind, PersonalDataMask.Phone(number)!,
            SmsEnvelope.Write(kind, caseNumber, number, text, db.Protector, rateCaseId), now, notBefore));
        return text;
    }

    [GeneratedRegex(@"^(\+?86)?1[3-9]\d{9}$")]
    private static partial Regex Mobile();
}
