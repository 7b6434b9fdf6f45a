using Xinfang.Core.Common;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Analysis;

/// <summary>Who may read the analysis workspace: every staff role that handles cases, each within its own data scope.</summary>
public static class AnalysisAccess
{
    public static readonly IReadOnlySet<string> Readers = new HashSet<string>
    {
        Roles.Leader, Roles.Supervisor, Roles.Dispatcher, Roles.Admin, Roles.UnitHead, Roles.Registrar, Roles.Handler,
    };

    public static bool MayRead(Actor actor) => actor.IsInAny(Readers);

    public static Error Refused { get; } = Error.Forbidden("analysis.forbidden", "您的角色不能查看数据分析。");
}
