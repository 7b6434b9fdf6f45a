namespace Xinfang.Core.Identity;

/// <summary>The actor of the current request or command, set once by the host (web request, CLI).</summary>
public sealed class ActorAccessor
{
    public Actor Actor { get; set; } = Actor.System;
}
