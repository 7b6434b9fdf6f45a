using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Knowledge.Features;

namespace Xinfang.Core.Knowledge;

/// <summary>知识库: entries, their versions and approval, reading and full-text search.</summary>
public static class KnowledgeServices
{
    public static IServiceCollection AddKnowledgeBase(this IServiceCollection services)
    {
        services.AddScoped<KnowledgeQueries>();
        services.AddScoped<PublicKnowledge>();
        services.AddScoped<SaveKnowledgeEntry>();
        services.AddScoped<ChangeKnowledgeStatus>();
        services.AddScoped<KnowledgeAttachments>();
        return services;
    }
}
