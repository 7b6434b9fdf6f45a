namespace Xinfang.Core.Organisation;

/// <summary>District-wide settings from configuration (<c>District</c> section).</summary>
public sealed class DistrictOptions
{
    public string Name { get; set; } = "攀枝花市仁和区";
    public string CasePrefix { get; set; } = "RH";

    /// <summary>The bureau's name on notices and text messages.</summary>
    public string BureauName { get; set; } = "攀枝花市仁和区信访局";
}
