using Xinfang.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Data;
using Xinfang.Core.Organisation.Features;

namespace Xinfang.Core.Organisation;

/// <summary>Accounts (ASP.NET Core Identity with its password policy and lock-out) and the administration use cases.</summary>
public static class OrganisationServices
{
    public static IServiceCollection AddOrganisation(this IServiceCollection services)
    {
        services.AddIdentityCore<AppUser>(options =>
            {
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.Password.RequiredLength = 8;
            })
            .AddRoles<IdentityRole<int>>()
            .AddEntityFrameworkStores<XinfangDbContext>();

        services.AddScoped<AdminQueries>();
        services.AddScoped<ListLeaders>();
        services.AddScoped<CreateUnit>();
        services.AddScoped<EditUnit>();
        services.AddScoped<SetUnitActive>();
        services.AddScoped<CreateUser>();
        services.AddScoped<EditUser>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<AddCategory>();
        services.AddScoped<EditCategory>();
        services.AddScoped<AddRegion>();
        services.AddScoped<RenameRegion>();
        return services;
    }
}
