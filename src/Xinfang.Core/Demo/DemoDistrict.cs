using System.Text.Json;

namespace Xinfang.Core.Demo;

/// <summary>The sample district (攀枝花市仁和区): townships and villages, the 91 connected units, the issue
/// categories and one demo account per role. Read from an embedded JSON file.</summary>
public sealed record DemoDistrict(
    string District,
    string CasePrefix,
    IReadOnlyList<DemoDistrict.RegionData> Regions,
    IReadOnlyList<DemoDistrict.UnitData> Units,
    IReadOnlyList<DemoDistrict.CategoryData> Categories,
    IReadOnlyList<DemoDistrict.UserData> Users)
{
    public sealed record RegionData(string Code, string Name, IReadOnlyList<string> Villages);

    public sealed record UnitData(string Code, string Name, string Kind, string? Parent, string? Region);

    public sealed record CategoryData(string Code, string Name, IReadOnlyList<CategoryData>? Children);

    public sealed record UserData(string UserName, string DisplayName, string Unit, IReadOnlyList<string> Roles);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static DemoDistrict Load()
    {
        using var stream = typeof(DemoDistrict).Assembly.GetManifestResourceStream("Xinfang.Demo.renhe-district.json")
            ?? throw new InvalidOperationException("The demo district data is missing from the assembly.");
        return JsonSerializer.Deserialize<DemoDistrict>(stream, JsonOptions)
            ?? throw new InvalidDataException("The demo district file is empty.");
    }
}
