using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Messages;
using Xinfang.Core.Messages.Features;

namespace Xinfang.Core.Portal.Features;

public sealed record PhoneCodeSent(string Phone, int ValidMinutes, int ResendSeconds);

/// <summary>
/// 获取验证码: a six-digit code to the phone the citizen gives, before a submission is accepted. At most one a minute
/// and a few a day per phone, and a few more per network address; a refused request stores nothing. The code goes out
/// through the outbox as a text message; only its keyed hash is kept.
/// </summary>
public sealed class RequestPhoneCode(XinfangDbContext db, TimeProvider clock, PortalSettings settings, TextMessageWriter messages,
    Identity.ActorAccessor actors)
{
    public async Task<Result<PhoneCodeSent>> HandleAsync(string? phone, string? address, CancellationToken ct = default)
    {
        if (!TextMessageWriter.IsMobile(phone))
        {
            return PortalRules.NotMobile();
        }

        var number = TextMessageWriter.Normalise(phone!);
        var phoneHash = db.Protector.BlindIndex(number)!;
        var addressHash = db.Protector.BlindIndex(address);
        var now = clock.GetUtcNow();
        var dayAgo = now.AddDays(-1);
        var recent = await db.PortalPhoneCodes.AsNoTracking().Where(c => c.PhoneHash == phoneHash && c.CreatedAt > dayAgo)
            .Select(c => c.CreatedAt).ToListAsync(ct);
        if (recent.Count > 0 && recent.Max() is var last && now - last < TimeSpan.FromSeconds(settings.CodeResendSeconds))
        {
            return PortalRules.TooSoon((int)Math.Ceiling((last + TimeSpan.FromSeconds(settings.CodeResendSeconds) - now).TotalSeconds));
        }

        if (recent.Count >= settings.CodesPerPhonePerDay
            || (addressHash is not null
                && await db.PortalPhoneCodes.CountAsync(c => c.AddressHash == addressHash && c.CreatedAt > dayAgo, ct) >= settings.CodesPerAddressPerDay))
        {
            return PortalRules.TooManyCodes();
        }

        actors.Actor = PortalActor.For(PersonalDataMask.Phone(number)!);
        var code = PortalSecrets.NewPhoneCode();
        db.PortalPhoneCodes.Add(new PhoneCode(phoneHash, db.Protector.BlindIndex(code)!, addressHash, now, TimeSpan.FromMinutes(settings.CodeValidMinutes)));
        await messages.QueueAsync(TextMessageKind.PhoneCode, number, caseNumber: null, new Dictionary<string, string> { ["验证码"] = code }, ct);
        await db.SaveChangesAsync(ct);
        return new PhoneCodeSent(PersonalDataMask.Phone(number)!, settings.CodeValidMinutes, settings.CodeResendSeconds);
    }
}
