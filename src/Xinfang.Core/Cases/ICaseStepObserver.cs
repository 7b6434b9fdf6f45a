namespace Xinfang.Core.Cases;

/// <summary>A module told of every step a use case applies to a case, inside the step's unit of work (before the save),
/// so that what must leave the platform with the step — a status message to the channel the matter came from — is
/// written in the same transaction. Cases knows none of them.</summary>
public interface ICaseStepObserver
{
    Task StepTakenAsync(Case @case, CaseAction action, CaseStatus before, CancellationToken ct);
}

/// <summary>A module told of newly registered cases inside the registration's unit of work (before the save, or within
/// the batch's transaction), so that what goes with a registration — the petitioner's text message with the number and a
/// query code — is written with it.</summary>
public interface ICaseRegistrationObserver
{
    Task RegisteredAsync(IReadOnlyList<Case> cases, CancellationToken ct);
}
