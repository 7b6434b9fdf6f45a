using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Audit;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Open311.Features;

/// <summary>A service: one leaf category of the district's issue categories; its group is the parent category.</summary>
public sealed record Open311Service(string Code, string Name, string Description, string? Group);

public sealed record Open311Definition(string ServiceCode, IReadOnlyList<Open311Attribute> Attributes);

/// <summary>Discovery: when the service list last changed, who to ask, how a key is obtained.</summary>
public sealed record Open311Discovery(DateTimeOffset Changeset, string Contact, string KeyService);

/// <summary>What the endpoint offers: the services (the selectable leaf categories, as registration offers them), each
/// service's attributes, and the discovery document. Reads need no key.</summary>
public sealed class Open311Catalog(OrganisationDirectory directory, Open311Options options, DistrictOptions district, XinfangDbContext db)
{
    public async Task<Result<IReadOnlyList<Open311Service>>> ServicesAsync(string? jurisdictionId, CancellationToken ct = default)
    {
        if (Jurisdiction.Check(jurisdictionId, options) is { } error)
        {
            return error;
        }

        var names = await directory.GetAsync(ct);
        return Leaves(names).Select(c => new Open311Service(c.Code, c.Name, names.CategoryPath(c.Id)!, names.CategoryName(c.ParentId))).ToList();
    }

    public async Task<Result<Open311Definition>> DefinitionAsync(string serviceCode, string? jurisdictionId, CancellationToken ct = default)
    {
        if (Jurisdiction.Check(jurisdictionId, options) is { } error)
        {
            return error;
        }

        var names = await directory.GetAsync(ct);
        return Leaves(names).Any(c => c.Code == serviceCode)
            ? new Open311Definition(serviceCode, Open311Attributes.For(names))
            : NotFound(serviceCode);
    }

    public async Task<Open311Discovery> DiscoveryAsync(CancellationToken ct = default)
    {
        // The services change with the categories and townships: the last audited change of either.
        string[] kinds = [nameof(Category), nameof(Region)];
        var changed = await db.AuditEntries.AsNoTracking().Where(a => kinds.Contains(a.EntityType)).MaxAsync(a => (DateTimeOffset?)a.At, ct);
        return new Open311Discovery(changed ?? DateTimeOffset.UnixEpoch, options.Contact ?? $"{district.Name}信访局",
            "api_key 由信访局系统管理员在“系统管理 → 对接系统”中为每个对接系统登记发放（仅显示一次，可轮换、停用）。");
    }

    /// <summary>The categories a matter can be filed under: selectable, with no selectable category beneath.</summary>
    public static IEnumerable<Category> Leaves(OrganisationDirectory.Snapshot names) => names.SelectableLeaves();

    public static Error NotFound(string serviceCode) => Error.NotFound("open311.service_not_found", $"没有编码为“{serviceCode}”的服务（问题分类）。");
}

/// <summary>One district is one jurisdiction: <c>jurisdiction_id</c> may be left out; another one is not found.</summary>
internal static class Jurisdiction
{
    public static Error? Check(string? jurisdictionId, Open311Options options) =>
        string.IsNullOrWhiteSpace(jurisdictionId) || jurisdictionId.Trim() == options.JurisdictionId
            ? null
            : Error.NotFound("open311.jurisdiction_not_found", $"本接口只服务于辖区“{options.JurisdictionId}”，没有辖区“{jurisdictionId.Trim()}”。");
}
