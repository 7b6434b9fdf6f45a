namespace Xinfang.Core.Common;

/// <summary>Thrown by an aggregate when a named business rule forbids an operation.
/// Use cases turn it into a failed <see cref="Result"/>; it never passes silently.</summary>
public sealed class RuleViolationException(Error error) : Exception(error.Message)
{
    public Error Error { get; } = error;
}
