namespace Xinfang.Core.Organisation;

/// <summary>District-wide settings from configuration (<c>District</c> section).</summary>
public sealed class DistrictOptions
{
    public string Name { get; set; } = "攀枝花市仁和区";
    public string CasePrefix { get; set; } = "RH";

    /// <summary>The bureau's name on notices and text messages.</summary>
    public string BureauName { get; set; } = "攀枝花市仁和区信访局";

    /// <summary>The first characters of every notice number (文号), e.g. 仁信受〔2026〕12号.</summary>
    public string NoticePrefix { get; set; } = "仁信";

    /// <summary>Where a petitioner asks for review of a reply, and for re-review of a review opinion (named in the notices).</summary>
    public string ReviewBody { get; set; } = "原办理机关的上一级行政机关";

    public string ReReviewBody { get; set; } = "复查机关的上一级行政机关";
}
