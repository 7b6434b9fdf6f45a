using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Xinfang.Core.Cases;
using Xinfang.Core.Common;
using Xinfang.Core.Data;
using Xinfang.Core.Identity;

namespace Xinfang.Core.Intake.Features;

public sealed record IntakeMappingRequest(Channel? Channel, IReadOnlyDictionary<string, IReadOnlyList<string>>? Columns);

/// <summary>The column mappings of the channels' exports: the stored ones, and each channel's default not saved over.
/// The administrator edits them; every change audited.</summary>
public sealed class IntakeMappings(XinfangDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<IntakeMapping>> ListAsync(CancellationToken ct = default)
    {
        var stored = (await db.IntakeMappings.AsNoTracking().ToListAsync(ct)).Select(Read).ToList();
        return [.. stored.Concat(IntakeMapping.Defaults.Where(d => stored.All(s => s.Name != d.Name))).OrderBy(m => m.Name, StringComparer.Ordinal)];
    }

    /// <summary>The named mapping, else the channel's default (named after the channel).</summary>
    public async Task<Result<IntakeMapping>> FindAsync(string? name, Channel channel, CancellationToken ct = default)
    {
        var key = string.IsNullOrWhiteSpace(name) ? KebabCase.Of(channel) : name.Trim();
        if (await db.IntakeMappings.AsNoTracking().FirstOrDefaultAsync(m => m.Name == key, ct) is { } stored)
        {
            return Read(stored);
        }

        return IntakeMapping.Defaults.FirstOrDefault(m => m.Name == key) is { } builtIn
            ? builtIn
            : name is null ? IntakeMapping.Default(channel) : Error.NotFound("intake.mapping_not_found", $"没有名为“{key}”的列对照。");
    }

    public async Task<Result<IntakeMapping>> SaveAsync(string name, IntakeMappingRequest request, Actor actor, CancellationToken ct = default)
    {
        if (!actor.IsIn(Roles.Admin))
        {
            return Error.Forbidden("admin.forbidden", "只有管理员可以修改渠道文件的列对照。");
        }

        var errors = new List<Error>();
        name = name.Trim();
        if (name.Length is 0 or > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            errors.Add(Error.Validation("name", "intake.mapping_name_invalid", "列对照名称须为1至64个英文字母、数字或连字符。"));
        }

        if (request.Channel is not { } channel || !Enum.IsDefined(channel))
        {
            errors.Add(Error.Validation("channel", "validation.required", "请选择来源渠道。"));
            channel = default;
        }

        var columns = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var (field, headings) in request.Columns ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            if (!IntakeFields.All.Contains(field))
            {
                errors.Add(Error.Validation($"columns.{field}", "validation.unknown_value", $"未知的字段“{field}”，可选：{string.Join("、", IntakeFields.All)}。"));
                continue;
            }

            var clean = (headings ?? []).Select(h => h?.Trim() ?? "").Where(h => h.Length > 0).ToList();
            if (clean.Any(h => h.Length > 50 || h.Any(char.IsControl)))
            {
                errors.Add(Error.Validation($"columns.{field}", "intake.heading_invalid", "列名每个不超过50字，且不含控制字符。"));
            }

            columns[field] = clean;
        }

        foreach (var required in new[] { IntakeFields.ExternalId, IntakeFields.Text })
        {
            if (columns.GetValueOrDefault(required) is not { Count: > 0 })
            {
                errors.Add(Error.Validation($"columns.{required}", "validation.required", $"请至少填写一个“{IntakeFields.Chinese(required)}”的列名。"));
            }
        }

        if (errors.Count > 0)
        {
            return Result.Failure<IntakeMapping>([.. errors]);
        }

        var json = JsonSerializer.Serialize(columns, Json);
        if (await db.IntakeMappings.FirstOrDefaultAsync(m => m.Name == name, ct) is { } row)
        {
            row.Replace(channel, json, clock.GetUtcNow());
        }
        else
        {
            db.IntakeMappings.Add(new StoredIntakeMapping(name, channel, json, clock.GetUtcNow()));
        }

        await db.SaveChangesAsync(ct);
        return new IntakeMapping(name, channel, columns);
    }

    private static IntakeMapping Read(StoredIntakeMapping row) => new(row.Name, row.Channel,
        JsonSerializer.Deserialize<Dictionary<string, IReadOnlyList<string>>>(row.ColumnsJson, Json) ?? []);
}
