namespace Xinfang.Core.Cases;

/// <summary>A module told of every step a use case applies to a case, inside the step's unit of work (before the save),
/// so that what must leave the platform with the step — a status message to the channel the matter came from — is
/// written in the same transaction. Cases knows none of them.</summary>
public interface ICaseStepObserver
{
    Task StepTakenAsync(Case @case, CaseAction action, CaseStatus before, CancellationToken ct);
}
