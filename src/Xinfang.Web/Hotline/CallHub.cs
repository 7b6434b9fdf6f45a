using Xinfang.Core.Hotline;

namespace Xinfang.Web.Hotline;

/// <summary>Pushes call events to the open agent desks of this instance (each desk listens for its seat).</summary>
public sealed class CallHub : ICallNotifier
{
    public event Action<CallNotice>? Received;

    public void Notify(CallNotice notice) => Received?.Invoke(notice);
}
