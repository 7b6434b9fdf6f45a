using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xinfang.Core.Finance.Features;

namespace Xinfang.Core.Finance;

/// <summary>The Finance use cases that need services; department-years are kept in the database.</summary>
public static class FinanceServices
{
    public static IServiceCollection AddFinance(this IServiceCollection services)
    {
        services.TryAddScoped<IFinalAccountsStore, DbFinalAccountsStore>();
        services.AddScoped<FinalAccountsCatalog>();
        services.AddScoped<GenerateFinalAccountsReport>();
        services.AddScoped<ListFinalAccounts>();
        services.AddScoped<EditFinalAccountsHandler>();
        services.AddScoped<ImportFinalAccountsHandler>();
        return services;
    }
}
