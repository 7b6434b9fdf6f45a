namespace Xinfang.Core.Identity;

/// <summary>The staff roles (SPEC §1.11). Names are stable identifiers; <see cref="ChineseName"/> is for the UI.</summary>
public static class Roles
{
    public const string Registrar = "Registrar";
    public const string Dispatcher = "Dispatcher";
    public const string Handler = "Handler";
    public const string UnitHead = "UnitHead";
    public const string Supervisor = "Supervisor";
    public const string Leader = "Leader";
    public const string Finance = "Finance";
    public const string Admin = "Admin";

    /// <summary>An external system acting with its API key (never a person; not assignable to accounts).</summary>
    public const string Integration = "Integration";

    /// <summary>The petitioner on the public portal, acting on their own matter after giving its query code
    /// (never a staff account; not assignable).</summary>
    public const string Citizen = "Citizen";

    public static readonly IReadOnlyList<string> All =
        [Registrar, Dispatcher, Handler, UnitHead, Supervisor, Leader, Finance, Admin];

    public static string ChineseName(string role) => role switch
    {
        Registrar => "登记员/坐席",
        Dispatcher => "派单员",
        Handler => "承办人",
        UnitHead => "单位负责人",
        Supervisor => "督办员",
        Leader => "领导",
        Finance => "财务",
        Admin => "管理员",
        Integration => "对接系统",
        Citizen => "信访人（群众门户）",
        _ => role,
    };

    /// <summary>Roles that need petitioners' full personal data to do their work (contacting, replying).</summary>
    public static readonly IReadOnlySet<string> SeePersonalData =
        new HashSet<string> { Registrar, Dispatcher, Handler, UnitHead, Supervisor };
}
