namespace Xinfang.Core.Hotline;

/// <summary>A call event the agents' screens are told of (the web pushes it to the desk of that seat).</summary>
public sealed record CallNotice(long CallId, string UniqueId, int? Seat, string Event, DateTimeOffset At);

/// <summary>Where the hotline tells the screens of a call event; the web host pushes it to the open desks. Within one
/// instance (several instances would relay it through the database's notifications).</summary>
public interface ICallNotifier
{
    void Notify(CallNotice notice);
}

internal sealed class NoCallNotifier : ICallNotifier
{
    public void Notify(CallNotice notice)
    {
    }
}
