using Xinfang.Core.Identity;
namespace Xinfang.Core.Organisation;

public enum RegionKind
{
    /// <summary>乡镇/街道</summary>
    Township,
    /// <summary>村/社区</summary>
    Village,
}

/// <summary>A place: a township/street, or a village/community inside one.</summary>
public sealed class Region
{
    private Region() { }

    public Region(string code, string name, RegionKind kind, int? parentId = null)
    {
        Code = code;
        Name = name;
        Kind = kind;
        ParentId = parentId;
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public RegionKind Kind { get; private set; }
    public int? ParentId { get; private set; }

    internal void Rename(string name) => Name = name;
}
