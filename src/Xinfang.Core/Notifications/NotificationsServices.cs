using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Cases;
using Xinfang.Core.Notifications.Features;

namespace Xinfang.Core.Notifications;

/// <summary>The notification centre: who is told of a case's step, of a pressing deadline, of a warning, of a knowledge entry
/// to review; the bell's list and count.</summary>
public static class NotificationsServices
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddSingleton<NotificationSignal>();
        services.AddScoped<Notifier>();
        services.AddScoped<ICaseStepObserver, CaseStepNotifications>();
        services.AddScoped<NotifyDeadlines>();
        services.AddScoped<NotifyKnowledgeReviews>();
        services.AddScoped<NotificationQueries>();
        services.AddHostedService<NotificationJob>();
        return services;
    }
}
