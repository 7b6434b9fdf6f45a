using System.Text.Json.Nodes;
using Xinfang.Core.Common;
using Xinfang.Core.Open311;
using Xinfang.Core.Open311.Features;

namespace Xinfang.Web.Open311;

/// <summary>
/// Open311 GeoReport v2 under <c>/open311/v2/</c> (the frozen standard): every read as <c>.json</c> or <c>.xml</c>,
/// requests submitted form-encoded with an integration client's <c>api_key</c>, errors as the standard's error list
/// with 400, 403 or 404. A standard of its own, so it is described by the standard and left out of the platform's
/// OpenAPI document.
/// </summary>
public static class Open311Api
{
    public const string Base = "/open311/v2";
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    public static void MapOpen311Api(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Base).AllowAnonymous().ExcludeFromDescription().DisableAntiforgery();
        group.MapGet("/discovery.{format}", Discovery);
        group.MapGet("/services.{format}", Services);
        group.MapGet("/services/{code}.{format}", Definition);
        group.MapPost("/requests.{format}", Submit);
        group.MapGet("/requests.{format}", Requests);
        group.MapGet("/requests/{id}.{format}", OneRequest);
        group.MapGet("/tokens/{token}.{format}", Token);
    }

    private static async Task<IResult> Discovery(string format, HttpContext http, Open311Catalog catalog, CancellationToken ct)
    {
        if (Format(format) is not { } f) return UnknownFormat();
        var discovery = await catalog.DiscoveryAsync(ct);
        var endpoint = new JsonObject
        {
            ["specification"] = Specification,
            ["url"] = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{Base}",
            ["changeset"] = W3cDate.Format(discovery.Changeset),
            ["type"] = "production",
            ["formats"] = new JsonArray("text/xml", "application/json"),
        };
        return Open311Document.Object("discovery", new JsonObject
        {
            ["changeset"] = W3cDate.Format(discovery.Changeset),
            ["contact"] = discovery.Contact,
            ["key_service"] = discovery.KeyService,
            ["endpoints"] = new JsonArray(endpoint),
        }).ToResult(f);
    }

    private static async Task<IResult> Services(string format, string? jurisdiction_id, Open311Catalog catalog, CancellationToken ct)
    {
        if (Format(format) is not { } f) return UnknownFormat();
        var result = await catalog.ServicesAsync(jurisdiction_id, ct);
        return result.IsSuccess
            ? Open311Document.List("services", "service", result.Value.Select(s => Fields(
                ("service_code", s.Code), ("service_name", s.Name), ("description", s.Description), ("metadata", true), ("type", "realtime"),
                ("keywords", null), ("group", s.Group)))).ToResult(f)
            : Errors(result, f);
    }

    private static async Task<IResult> Definition(string code, string format, string? jurisdiction_id, Open311Catalog catalog, CancellationToken ct)
    {
        if (Format(format) is not { } f) return UnknownFormat();
        var result = await catalog.DefinitionAsync(Uri.UnescapeDataString(code), jurisdiction_id, ct);
        if (!result.IsSuccess) return Errors(result, f);
        var attributes = result.Value.Attributes.Select(a => Fields(
            ("variable", a.Variable), ("code", a.Code), ("datatype", a.Datatype), ("required", a.Required), ("datatype_description", null),
            ("order", a.Order), ("description", a.Description),
            ("values", new JsonArray([.. a.Values.Select(v => (JsonNode)Fields(("key", v.Key), ("name", v.Name)))]))));
        return Open311Document.Object("service_definition", new JsonObject
        {
            ["service_code"] = result.Value.ServiceCode,
            ["attributes"] = new JsonArray([.. attributes]),
        }).ToResult(f);
    }

    private static async Task<IResult> Submit(string format, HttpRequest http, SubmitServiceRequest handler, CancellationToken ct)
    {
        if (Format(format) is not { } f) return UnknownFormat();
        if (!http.HasFormContentType)
        {
            return Errors(Result.Failure(Error.Validation("", "open311.form_required",
                "请以 application/x-www-form-urlencoded 表单提交（GeoReport v2）。")), f);
        }

        var form = await http.ReadFormAsync(ct);
        string? Field(string name) => form.TryGetValue(name, out var v) ? v.ToString() : null;
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in form)
        {
            if (name.StartsWith("attribute[", StringComparison.Ordinal) && name.EndsWith(']'))
            {
                attributes[name["attribute[".Length..^1].TrimEnd('[', ']').TrimEnd(']')] = value.ToString();
            }
        }

        var submission = new Open311Submission(Field("api_key") ?? http.Query["api_key"], Field("jurisdiction_id"), Field("service_code"),
            Field("lat"), Field("long"), Field("address_string"), Field("address_id"), Field("email"), Field("first_name"), Field("last_name"),
            Field("phone"), Field("description"), Field("media_url"), attributes);
        var result = await handler.HandleAsync(submission, ct);
        return result.IsSuccess
            ? Open311Document.List("service_requests", "request",
                [Fields(("service_request_id", result.Value.ServiceRequestId), ("service_notice", result.Value.ServiceNotice))]).ToResult(f)
            : Errors(result, f);
    }

    private static async Task<IResult> Requests(string format, HttpRequest http, FindServiceRequests handler, CancellationToken ct)
    {
        if (Format(format) is not { } f) return UnknownFormat();
        var q = http.Query;
        var result = await handler.ListAsync(new Open311Query(q["api_key"], q["jurisdiction_id"], Joined(q["service_request_id"]), Joined(q["service_code"]),
            q["start_date"], q["end_date"], Joined(q["status"])), ct);
        return result.IsSuccess ? Open311Document.List("service_requests", "request", result.Value.Select(RequestFields)).ToResult(f) : Errors(result, f);
    }

    private static async Task<IResult> OneRequest(string id, string format, HttpRequest http, FindServiceRequests handler, CancellationToken ct)
    {
        if (Format(format) is not { } f) return UnknownFormat();
        var result = await handler.GetAsync(Uri.UnescapeDataString(id), http.Query["api_key"], http.Query["jurisdiction_id"], ct);
        return result.IsSuccess ? Open311Document.List("service_requests", "request", [RequestFields(result.Value)]).ToResult(f) : Errors(result, f);
    }

    private static async Task<IResult> Token(string token, string format, string? jurisdiction_id, FindServiceRequests handler, CancellationToken ct)
    {
        if (Format(format) is not { } f) return UnknownFormat();
        var result = await handler.TokenAsync(Uri.UnescapeDataString(token), jurisdiction_id, ct);
        return result.IsSuccess
            ? Open311Document.List("service_requests", "request", [Fields(("service_request_id", result.Value.ServiceRequestId), ("token", result.Value.Token))]).ToResult(f)
            : Errors(result, f);
    }

    private static JsonObject RequestFields(Open311Request r) => Fields(
        ("service_request_id", r.ServiceRequestId), ("status", r.Status), ("status_notes", r.StatusNotes), ("service_name", r.ServiceName),
        ("service_code", r.ServiceCode), ("description", r.Description), ("agency_responsible", r.AgencyResponsible),
        ("requested_datetime", W3cDate.Format(r.RequestedAt)), ("updated_datetime", W3cDate.Format(r.UpdatedAt)),
        ("expected_datetime", r.ExpectedAt is { } at ? W3cDate.Format(at) : null), ("address", r.Address), ("lat", r.Lat), ("long", r.Long),
        ("media_url", r.MediaUrl));

    /// <summary>An object of the fields in order; an empty field is left out.</summary>
    private static JsonObject Fields(params (string Name, object? Value)[] fields)
    {
        var result = new JsonObject();
        foreach (var (name, value) in fields)
        {
            JsonNode? node = value switch
            {
                null => null,
                JsonNode n => n,
                string s => JsonValue.Create(s),
                bool b => JsonValue.Create(b),
                int i => JsonValue.Create(i),
                double d => JsonValue.Create(d),
                _ => throw new ArgumentException($"Unexpected value for {name}.", nameof(fields)),
            };
            if (node is not null)
            {
                result[name] = node;
            }
        }

        return result;
    }

    /// <summary>The standard's error list, with 404 for what does not exist, 403 for a wrong or missing key, 400 otherwise.</summary>
    private static IResult Errors(Result result, string format)
    {
        var status = result.FirstError.Kind switch
        {
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        };
        return Open311Document.List("errors", "error", result.Errors.Select(e => Fields(("code", status), ("description", e.Message)))).ToResult(format, status);
    }

    private static IResult UnknownFormat() => Open311Document.List("errors", "error",
        [Fields(("code", 404), ("description", "格式只能是 .json 或 .xml。"))]).ToResult("json", StatusCodes.Status404NotFound);

    private static string? Format(string format) => format is "json" or "xml" ? format : null;

    /// <summary>A parameter given several times is the same as one comma-separated value.</summary>
    private static string? Joined(Microsoft.Extensions.Primitives.StringValues values) => values.Count == 0 ? null : string.Join(',', values.ToArray());
}
