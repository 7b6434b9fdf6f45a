namespace Xinfang.Core.Calendar;

/// <summary>How many open matters have a deadline in a year: told to the administrator who changes that year's
/// holidays (deadlines already set keep their day). Answered by the Cases module, which Calendar does not know.</summary>
public interface ICasesDueInYear
{
    Task<int> CountAsync(int year, CancellationToken ct);
}
