using Microsoft.AspNetCore.Components.Authorization;
using Xinfang.Core.Identity;
using Xinfang.Core.Organisation;
using Xinfang.Web.Auth;

namespace Xinfang.Web.Components;

/// <summary>
/// What a page needs to run a use case: the signed-in actor and a fresh service scope per operation
/// (a Blazor circuit lives long; a DbContext must not). Every rule stays in the use case it calls.
/// </summary>
public sealed class Workbench(IServiceScopeFactory scopes, AuthenticationStateProvider authentication)
{
    public async Task<Actor> ActorAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return ActorClaims.ToActor(state.User) ?? throw new UnauthorizedAccessException("Not signed in.");
    }

    /// <summary>Names of units, places and categories (cached).</summary>
    public async Task<OrganisationDirectory.Snapshot> DirectoryAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrganisationDirectory>().GetAsync();
    }

    public async Task<T> RunAsync<THandler, T>(Func<THandler, Actor, Task<T>> work) where THandler : notnull
    {
        var actor = await ActorAsync();
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorAccessor>().Actor = actor;
        return await work(scope.ServiceProvider.GetRequiredService<THandler>(), actor);
    }
}
