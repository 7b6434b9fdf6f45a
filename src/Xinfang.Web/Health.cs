using Xinfang.Core.Data;

namespace Xinfang.Web;

public static class Health
{
    public static async Task<IResult> CheckAsync(DatabaseHealth health, CancellationToken ct) =>
        await health.CanConnectAsync(ct)
            ? TypedResults.Ok(new { status = "healthy", database = health.Provider.ToString() })
            : TypedResults.Json(new { status = "unhealthy", database = health.Provider.ToString() }, statusCode: StatusCodes.Status503ServiceUnavailable);
}
