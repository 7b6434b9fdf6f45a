using Xinfang.Core.Data;

namespace Xinfang.Web;

public static class Health
{
    public static async Task<IResult> CheckAsync(XinfangDbContext db, DatabaseSettings database, CancellationToken ct) =>
        await db.Database.CanConnectAsync(ct)
            ? TypedResults.Ok(new { status = "healthy", database = database.Provider.ToString() })
            : TypedResults.Json(new { status = "unhealthy", database = database.Provider.ToString() }, statusCode: StatusCodes.Status503ServiceUnavailable);
}
