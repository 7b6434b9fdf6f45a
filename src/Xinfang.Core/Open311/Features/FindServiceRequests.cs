using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Intake;
using Xinfang.Core.Intake.Features;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Open311.Features;

/// <summary>A GeoReport v2 "GET Service Requests" query, as the parameters arrived.</summary>
public sealed record Open311Query(
    string? ApiKey = null,
    string? JurisdictionId = null,
    string? ServiceRequestIds = null,
    string? ServiceCodes = null,
    string? StartDate = null,
    string? EndDate = null,
    string? Status = null);

/// <summary>A request as Open311 shows it. Never personal data; without a key, no place and a description only where
/// the submitter agreed to publish it.</summary>
public sealed record Open311Request(
    string ServiceRequestId,
    string Status,
    string? StatusNotes,
    string? ServiceName,
    string ServiceCode,
    string? Description,
    string? AgencyResponsible,
    DateTimeOffset RequestedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ExpectedAt,
    string? Address,
    double? Lat,
    double? Long,
    string? MediaUrl);

public sealed record Open311Token(string ServiceRequestId, string Token);

/// <summary>
/// Open311 查询. Petitions are confidential: without a key only matters submitted through Open311 are listed (never
/// another channel's), with their service, status, dates and plain-words status notes, and the description where the
/// submitter agreed to publish it; with a client's <c>api_key</c>, that client's own matters in full (description,
/// place, picture, the reply) — and in no answer a name, a phone number, an ID number or an e-mail address.
/// </summary>
public sealed class FindServiceRequests(XinfangDbContext db, AuthenticateClient authenticate, OrganisationDirectory directory, Open311Options options,
    TimeProvider clock)
{
    public const int MaxResults = 1000;
    public static readonly TimeSpan MaxSpan = TimeSpan.FromDays(90);

    public async Task<Result<IReadOnlyList<Open311Request>>> ListAsync(Open311Query q, CancellationToken ct = default)
    {
        if (Jurisdiction.Check(q.JurisdictionId, options) is { } elsewhere)
        {
            return elsewhere;
        }

        var (items, client, keyError) = await ScopeAsync(q.ApiKey, ct);
        if (keyError is not null)
        {
            return keyError;
        }

        var names = await directory.GetAsync(ct);
        var rows = from i in items
                   join c in db.Set<Case>().AsNoTracking() on i.CaseId equals c.Id
                   select new { Item = i, Case = c };
        if (List(q.ServiceRequestIds) is { Count: > 0 } ids)
        {
            // The standard: a list of ids overrides every other argument.
            if (ids.Count > MaxResults)
            {
                return Error.Validation("service_request_id", "open311.too_many_ids", $"service_request_id 一次最多{MaxResults}个。");
            }

            rows = rows.Where(r => ids.Contains(r.Item.CaseNumber));
        }
        else
        {
            var (from, to, dateError) = Window(q.StartDate, q.EndDate);
            if (dateError is not null)
            {
                return dateError;
            }

            rows = rows.Where(r => r.Case.ReceivedAt >= from && r.Case.ReceivedAt <= to);
            if (List(q.ServiceCodes) is { Count: > 0 } codes)
            {
                var categoryIds = names.Categories.Values.Where(c => codes.Contains(c.Code)).Select(c => c.Id).ToList();
                rows = rows.Where(r => (r.Case.CategoryId != null && categoryIds.Contains(r.Case.CategoryId.Value))
                    || (r.Case.CategoryId == null && codes.Contains(r.Item.ServiceCode!)));
            }

            if (List(q.Status) is { Count: > 0 } statuses)
            {
                if (statuses.Any(s => s is not ("open" or "closed")))
                {
                    return Error.Validation("status", "open311.bad_status", "status 只能是 open 或 closed（可用逗号分隔同时指定）。");
                }

                var open = CaseTransitions.OpenStates.ToList();
                if (!statuses.Contains("closed")) rows = rows.Where(r => open.Contains(r.Case.Status));
                if (!statuses.Contains("open")) rows = rows.Where(r => !open.Contains(r.Case.Status));
            }
        }

        var page = await rows.OrderByDescending(r => r.Case.ReceivedAt).Take(MaxResults).ToListAsync(ct);
        return await ViewsAsync(page.Select(r => (r.Item, r.Case)).ToList(), full: client is not null, names, ct);
    }

    public async Task<Result<Open311Request>> GetAsync(string serviceRequestId, string? apiKey, string? jurisdictionId, CancellationToken ct = default)
    {
        var found = await ListAsync(new Open311Query(apiKey, jurisdictionId, ServiceRequestIds: serviceRequestId), ct);
        if (!found.IsSuccess)
        {
            return Result.Failure<Open311Request>([.. found.Errors]);
        }

        return found.Value.Count == 1 && !serviceRequestId.Contains(',', StringComparison.Ordinal)
            ? found.Value[0]
            : Error.NotFound("open311.request_not_found", $"没有编号为“{serviceRequestId}”的服务请求。");
    }

    /// <summary>The request a token stands for: the token of a request submitted through Open311.</summary>
    public async Task<Result<Open311Token>> TokenAsync(string token, string? jurisdictionId, CancellationToken ct = default)
    {
        if (Jurisdiction.Check(jurisdictionId, options) is { } elsewhere)
        {
            return elsewhere;
        }

        var number = await db.IntakeItems.AsNoTracking().Where(i => i.Via == IntakeVia.Open311 && i.ExternalId == token)
            .Select(i => i.CaseNumber).FirstOrDefaultAsync(ct);
        return number is null ? Error.NotFound("open311.token_not_found", $"没有凭据“{token}”。") : new Open311Token(number, token);
    }

    private async Task<(IQueryable<IntakeItem> Items, IntegrationClient? Client, Error? Error)> ScopeAsync(string? apiKey, CancellationToken ct)
    {
        var items = db.IntakeItems.AsNoTracking();
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            return (items.Where(i => i.Via == IntakeVia.Open311), null, null);
        }

        var client = await authenticate.HandleAsync(apiKey.Trim(), ct);
        if (client is null || !client.May(IntegrationPermissions.ReadStatus))
        {
            return (items, null, Error.Forbidden("open311.api_key", "api_key 无效、已停用或没有查询权限。"));
        }

        return (items.Where(i => i.ClientId == client.Id), client, null);
    }

    private (DateTimeOffset From, DateTimeOffset To, Error? Error) Window(string? start, string? end)
    {
        var now = clock.GetUtcNow();
        DateTimeOffset? from = null, to = null;
        if (!string.IsNullOrWhiteSpace(start))
        {
            from = W3cDate.Parse(start);
            if (from is null) return (now, now, BadDate("start_date", start));
        }

        if (!string.IsNullOrWhiteSpace(end))
        {
            to = W3cDate.Parse(end);
            if (to is null) return (now, now, BadDate("end_date", end));
        }

        var (f, t) = (from, to) switch
        {
            ({ } a, { } b) => (a, b),
            ({ } a, null) => (a, Min(a + MaxSpan, now)),
            (null, { } b) => (b - MaxSpan, b),
            _ => (now - MaxSpan, now),
        };
        if (t < f)
        {
            return (f, t, Error.Validation("end_date", "open311.bad_range", "end_date 不能早于 start_date。"));
        }

        return t - f > MaxSpan
            ? (f, t, Error.Validation("end_date", "open311.range_too_long", "start_date 至 end_date 不能超过90天。"))
            : (f, t, null);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static Error BadDate(string field, string value) => Error.Validation(field, "open311.bad_date",
        $"{field}“{value}”不是带时区的 W3C 日期时间（如 2026-12-01T00:00:00+08:00 或 2026-12-01T00:00:00Z；“+”在网址中写作 %2B）。");

    private static List<string> List(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()];

    private async Task<List<Open311Request>> ViewsAsync(List<(IntakeItem Item, Case Case)> page, bool full, OrganisationDirectory.Snapshot names,
        CancellationToken ct)
    {
        var ids = page.Select(p => p.Case.Id).ToList();
        var updated = await db.Set<CaseEvent>().Where(e => ids.Contains(e.CaseId)).GroupBy(e => e.CaseId)
            .Select(g => new { g.Key, At = g.Max(e => e.At) }).ToDictionaryAsync(x => x.Key, x => x.At, ct);
        var people = (await db.Petitioners.Where(p => ids.Contains(p.CaseId)).Select(p => new { p.CaseId, p.Name }).ToListAsync(ct))
            .ToLookup(p => p.CaseId, p => p.Name);
        return page.Select(p => View(p.Item, p.Case, full, names, updated.GetValueOrDefault(p.Case.Id, p.Case.RegisteredAt), people[p.Case.Id])).ToList();
    }

    private static Open311Request View(IntakeItem item, Case c, bool full, OrganisationDirectory.Snapshot names, DateTimeOffset updated, IEnumerable<string> people)
    {
        var category = c.CategoryId is { } id ? names.Categories.GetValueOrDefault(id) : null;
        var readable = full || item.Publish;
        var description = readable ? PublicText.Scrub(Description(c.Content, item.Address), people) : null;
        var expected = c.IsOpen ? c.DueAt ?? (c.DueDate is { } day ? ChinaTime.StartOf(day.AddDays(1)).AddSeconds(-1) : null) : null;
        return new Open311Request(c.Number, c.IsOpen ? "open" : "closed", StatusNotes(c, readable, names, people),
            category?.Name ?? names.Categories.Values.FirstOrDefault(x => x.Code == item.ServiceCode)?.Name,
            category?.Code ?? item.ServiceCode ?? "", description,
            full ? names.UnitName(c.LeadUnitId) : null, c.ReceivedAt, updated, expected,
            full ? item.Address : null, full ? c.Latitude : null, full ? c.Longitude : null, full ? item.MediaUrl : null);
    }

    /// <summary>The description as submitted: without the location Open311 added to the case's text.</summary>
    private static string Description(string content, string? address) =>
        address is not null && content.EndsWith($"\n（事发地点：{address}）", StringComparison.Ordinal)
            ? content[..^$"\n（事发地点：{address}）".Length]
            : content;

    /// <summary>Where the matter stands, in plain words; the reply or refusal itself where it may be read.</summary>
    private static string StatusNotes(Case c, bool readable, OrganisationDirectory.Snapshot names, IEnumerable<string> people) => c.Status switch
    {
        CaseStatus.Registered => "已登记，正在转送、交办。",
        CaseStatus.Dispatched or CaseStatus.AwaitingAcceptance => $"已转交{names.UnitName(c.LeadUnitId) ?? "有权处理的机关"}，待受理。",
        CaseStatus.InProgress or CaseStatus.ResultReported => "已受理，正在办理。",
        CaseStatus.Merged => $"已并入{c.MergedIntoNumber}一并办理。",
        CaseStatus.NotAccepted => readable && c.RefusalReason is { } reason
            ? PublicText.Scrub($"不予受理：{reason}{(c.ProperChannel is { } way ? $"（请通过{way}反映）" : "")}", people)
            : "不予受理，已书面告知信访人。",
        _ when readable && c.ReplyText is { } reply => PublicText.Scrub($"{CaseNames.Of(c.Status)}：{reply}", people),
        _ => $"{CaseNames.Of(c.Status)}，处理意见已书面告知信访人。",
    };
}

/// <summary>Dates as the standard writes them: W3C date-time with seconds and an offset (…Z or ±hh:mm).</summary>
public static class W3cDate
{
    private static readonly System.Text.RegularExpressions.Regex Shape =
        new(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>A date with its offset, or null; a "+" that a query string turned into a space is read as "+".</summary>
    public static DateTimeOffset? Parse(string text)
    {
        var value = text.Trim().Replace(' ', '+');
        return Shape.IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;
    }

    public static string Format(DateTimeOffset at) => ChinaTime.ToChina(at).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
