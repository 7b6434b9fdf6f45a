namespace Xinfang.Core.Common;

/// <summary>An expected failure: a stable English code for machines, a Chinese message for people,
/// and optionally the input field it concerns.</summary>
public sealed record Error(string Code, string Message, string? Field = null, ErrorKind Kind = ErrorKind.Validation)
{
    public static Error Validation(string field, string code, string message) => new(code, message, field);
    public static Error NotFound(string code, string message) => new(code, message, null, ErrorKind.NotFound);
    public static Error Conflict(string code, string message) => new(code, message, null, ErrorKind.Conflict);
    public static Error Forbidden(string code, string message) => new(code, message, null, ErrorKind.Forbidden);
    public static Error Rule(string code, string message) => new(code, message, null, ErrorKind.Rule);
    public static Error TooMany(string code, string message) => new(code, message, null, ErrorKind.TooMany);
}

public enum ErrorKind
{
    Validation,
    Rule,
    NotFound,
    Conflict,
    Forbidden,
    /// <summary>A limit on how often something may be done was reached (HTTP 429).</summary>
    TooMany,
}
