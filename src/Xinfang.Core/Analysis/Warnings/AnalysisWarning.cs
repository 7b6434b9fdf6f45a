namespace Xinfang.Core.Analysis.Warnings;

public enum WarningKind
{
    Rise,           // 数量异常上升：某类问题、某地、某单位高于自身常态
    Cluster,        // 苗头性群体事项：同地多人短时间反映相似问题
    RepeatSurge,    // 重复信访激增
    SkipLevelSurge, // 越级信访激增
}

public enum WarningStatus
{
    Open,         // 待处置
    Acknowledged, // 已确认
}

/// <summary>A hotspot early warning (预警, SPEC §1.9): what rose, against which baseline, over which days, and the cases
/// behind it. Raised by the system, acknowledged by a supervisor or leader with a note.</summary>
public sealed class AnalysisWarning
{
    public const int MaxNoteLength = 500;

    private readonly List<AnalysisWarningCase> _cases = [];

    private AnalysisWarning()
    {
    }

    public AnalysisWarning(string key, WarningKind kind, AnalysisDimension? dimension, int? subjectId, string subjectName, DateOnly windowFrom, DateOnly windowTo,
        BaselineResult measure, string? sensitivePeriod, string summary, DateTimeOffset now)
    {
        Key = key;
        Kind = kind;
        Dimension = dimension;
        SubjectId = subjectId;
        SubjectName = subjectName;
        WindowFrom = windowFrom;
        SensitivePeriod = sensitivePeriod;
        RaisedAt = now;
        Status = WarningStatus.Open;
        Update(windowTo, measure, summary, now);
    }

    public long Id { get; private set; }

    /// <summary>What the warning is about and the day it was raised: a second run of the same day raises nothing new.</summary>
    public string Key { get; private set; } = "";
    public WarningKind Kind { get; private set; }
    public AnalysisDimension? Dimension { get; private set; }
    public int? SubjectId { get; private set; }
    public string SubjectName { get; private set; } = "";
    public DateOnly WindowFrom { get; private set; }
    public DateOnly WindowTo { get; private set; }
    public int Observed { get; private set; }
    public double Expected { get; private set; }
    public double Score { get; private set; }
    public double Seasonal { get; private set; }
    public string? SensitivePeriod { get; private set; }
    public string Summary { get; private set; } = "";
    public DateTimeOffset RaisedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public WarningStatus Status { get; private set; }
    public string? AcknowledgedBy { get; private set; }
    public DateTimeOffset? AcknowledgedAt { get; private set; }
    public string? AcknowledgementNote { get; private set; }

    public IReadOnlyList<AnalysisWarningCase> Cases => _cases;

    /// <summary>A rise that goes on is one warning whose window grows, not a new warning every day.</summary>
    public void Update(DateOnly windowTo, BaselineResult measure, string summary, DateTimeOffset now)
    {
        WindowTo = windowTo;
        Observed = measure.Observed;
        Expected = measure.Expected;
        Score = measure.Score;
        Seasonal = measure.Seasonal;
        Summary = summary;
        UpdatedAt = now;
    }

    public void Link(IEnumerable<Guid> caseIds)
    {
        var known = _cases.Select(c => c.CaseId).ToHashSet();
        _cases.AddRange(caseIds.Where(known.Add).Select(id => new AnalysisWarningCase(id)));
    }

    public void Acknowledge(string by, string note, DateTimeOffset now)
    {
        Status = WarningStatus.Acknowledged;
        AcknowledgedBy = by;
        AcknowledgedAt = now;
        AcknowledgementNote = note;
    }
}

/// <summary>A case behind a warning.</summary>
public sealed class AnalysisWarningCase
{
    private AnalysisWarningCase()
    {
    }

    public AnalysisWarningCase(Guid caseId) => CaseId = caseId;

    public long WarningId { get; private set; }
    public Guid CaseId { get; private set; }
}
