using Xinfang.Core.Identity;
namespace Xinfang.Core.Organisation;

/// <summary>A node of the issue-category tree (问题分类), e.g. 城乡建设 → 物业管理.</summary>
public sealed class Category
{
    private Category() { }

    public Category(string code, string name, int? parentId = null)
    {
        Code = code;
        Name = name;
        ParentId = parentId;
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public int? ParentId { get; private set; }

    /// <summary>An inactive category is not offered at intake; cases filed under it keep it.</summary>
    public bool IsActive { get; private set; } = true;

    public void Rename(string name) => Name = name;

    public void SetActive(bool active) => IsActive = active;
}
