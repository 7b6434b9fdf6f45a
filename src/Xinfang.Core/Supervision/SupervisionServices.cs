using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Supervision.Features;

namespace Xinfang.Core.Supervision;

public static class SupervisionServices
{
    /// <summary>领导包案 and the key-issue ledger (重点问题台账) with its campaigns.</summary>
    public static IServiceCollection AddSupervision(this IServiceCollection services)
    {
        services.AddScoped<KeyCases>();
        services.AddScoped<SaveKeyIssue>();
        services.AddScoped<RecordKeyIssueProgress>();
        services.AddScoped<LinkKeyIssueCase>();
        services.AddScoped<GetKeyIssue>();
        services.AddScoped<ListKeyIssues>();
        services.AddScoped<ExportLedger>();
        services.AddScoped<CreateCampaign>();
        return services;
    }
}
