using Xinfang.Core.Identity;

namespace Xinfang.Core.Portal;

/// <summary>Who acts when a petitioner files, rates or asks for review on the portal: the petitioner of that matter,
/// named <c>portal:{case number}</c> in the audit trail (a colon is not allowed in user names). It is made only after
/// the query code (or the phone code) was checked, and only for that matter.</summary>
public static class PortalActor
{
    public const string NamePrefix = "portal:";

    public static Actor For(string caseNumberOrPhone) =>
        new(0, $"{NamePrefix}{caseNumberOrPhone}", new HashSet<string> { Roles.Citizen }, 0, DataScope.Everything)
        {
            DisplayName = "信访人（群众门户）",
        };
}
