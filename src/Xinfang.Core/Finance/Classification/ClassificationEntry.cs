namespace Xinfang.Core.Finance.Classification;

/// <summary>One subject of a government classification: code, name and the code of its parent (null for a 类).</summary>
public sealed record ClassificationEntry(string Code, string Name, string? ParentCode)
{
    /// <summary>1 = 类 (3 digits), 2 = 款 (5 digits), 3 = 项 (7 digits).</summary>
    public int Level => Code.Length switch { 3 => 1, 5 => 2, _ => 3 };
}
