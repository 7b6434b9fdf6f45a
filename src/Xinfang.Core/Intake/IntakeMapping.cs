using Xinfang.Core.Cases;
using Xinfang.Core.Common;

namespace Xinfang.Core.Intake;

/// <summary>The fields a handed-over matter has (the keys of a column mapping and of <see cref="Features.IntakeRequest"/>).</summary>
public static class IntakeFields
{
    public const string ExternalId = "externalId";
    public const string ReceivedAt = "receivedAt";
    public const string Name = "name";
    public const string Phone = "phone";
    public const string IdNumber = "idNumber";
    public const string Address = "address";
    public const string Subject = "subject";
    public const string Text = "text";
    public const string Category = "category";
    public const string Township = "township";
    public const string Village = "village";
    public const string Form = "form";
    public const string StatutoryClass = "statutoryClass";
    public const string PeopleCount = "peopleCount";

    public static readonly IReadOnlyList<string> All =
        [ExternalId, ReceivedAt, Name, Phone, IdNumber, Address, Subject, Text, Category, Township, Village, Form, StatutoryClass, PeopleCount];

    public static string Chinese(string field) => field switch
    {
        ExternalId => "渠道事项编号",
        ReceivedAt => "收到时间",
        Name => "姓名",
        Phone => "联系电话",
        IdNumber => "身份证号",
        Address => "地址",
        Subject => "标题",
        Text => "内容",
        Category => "问题分类",
        Township => "乡镇（街道）",
        Village => "村（社区）",
        Form => "诉求类别",
        StatutoryClass => "法定分类",
        PeopleCount => "人数",
        _ => field,
    };
}

/// <summary>How one channel's export names its columns: for each field, the headings that may carry it (the first one a
/// file has is used). Kept as data and edited by the administrator; <see cref="Defaults"/> when none is stored.</summary>
public sealed record IntakeMapping(string Name, Channel Channel, IReadOnlyDictionary<string, IReadOnlyList<string>> Columns)
{
    private static readonly Dictionary<string, string[]> Common = new()
    {
        [IntakeFields.ExternalId] = ["编号", "工单编号", "事项编号", "信件编号", "留言编号", "信访件编号", "帖子编号", "ID", "id"],
        [IntakeFields.ReceivedAt] = ["收到时间", "受理时间", "来电时间", "来信时间", "留言时间", "登记时间", "发帖时间", "时间", "日期"],
        [IntakeFields.Name] = ["姓名", "来电人", "写信人", "留言人", "留言用户", "信访人", "联系人", "发帖人"],
        [IntakeFields.Phone] = ["联系电话", "来电号码", "电话", "手机", "手机号码"],
        [IntakeFields.IdNumber] = ["身份证号", "身份证号码", "证件号码"],
        [IntakeFields.Address] = ["地址", "住址", "联系地址"],
        [IntakeFields.Subject] = ["标题", "主题", "信件标题", "留言主题", "留言标题", "诉求标题", "帖子标题"],
        [IntakeFields.Text] = ["内容", "诉求内容", "来电内容", "信件内容", "留言详情", "留言内容", "信访内容", "帖子内容"],
        [IntakeFields.Category] = ["问题分类", "分类", "诉求分类", "一级分类", "类别"],
        [IntakeFields.Township] = ["乡镇（街道）", "乡镇", "街道", "所属乡镇", "发生地"],
        [IntakeFields.Village] = ["村（社区）", "村", "社区"],
        [IntakeFields.Form] = ["诉求类别", "诉求类型", "信件类型", "形式"],
        [IntakeFields.StatutoryClass] = ["法定分类", "信访事项类别"],
        [IntakeFields.PeopleCount] = ["人数", "来访人数"],
    };

    /// <summary>The default mapping of a channel: the common headings of the seed's channels (12345 work orders, the
    /// provincial system, the leaders' mailboxes, the message boards), named after the channel.</summary>
    public static IntakeMapping Default(Channel channel) => new(KebabCase.Of(channel), channel,
        Common.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value));

    public static IReadOnlyList<IntakeMapping> Defaults { get; } =
        [.. Enum.GetValues<Channel>().Where(c => c is not (Channel.Letter or Channel.Visit or Channel.VideoVisit or Channel.Portal)).Select(Default)];

    /// <summary>For each field, the heading of <paramref name="headings"/> that carries it, if any.</summary>
    public IReadOnlyDictionary<string, string> Match(IReadOnlyCollection<string> headings)
    {
        // A heading that repeats (or is blank) counts once: the first column of that name is read.
        var trimmed = headings.GroupBy(h => h.Trim()).ToDictionary(g => g.Key, g => g.First());
        var matched = new Dictionary<string, string>();
        foreach (var (field, candidates) in Columns)
        {
            if (candidates.FirstOrDefault(trimmed.ContainsKey) is { } heading)
            {
                matched[field] = trimmed[heading];
            }
        }

        return matched;
    }
}
