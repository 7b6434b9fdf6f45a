namespace Xinfang.Core.Performance.Model;

/// <summary>The three kinds of budget project (项目类别).</summary>
public enum ProjectType
{
    /// <summary>人员类</summary>
    Personnel,
    /// <summary>运转类</summary>
    Operating,
    /// <summary>特定目标类</summary>
    SpecificPurpose,
}

public static class ProjectTypeNames
{
    public static string Chinese(ProjectType type) => type switch
    {
        ProjectType.Personnel => "人员类",
        ProjectType.Operating => "运转类",
        _ => "特定目标类",
    };
}
