using Xinfang.Core.Organisation;

namespace Xinfang.Core.Routing.Features;

/// <summary>The text a case is classified by: its subject and content, and its township's name, so that the place
/// weighs in as one more word (a township with a factory district files more pollution complaints).</summary>
internal static class RoutingTexts
{
    public static string Of(string? subject, string? content, int? regionId, OrganisationDirectory.Snapshot names)
    {
        var text = LabelledTextFile.Compose(subject, content);
        return names.RegionName(regionId) is { } region ? $"{text}。{region}" : text;
    }
}
