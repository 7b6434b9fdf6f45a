using System.Globalization;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Intake.Features;

/// <summary>A row of a channel's export: its line in the file (the heading is line 1) and its cells by heading.</summary>
public sealed record IntakeFileRow(int Line, IReadOnlyDictionary<string, string?> Cells);

public sealed record IntakeRowResult(int Line, string? ExternalId, string Status, string? CaseNumber, IReadOnlyList<IntakeFieldError> Errors,
    bool ToComplete = false);

/// <summary>What an import did, row by row; <see cref="Unmatched"/> are the fields no heading of the file carries.</summary>
public sealed record IntakeFileReport(string Mapping, int Rows, int Created, int Duplicates, int Rejected, IReadOnlyList<string> Unmatched,
    IReadOnlyList<IntakeRowResult> Results);

/// <summary>The first rows as they will be read, before anything is stored.</summary>
public sealed record IntakePreview(string Mapping, IReadOnlyDictionary<string, string> Matched, IReadOnlyList<string> Unmatched,
    IReadOnlyList<(int Line, IntakeRequest Request, IReadOnlyList<IntakeFieldError> Errors)> Rows);

/// <summary>
/// 文件导入: a channel's export (CSV or Excel) read through that channel's column mapping, each row registered like an
/// item sent over the API — the same idempotency on (channel, external id), the same per-row answer — in batches of
/// <see cref="ChunkSize"/> rows like an API batch, so a broken row is reported and skipped and never half-stored. Registrars and dispatchers import, as they
/// register; the command line imports as the system.
/// </summary>
public sealed class ImportIntakeFile(IntakeCases intake, IntakeMappings mappings)
{
    public async Task<Result<IntakePreview>> PreviewAsync(IReadOnlyList<string> headings, IEnumerable<IntakeFileRow> rows, Channel channel,
        string? mappingName, Actor actor, CancellationToken ct = default)
    {
        if (Forbidden(actor) is { } forbidden)
        {
            return forbidden;
        }

        var mapping = await mappings.FindAsync(mappingName, channel, ct);
        if (!mapping.IsSuccess)
        {
            return Result.Failure<IntakePreview>([.. mapping.Errors]);
        }

        var matched = mapping.Value.Match(headings);
        return new IntakePreview(mapping.Value.Name, matched, Unmatched(matched),
            [.. rows.Take(20).Select(row => { var (request, errors) = ToRequest(row, matched); return (row.Line, request, errors); })]);
    }

    public async Task<Result<IntakeFileReport>> HandleAsync(IReadOnlyList<string> headings, IEnumerable<IntakeFileRow> rows, Channel channel,
        string? mappingName, Actor actor, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        if (Forbidden(actor) is { } forbidden)
        {
            return forbidden;
        }

        var mapping = await mappings.FindAsync(mappingName, channel, ct);
        if (!mapping.IsSuccess)
        {
            return Result.Failure<IntakeFileReport>([.. mapping.Errors]);
        }

        var matched = mapping.Value.Match(headings);
        if (!matched.ContainsKey(IntakeFields.ExternalId) || !matched.ContainsKey(IntakeFields.Text))
        {
            return Error.Validation("file", "intake.columns_missing",
                $"文件中找不到“{IntakeFields.Chinese(IntakeFields.ExternalId)}”或“{IntakeFields.Chinese(IntakeFields.Text)}”列（列对照“{mapping.Value.Name}”）；文件的列为：{string.Join("、", headings)}。");
        }

        var results = new List<IntakeRowResult>();
        var chunk = new List<(int Line, IntakeRequest Request)>();
        async Task FlushAsync()
        {
            if (chunk.Count == 0)
            {
                return;
            }

            var batch = await intake.HandleAsync([.. chunk.Select(c => c.Request)], channel, clientId: null, actor, ct);
            results.AddRange(chunk.Zip(batch.Value.Results, (row, r) => new IntakeRowResult(row.Line, r.ExternalId, r.Status, r.CaseNumber, r.Errors, r.ToComplete)));
            progress?.Report(results.Count);
            chunk.Clear();
        }

        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            var (request, errors) = ToRequest(row, matched);
            if (errors.Count > 0)
            {
                results.Add(new IntakeRowResult(row.Line, request.ExternalId, IntakeResult.Rejected, null, errors));
                continue;
            }

            chunk.Add((row.Line, request));
            if (chunk.Count == ChunkSize)
            {
                await FlushAsync();
            }
        }

        await FlushAsync();
        results.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new IntakeFileReport(mapping.Value.Name, results.Count, results.Count(r => r.Status == IntakeResult.Created),
            results.Count(r => r.Status == IntakeResult.Duplicate), results.Count(r => r.Status == IntakeResult.Rejected), Unmatched(matched), results);
    }

    /// <summary>Rows registered together (see <see cref="IntakeCases"/>): a broken row is still answered on its own.</summary>
    public const int ChunkSize = 500;

    /// <summary>A row as an intake item; cells that cannot be read (a date, a class) are named.</summary>
    public static (IntakeRequest Request, IReadOnlyList<IntakeFieldError> Errors) ToRequest(IntakeFileRow row, IReadOnlyDictionary<string, string> matched)
    {
        var errors = new List<IntakeFieldError>();
        string? Cell(string field) => matched.TryGetValue(field, out var heading) && row.Cells.TryGetValue(heading, out var value)
            && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        DateTimeOffset? receivedAt = null;
        if (Cell(IntakeFields.ReceivedAt) is { } when)
        {
            receivedAt = ParseTime(when);
            if (receivedAt is null)
            {
                errors.Add(new(IntakeFields.ReceivedAt, "intake.bad_time", $"第{row.Line}行：无法识别的时间“{when}”（如 2026-12-07 09:30）。"));
            }
        }


        int? people = null;
        if (Cell(IntakeFields.PeopleCount) is { } peopleText)
        {
            if (int.TryParse(peopleText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 10000)
            {
                people = n;
            }
            else
            {
                errors.Add(new(IntakeFields.PeopleCount, "intake.bad_people", $"第{row.Line}行：人数“{peopleText}”应为正整数。"));
            }
        }

        var petitioner = Cell(IntakeFields.Name) is null && Cell(IntakeFields.Phone) is null && Cell(IntakeFields.IdNumber) is null
            ? null
            : new IntakePetitioner(Cell(IntakeFields.Name), Cell(IntakeFields.Phone), Cell(IntakeFields.IdNumber), Cell(IntakeFields.Address));
        var request = new IntakeRequest(Cell(IntakeFields.ExternalId), receivedAt, petitioner is null ? [] : [petitioner], Cell(IntakeFields.Subject),
            Cell(IntakeFields.Text), Cell(IntakeFields.Category), Cell(IntakeFields.Township), Cell(IntakeFields.Village), Cell(IntakeFields.Form), Cell(IntakeFields.StatutoryClass), people);
        return (request, errors);
    }

    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd H:mm:ss", "yyyy-MM-dd H:mm", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "yyyy/MM/dd HH:mm:ss",
        "yyyy/MM/dd HH:mm", "yyyy-MM-dd", "yyyy/M/d", "yyyy年M月d日 H:mm", "yyyy年M月d日", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm",
    ];

    /// <summary>An ISO time that states its offset: "…Z" or "…+08:00".</summary>
    private static readonly System.Text.RegularExpressions.Regex WithOffset = new(@"T.*(Z|[+-]\d{2}:?\d{2})$", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>An instant with an offset as written; a local time as China time.</summary>
    public static DateTimeOffset? ParseTime(string text)
    {
        if (WithOffset.IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return exact;
        }

        return DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, ChinaTime.Offset)
            : null;
    }

    private static List<string> Unmatched(IReadOnlyDictionary<string, string> matched) => [.. IntakeFields.All.Where(f => !matched.ContainsKey(f))];

    private static Error? Forbidden(Actor actor) => actor.IsInAny(Importers)
        ? null
        : Error.Forbidden("intake.import_forbidden", "只有登记员、派单员或系统管理员可以导入渠道文件。");

    /// <summary>Who may import a channel's file: the bureau's registrars and dispatchers, and the administrator who
    /// connects the channel.</summary>
    public static readonly string[] Importers = [Roles.Registrar, Roles.Dispatcher, Roles.Admin];
}
