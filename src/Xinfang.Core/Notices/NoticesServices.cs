using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Cases;
using Xinfang.Core.Notices.Features;

namespace Xinfang.Core.Notices;

/// <summary>Written notices: issued with the steps that require them, listed and opened per case, templates edited by
/// the administrator.</summary>
public static class NoticesServices
{
    public static IServiceCollection AddNotices(this IServiceCollection services)
    {
        services.AddScoped<ICaseStepObserver, NoticeIssuer>();
        services.AddScoped<CaseNotices>();
        services.AddScoped<NoticeTemplates>();
        return services;
    }
}
