using Microsoft.AspNetCore.Http.HttpResults;
using Xinfang.Core.Data;

namespace Xinfang.Web;

/// <summary>The body of <c>GET /health</c>: <c>status</c> is <c>healthy</c> or <c>unhealthy</c>, <c>database</c> the provider.</summary>
public sealed record HealthStatus(string Status, string Database);

public static class Health
{
    public static async Task<Results<Ok<HealthStatus>, JsonHttpResult<HealthStatus>>> CheckAsync(DatabaseHealth health, CancellationToken ct) =>
        await health.CanConnectAsync(ct)
            ? TypedResults.Ok(new HealthStatus("healthy", health.Provider.ToString()))
            : TypedResults.Json(new HealthStatus("unhealthy", health.Provider.ToString()), statusCode: StatusCodes.Status503ServiceUnavailable);
}
