namespace Xinfang.Core.Cases;

/// <summary>A district leader who owns a key case (包案领导): a user holding the Leader role.</summary>
public sealed record KeyCaseLeader(int UserId, string Name);
