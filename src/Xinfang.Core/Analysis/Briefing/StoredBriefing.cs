namespace Xinfang.Core.Analysis.Briefing;

/// <summary>A generated briefing kept for leaders to read later: the period, who or what generated it and when, the
/// bureau's note, and the two files as they were generated.</summary>
public sealed class StoredBriefing
{
    private StoredBriefing()
    {
    }

    public StoredBriefing(BriefingPeriod period, string title, string? note, string generatedBy, DateTimeOffset generatedAt, byte[] docx, byte[] pdf)
    {
        PeriodKey = period.Key;
        Kind = period.Kind;
        From = period.From;
        To = period.To;
        Title = title;
        Note = note;
        GeneratedBy = generatedBy;
        GeneratedAt = generatedAt;
        Docx = docx;
        Pdf = pdf;
    }

    public int Id { get; private set; }
    public string PeriodKey { get; private set; } = "";
    public BriefingKind Kind { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public string Title { get; private set; } = "";
    public string? Note { get; private set; }
    public string GeneratedBy { get; private set; } = "";
    public DateTimeOffset GeneratedAt { get; private set; }
    public byte[] Docx { get; private set; } = [];
    public byte[] Pdf { get; private set; } = [];
}
