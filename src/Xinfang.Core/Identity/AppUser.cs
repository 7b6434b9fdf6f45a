using Microsoft.AspNetCore.Identity;

namespace Xinfang.Core.Identity;

public sealed class AppUser : IdentityUser<int>
{
    public string DisplayName { get; set; } = "";
    public int UnitId { get; set; }

    /// <summary>False once an administrator deactivated the account: it can no longer sign in. Accounts are
    /// never deleted, as cases and the audit trail refer to them.</summary>
    public bool IsActive { get; set; } = true;
}
