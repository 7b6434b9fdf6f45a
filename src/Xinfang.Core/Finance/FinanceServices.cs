using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xinfang.Core.Finance.Features;

namespace Xinfang.Core.Finance;

/// <summary>The Finance use cases that need services. The store is in memory until the database-backed one exists.</summary>
public static class FinanceServices
{
    public static IServiceCollection AddFinance(this IServiceCollection services)
    {
        services.TryAddSingleton<IFinalAccountsStore, InMemoryFinalAccountsStore>();
        services.AddScoped<FinalAccountsCatalog>();
        services.AddScoped<ListFinalAccounts>();
        services.AddScoped<EditFinalAccountsHandler>();
        services.AddScoped<ImportFinalAccountsHandler>();
        return services;
    }
}
