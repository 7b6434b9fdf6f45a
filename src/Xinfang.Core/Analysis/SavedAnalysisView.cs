namespace Xinfang.Core.Analysis;

/// <summary>A view of the analysis workspace that a user keeps (its filters and dimensions as a query string).</summary>
public sealed class SavedAnalysisView
{
    public const int MaxNameLength = 50;
    public const int MaxQueryLength = 1000;
    public const int MaxPerUser = 50;

    private SavedAnalysisView()
    {
    }

    public SavedAnalysisView(int userId, string name, string query, DateTimeOffset now)
    {
        UserId = userId;
        Name = name.Trim();
        Query = query.Trim().TrimStart('?');
        CreatedAt = now;
    }

    public int Id { get; private set; }
    public int UserId { get; private set; }
    public string Name { get; private set; } = "";
    public string Query { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}
