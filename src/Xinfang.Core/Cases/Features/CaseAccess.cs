using Xinfang.Core.Common;

namespace Xinfang.Core.Cases.Features;

public static class CaseAccess
{
    public static Error OutOfScope() => Error.Forbidden("case.out_of_scope", "您无权查看或办理该信访事项（不在本单位的办理范围内）。");
}
