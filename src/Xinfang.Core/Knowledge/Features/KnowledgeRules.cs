using Xinfang.Core.Common;
using Xinfang.Core.Organisation;

namespace Xinfang.Core.Knowledge.Features;

public sealed record KnowledgeEntryRequest(KnowledgeKind? Kind, string? Title, string? Body, string? Tags, int? CategoryId, bool IsPublic = false,
    DateOnly? ReviewBy = null, string? Note = null);

/// <summary>What an entry must be before it is stored: every field checked against the table's own limits, control
/// characters refused (PostgreSQL refuses NUL, SQLite would keep it), the review date within five years.</summary>
public static class KnowledgeRules
{
    public const int MaxTag = 20;
    public const int MaxNote = 200;

    public static (KnowledgeContent? Content, List<Error> Errors) Check(KnowledgeEntryRequest r, OrganisationDirectory.Snapshot names, DateOnly today)
    {
        var errors = new List<Error>();
        if (r.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(Error.Validation("kind", "knowledge.kind_required", "请选择条目类型（政策咨询、民生热点、便民提示、办事指南或答复口径）。"));
        }

        var title = Text(r.Title, "title", "标题", KnowledgeEntry.MaxTitleLength, required: true, multiline: false, errors);
        var body = Text(r.Body, "body", "正文", KnowledgeEntry.MaxBodyLength, required: true, multiline: true, errors);
        var tags = Tags(r.Tags, errors);
        Text(r.Note, "note", "修改说明", MaxNote, required: false, multiline: false, errors);
        if (r.CategoryId is { } category && !names.Categories.ContainsKey(category))
        {
            errors.Add(Error.Validation("categoryId", "knowledge.unknown_category", "问题分类不存在。"));
        }

        var reviewBy = r.ReviewBy ?? today.AddYears(1);
        if (reviewBy < today || reviewBy > today.AddYears(5))
        {
            errors.Add(Error.Validation("reviewBy", "knowledge.review_date", "复核日期须在今天至五年之内。"));
        }

        return errors.Count > 0 ? (null, errors) : (new KnowledgeContent(r.Kind!.Value, title!, body!, tags, r.CategoryId, r.IsPublic, reviewBy), errors);
    }

    private static string? Text(string? value, string field, string name, int max, bool required, bool multiline, List<Error> errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                errors.Add(Error.Validation(field, "validation.required", $"请填写{name}。"));
            }

            return text;
        }

        if (text.Length > max)
        {
            errors.Add(Error.Validation(field, "validation.too_long", $"{name}不能超过 {max} 个字符（现为 {text.Length} 个）。"));
        }

        if (text.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
        {
            errors.Add(Error.Validation(field, "validation.control_character", $"{name}含有不可见的控制字符，请删除后再保存。"));
        }

        return text;
    }

    private static string Tags(string? value, List<Error> errors)
    {
        var tags = (value ?? "").Split([',', '，', '、', ';', '；', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();
        if (tags.Any(t => t.Length > MaxTag || t.Any(char.IsControl)))
        {
            errors.Add(Error.Validation("tags", "knowledge.bad_tag", $"每个标签不超过 {MaxTag} 个字符，且不含控制字符。"));
        }

        var joined = string.Join(',', tags);
        if (joined.Length > KnowledgeEntry.MaxTagsLength)
        {
            errors.Add(Error.Validation("tags", "validation.too_long", $"标签合计不能超过 {KnowledgeEntry.MaxTagsLength} 个字符。"));
        }

        return joined;
    }
}
