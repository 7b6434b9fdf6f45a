using Xinfang.Core.Audit;

namespace Xinfang.Core.Search;

/// <summary>A case's searchable words (subject, content, reply, the timeline's notes and documents), rewritten in the
/// transaction of every registration and step, and indexed by the database's full-text index
/// (PostgreSQL: a GIN index on a tsvector; SQLite: an FTS5 table kept by triggers).</summary>
[DerivedData]
public sealed class CaseSearchText
{
    private CaseSearchText()
    {
    }

    public CaseSearchText(Guid caseId, string text)
    {
        CaseId = caseId;
        Text = text;
    }

    public long Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string Text { get; private set; } = "";

    public void Replace(string text) => Text = text;
}
