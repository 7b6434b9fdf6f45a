using Xinfang.Core.Calendar;
namespace Xinfang.Core.Cases;

/// <summary>Chinese names of the case vocabulary, for the UI, documents and messages.</summary>
public static class CaseNames
{
    public static string Of(Channel channel) => channel switch
    {
        Channel.Letter => "来信",
        Channel.Visit => "来访",
        Channel.VideoVisit => "视频接访",
        Channel.Hotline96097 => "来电（96097）",
        Channel.ProvincialOnline => "四川省网上信访信息系统",
        Channel.Hotline12345 => "12345热线交办",
        Channel.MayorMailbox => "市长信箱",
        Channel.SecretaryMailbox => "区委书记信箱",
        Channel.DistrictHeadMailbox => "区长信箱",
        Channel.PeoplesDailyBoard => "人民网地方领导留言板",
        Channel.WenzhengSichuan => "问政四川",
        Channel.MalaCommunity => "麻辣社区“群众呼声”",
        Channel.WebsiteOrApp => "网站/微信/微博/APP",
        Channel.HigherAssigned => "上级交办、领导批示",
        Channel.Portal => "群众门户",
        _ => channel.ToString(),
    };

    public static string Of(CaseForm form) => form switch
    {
        CaseForm.Complaint => "投诉",
        CaseForm.Report => "举报",
        CaseForm.Suggestion => "建议",
        CaseForm.Consultation => "咨询",
        CaseForm.Help => "求助",
        CaseForm.Opinion => "意见",
        _ => form.ToString(),
    };

    public static string Of(StatutoryClass value) => value switch
    {
        StatutoryClass.SuggestionOpinion => "建议意见类",
        StatutoryClass.Accusation => "检举控告类",
        StatutoryClass.ClaimRequest => "申诉求决类",
        _ => value.ToString(),
    };

    public static string Of(CaseForm? form) => form is { } value ? Of(value) : "待补录";

    public static string Of(StatutoryClass? value) => value is { } known ? Of(known) : "待补录";

    /// <summary>The gaps as a registrar reads them, e.g. "问题分类、事项类别".</summary>
    public static string Of(IntakeGaps gaps) => string.Join("、", GapNames(gaps).Select(g => g.Chinese));

    /// <summary>Each gap with its field name in requests and views.</summary>
    public static IEnumerable<(string Field, string Chinese)> GapNames(IntakeGaps gaps)
    {
        if (gaps.HasFlag(IntakeGaps.Category)) yield return ("categoryId", "问题分类");
        if (gaps.HasFlag(IntakeGaps.Place)) yield return ("regionId", "发生地（乡镇街道）");
        if (gaps.HasFlag(IntakeGaps.Form)) yield return ("form", "诉求形式");
        if (gaps.HasFlag(IntakeGaps.StatutoryClass)) yield return ("statutoryClass", "事项类别");
    }

    public static string Of(CaseStatus status) => status switch
    {
        CaseStatus.Registered => "已登记",
        CaseStatus.Dispatched => "待签收",
        CaseStatus.AwaitingAcceptance => "待受理",
        CaseStatus.InProgress => "办理中",
        CaseStatus.ResultReported => "待审核",
        CaseStatus.Replied => "已答复",
        CaseStatus.CalledBack => "已回访",
        CaseStatus.Closed => "办结",
        CaseStatus.NotAccepted => "不予受理",
        CaseStatus.Merged => "已并案",
        CaseStatus.InReview => "复查中",
        CaseStatus.Reviewed => "已复查",
        CaseStatus.InReReview => "复核中",
        CaseStatus.Final => "终结",
        _ => status.ToString(),
    };

    public static string Of(Satisfaction value) => value switch
    {
        Satisfaction.Satisfied => "满意",
        Satisfaction.FairlySatisfied => "基本满意",
        Satisfaction.Unsatisfied => "不满意",
        _ => value.ToString(),
    };

    public static string Of(Disposal value) => value switch
    {
        Disposal.HandleItself => "自办",
        Disposal.Forward => "转送",
        Disposal.Assign => "交办",
        _ => value.ToString(),
    };

    public static string Of(SkipLevel value) => value switch
    {
        SkipLevel.None => "无",
        SkipLevel.ToCity => "到市",
        SkipLevel.ToProvince => "赴省",
        SkipLevel.ToBeijing => "进京",
        _ => value.ToString(),
    };
}
