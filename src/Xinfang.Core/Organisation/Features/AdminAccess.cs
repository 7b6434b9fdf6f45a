using Xinfang.Core.Identity;
using Xinfang.Core.Common;

namespace Xinfang.Core.Organisation.Features;

/// <summary>Units, accounts, places (区划) and the category tree are administered by the Admin role only, checked in every use case.</summary>
public static class AdminAccess
{
    public static Error? Check(Actor actor) => actor.IsIn(Roles.Admin)
        ? null
        : Error.Forbidden("admin.forbidden", "只有管理员可以管理单位、用户、区划和问题分类。");
}
