namespace Xinfang.Core.Organisation;

/// <summary>Whether a unit has ever handled a matter (then its kind and township are fixed). Answered by the Cases
/// module, which Organisation does not know.</summary>
public interface IUnitCaseHistory
{
    Task<bool> HasHandledCasesAsync(int unitId, CancellationToken ct);
}
