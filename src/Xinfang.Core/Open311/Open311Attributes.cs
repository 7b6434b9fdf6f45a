using Xinfang.Core.Cases;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Open311;

public sealed record Open311Value(string Key, string Name);

/// <summary>An attribute of a service's definition (GeoReport v2 "Service Definition").</summary>
public sealed record Open311Attribute(string Code, string Datatype, bool Required, int Order, string Description, IReadOnlyList<Open311Value> Values)
{
    public bool Variable => true;
}

/// <summary>
/// What a submitter may add to any service's request beyond the standard fields, as <c>attribute[code]=key</c>:
/// the form of the matter, the township it concerns, and whether the description may be published. The same three for
/// every service (a category adds no fields of its own).
/// </summary>
public static class Open311Attributes
{
    public const string Form = "form";
    public const string Township = "township";
    public const string Publish = "publish";
    public const string Yes = "yes";
    public const string No = "no";

    public static IReadOnlyList<Open311Attribute> For(OrganisationDirectory.Snapshot names) =>
    [
        new(Form, "singlevaluelist", false, 1, "诉求形式",
            [.. Enum.GetValues<CaseForm>().Select(f => new Open311Value(f.ToString(), CaseNames.Of(f)))]),
        new(Township, "singlevaluelist", false, 2, "事发地所在乡镇（街道）；不填时按地址识别",
            [.. names.Regions.Values.Where(r => r.Kind == RegionKind.Township).OrderBy(r => r.Code).Select(r => new Open311Value(r.Code, r.Name))]),
        new(Publish, "singlevaluelist", false, 3, "是否同意公开诉求内容（姓名、电话等个人信息从不公开）",
            [new(Yes, "同意公开"), new(No, "不公开")]),
    ];
}
