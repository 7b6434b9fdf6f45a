using Microsoft.AspNetCore.Identity;

namespace Xinfang.Core.Organisation;

public sealed class AppUser : IdentityUser<int>
{
    public string DisplayName { get; set; } = "";
    public int UnitId { get; set; }
}
