using Xinfang.Core.Audit;

namespace Xinfang.Core.Knowledge;

/// <summary>The searchable words of an entry's published version (title, tags, body), rewritten whenever it is approved
/// or withdrawn, indexed by the database's full-text index like cases' (see the migration "KnowledgeBase").</summary>
[DerivedData]
public sealed class KnowledgeSearchText
{
    private KnowledgeSearchText()
    {
    }

    public KnowledgeSearchText(int entryId, string text)
    {
        EntryId = entryId;
        Text = text;
    }

    public long Id { get; private set; }

    public int EntryId { get; private set; }

    public string Text { get; private set; } = "";

    public void Replace(string text) => Text = text;

    /// <summary>The words of the entry's published version (none once withdrawn).</summary>
    public static string Of(KnowledgeEntry entry) =>
        entry.PublishedVersion is null ? "" : Search.SearchTexts.Document(entry.PublishedTitle, entry.PublishedTags?.Replace(',', ' '), entry.PublishedBody);
}
