namespace Xinfang.Core.Identity;

/// <summary>Who is acting: the signed-in user with roles and data scope, resolved once per request.</summary>
public sealed record Actor(int UserId, string UserName, IReadOnlySet<string> Roles, int UnitId, DataScope Scope)
{
    /// <summary>The name shown in timelines and documents.</summary>
    public string DisplayName { get; init; } = UserName;

    public bool IsIn(string role) => Roles.Contains(role);

    public bool IsInAny(IEnumerable<string> roles) => roles.Any(Roles.Contains);

    public bool MaySeePersonalData => Roles.Overlaps(global::Xinfang.Core.Identity.Roles.SeePersonalData);

    /// <summary>The system itself (demo generation, imports).</summary>
    public static Actor System { get; } = new(0, "system", new HashSet<string>(global::Xinfang.Core.Identity.Roles.All), 0, DataScope.Everything);

    /// <summary>The operator at the server's command line (`xinfang user create`, before any administrator exists):
    /// the system's rights, named "system:cli" in the audit trail. A colon is not allowed in a user name, so no
    /// account can pass for it.</summary>
    public static Actor CommandLine { get; } = System with { UserName = "system:cli", DisplayName = "命令行（系统）" };
}

public enum DataScopeKind
{
    /// <summary>The bureau, the centre and leaders see the whole district.</summary>
    District,
    /// <summary>A township government sees what was dispatched to its own units.</summary>
    Township,
    /// <summary>Any other unit sees what was dispatched to it, as lead or co-unit.</summary>
    Unit,
}

public sealed record DataScope(DataScopeKind Kind, int? RegionId, int? UnitId)
{
    public static DataScope Everything { get; } = new(DataScopeKind.District, null, null);

    public override string ToString() => Kind switch
    {
        DataScopeKind.District => "district",
        DataScopeKind.Township => $"township:{RegionId}",
        _ => $"unit:{UnitId}",
    };

    public static DataScope Parse(string text)
    {
        var parts = text.Split(':');
        return parts[0] switch
        {
            "district" => Everything,
            "township" => new DataScope(DataScopeKind.Township, int.Parse(parts[1]), null),
            "unit" => new DataScope(DataScopeKind.Unit, null, int.Parse(parts[1])),
            _ => throw new FormatException($"Unknown data scope '{text}'."),
        };
    }
}
