namespace Xinfang.Core.Notifications;

/// <summary>Tells this instance's open pages that users have new notifications, as soon as they are saved, so a bell lights
/// up at once; a page on another instance sees them at its next poll (<see cref="PollInterval"/>).</summary>
public sealed class NotificationSignal
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(30);

    public event Action<IReadOnlySet<int>>? Notified;

    public void Raise(IReadOnlySet<int> userIds)
    {
        if (userIds.Count > 0)
        {
            Notified?.Invoke(userIds);
        }
    }
}
