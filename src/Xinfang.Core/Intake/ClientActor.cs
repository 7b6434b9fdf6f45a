using Xinfang.Core.Identity;

namespace Xinfang.Core.Intake;

/// <summary>Who acts for a request made with an integration client's key: the client itself, named
/// <c>client:{id}</c> in the audit trail (a colon is not allowed in user names, so no account can pass for it).</summary>
public static class ClientActor
{
    public const string NamePrefix = "client:";

    public static Actor For(IntegrationClient client) =>
        new(0, $"{NamePrefix}{client.Id}", new HashSet<string> { Roles.Integration }, 0, DataScope.Everything)
        {
            DisplayName = $"对接系统：{client.Name}",
        };

    /// <summary>The client an actor stands for, or null for a person.</summary>
    public static int? ClientIdOf(Actor actor) =>
        actor.IsIn(Roles.Integration) && actor.UserName.StartsWith(NamePrefix, StringComparison.Ordinal)
        && int.TryParse(actor.UserName.AsSpan(NamePrefix.Length), out var id) ? id : null;
}
