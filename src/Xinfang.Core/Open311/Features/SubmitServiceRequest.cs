using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;
using Xinfang.Core.Intake;
using Xinfang.Core.Intake.Features;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Open311.Features;

/// <summary>A GeoReport v2 "POST Service Request", as the form fields arrived (attributes by code).</summary>
public sealed record Open311Submission(
    string? ApiKey,
    string? JurisdictionId,
    string? ServiceCode,
    string? Lat,
    string? Long,
    string? AddressString,
    string? AddressId,
    string? Email,
    string? FirstName,
    string? LastName,
    string? Phone,
    string? Description,
    string? MediaUrl,
    IReadOnlyDictionary<string, string> Attributes);

/// <summary>The answer to a POST: the new request's id (the case number) and the statutory promise.</summary>
public sealed record Open311Receipt(string ServiceRequestId, string ServiceNotice);

/// <summary>
/// Open311 提交: a city-service app hands over a citizen's request with its integration client's <c>api_key</c>. It
/// becomes a case of the client's channel through the same intake as every channel (numbered at once; what it lacks
/// goes to 待补录), and answers at once with the case number (services are <c>realtime</c>).
/// </summary>
public sealed class SubmitServiceRequest(AuthenticateClient authenticate, IntakeCases intake, OrganisationDirectory directory, Open311Options options,
    ActorAccessor actors, XinfangDbContext db, DistrictOptions district)
{
    public const int MaxDescription = 4000;

    public async Task<Result<Open311Receipt>> HandleAsync(Open311Submission s, CancellationToken ct = default)
    {
        if (await authenticate.HandleAsync(s.ApiKey, ct) is not { } client)
        {
            return Error.Forbidden("open311.api_key", "api_key 无效或已停用，无法提交。");
        }

        if (!client.May(IntegrationPermissions.Register))
        {
            return Error.Forbidden("open311.register_forbidden", "该对接系统没有提交信访事项的权限。");
        }

        if (Jurisdiction.Check(s.JurisdictionId, options) is { } elsewhere)
        {
            return elsewhere;
        }

        var names = await directory.GetAsync(ct);
        if (Blank(s.ServiceCode) is not { } serviceCode)
        {
            return Error.Validation("service_code", "open311.service_code_required", "请提供 service_code（服务编码，见 services 列表）。");
        }

        if (!Open311Catalog.Leaves(names).Any(c => c.Code == serviceCode))
        {
            return Open311Catalog.NotFound(serviceCode);
        }

        var (fields, error) = Read(s, names);
        if (error is not null)
        {
            return error;
        }

        var actor = ClientActor.For(client);
        actors.Actor = actor; // the audit trail names the client
        var token = $"O311-{Convert.ToHexString(RandomNumberGenerator.GetBytes(10))}";
        var request = new IntakeRequest(token, null, [new IntakePetitioner(Name(s.FirstName, s.LastName), Blank(s.Phone), null, null, Blank(s.Email))],
            null, fields.Text, serviceCode, fields.Township, fields.Village, fields.Form, null, null, fields.Latitude, fields.Longitude);
        var source = new IntakeSource(IntakeVia.Open311, fields.Publish, Blank(s.AddressString) ?? Blank(s.AddressId), Blank(s.MediaUrl), serviceCode);
        var result = await intake.OneAsync(0, request, client.Channel, client.Id, actor, ct, source);
        if (result.Status != IntakeResult.Created)
        {
            return Result.Failure<Open311Receipt>([.. result.Errors.Select(e => Error.Validation(FieldName(e.Field), e.Code, e.Message))]);
        }

        var due = await db.Set<Cases.Case>().Where(c => c.Id == result.CaseId).Select(c => c.DisposeDue).FirstAsync(ct);
        return new Open311Receipt(result.CaseNumber!,
            $"已登记为信访事项{result.CaseNumber}。依照《信访工作条例》，{district.Name}信访局将于{due:yyyy年M月d日}前转送、交办或自行办理，"
            + "属于受理范围的，有权处理的机关在收到之日起15日内告知是否受理，受理后60日内办结并书面答复。");
    }

    private sealed record Fields(string Text, string? Township, string? Village, string? Form, bool Publish, double? Latitude, double? Longitude);

    private static (Fields Fields, Error? Error) Read(Open311Submission s, OrganisationDirectory.Snapshot names)
    {
        var none = new Fields("", null, null, null, false, null, null);
        double? lat = null, lon = null;
        if (Blank(s.Lat) is not null || Blank(s.Long) is not null)
        {
            if (!double.TryParse(s.Lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var la) || la is < -90 or > 90
                || !double.TryParse(s.Long, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo) || lo is < -180 or > 180)
            {
                return (none, Error.Validation("lat", "open311.bad_location", "lat 和 long 须同时提供，且为 WGS84 十进制度数（纬度 -90 至 90，经度 -180 至 180）。"));
            }

            (lat, lon) = (la, lo);
        }

        var address = Blank(s.AddressString);
        if (lat is null && address is null && Blank(s.AddressId) is null)
        {
            return (none, Error.Validation("address_string", "open311.location_required", "请提供事发位置：lat 与 long，或 address_string，或 address_id。"));
        }

        if (address?.Length > 500)
        {
            return (none, Error.Validation("address_string", "open311.too_long", "address_string 不能超过500个字。"));
        }

        if (Blank(s.Description) is not { } description)
        {
            return (none, Error.Validation("description", "open311.description_required", "请提供 description（诉求内容）。"));
        }

        if (description.Length > MaxDescription)
        {
            return (none, Error.Validation("description", "open311.too_long", $"description 不能超过{MaxDescription}个字。"));
        }

        if (Blank(s.MediaUrl) is { } media && (media.Length > 2000 || !Uri.TryCreate(media, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            return (none, Error.Validation("media_url", "open311.bad_media_url", "media_url 须为 http 或 https 开头的完整网址（不超过2000个字符）。"));
        }

        var attributes = Open311Attributes.For(names).ToDictionary(a => a.Code);
        foreach (var (code, value) in s.Attributes)
        {
            if (!attributes.TryGetValue(code, out var attribute))
            {
                return (none, Error.Validation($"attribute[{code}]", "open311.unknown_attribute", $"没有属性“{code}”（见该服务的 service definition）。"));
            }

            if (!attribute.Values.Any(v => v.Key == value))
            {
                return (none, Error.Validation($"attribute[{code}]", "open311.bad_attribute",
                    $"属性“{code}”的值应为 {string.Join("、", attribute.Values.Take(20).Select(v => v.Key))} 之一。"));
            }
        }

        var township = s.Attributes.TryGetValue(Open311Attributes.Township, out var code2)
            ? names.Regions.Values.First(r => r.Kind == RegionKind.Township && r.Code == code2)
            : address is null ? null : names.Regions.Values.Where(r => r.Kind == RegionKind.Township && address.Contains(r.Name, StringComparison.Ordinal))
                .OrderByDescending(r => r.Name.Length).FirstOrDefault();
        var village = township is null || address is null ? null
            : names.Regions.Values.Where(r => r.ParentId == township.Id && address.Contains(r.Name, StringComparison.Ordinal))
                .OrderByDescending(r => r.Name.Length).FirstOrDefault();
        var text = address is null ? description : $"{description}\n（事发地点：{address}）";
        return (new Fields(text, township?.Code, village?.Code, s.Attributes.GetValueOrDefault(Open311Attributes.Form),
            s.Attributes.GetValueOrDefault(Open311Attributes.Publish) == Open311Attributes.Yes, lat, lon), null);
    }

    /// <summary>A Chinese name is family name first, without a space; a name in Latin letters keeps its order.</summary>
    private static string? Name(string? first, string? last)
    {
        var (f, l) = (Blank(first), Blank(last));
        if (f is null || l is null)
        {
            return f ?? l;
        }

        return f.All(char.IsAscii) && l.All(char.IsAscii) ? $"{f} {l}" : $"{l}{f}";
    }

    /// <summary>The intake's field names in the standard's words.</summary>
    private static string FieldName(string field) => field switch
    {
        "text" => "description",
        "category" => "service_code",
        "petitioners" => "first_name",
        "petitioners[0].phone" => "phone",
        "petitioners[0].email" => "email",
        "petitioners[0].name" => "last_name",
        _ => field,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
