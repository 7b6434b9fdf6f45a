namespace Xinfang.Core.Hotline;

/// <summary>A shift of the 24-hour roster by the hour it starts and ends (China time); one that ends at or before its
/// start runs past midnight (夜班 22–6).</summary>
public sealed record HotlineShift(string Name, int StartHour, int EndHour)
{
    public bool Covers(int hour) => StartHour < EndHour ? hour >= StartHour && hour < EndHour : hour >= StartHour || hour < EndHour;
}

/// <summary>The shifts (<c>Hotline:Shifts</c>; by default 早班 8–16, 中班 16–24, 夜班 0–8).</summary>
public sealed record HotlineShifts(IReadOnlyList<HotlineShift> All)
{
    public static HotlineShifts Default { get; } = new([new("早班", 8, 16), new("中班", 16, 24), new("夜班", 0, 8)]);

    public string Of(int hour) => All.FirstOrDefault(s => s.Covers(hour))?.Name ?? "未排班";
}
