using Xinfang.Core.Cases;

namespace Xinfang.UnitTests.Cases;

/// <summary>The reply check reads a written reply as a reviewing officer would: does it answer the request, state facts,
/// basis and decision, tell the review right with its 30 days, and leave out other people's numbers.</summary>
public sealed class ReplyCheckTests
{
    private const string Subject = "物业费收取不合理";
    private const string Content = "小区物业公司擅自上调物业费，未经业主大会同意，请求相关部门核查。";
    private static readonly HashSet<string> Own = ["13812345678"];

    private const string Complete =
        "您反映的小区物业公司擅自上调物业费问题收悉。经核查，该物业公司未经业主大会表决即上调收费标准，情况属实。"
        + "根据《物业管理条例》第七条、第十一条，调整物业服务收费须经业主大会决定。处理意见：已责令物业公司停止执行新标准，多收费用予以退还。"
        + "如对本答复意见不服，可自收到本意见之日起30日内向区人民政府请求复查。";

    private static ReplyCheckResult Check(string reply, CaseAction step = CaseAction.Reply) => ReplyCheck.Check(reply, Subject, Content, step, Own);

    private static bool Met(ReplyCheckResult r, string key) => r.Items.Single(i => i.Key == key).Met;

    [Fact]
    public void AReplyWithEveryElement_IsComplete()
    {
        var result = Check(Complete);
        Assert.True(result.Complete, string.Join("; ", result.Items.Where(i => !i.Met).Select(i => i.Hint)));
        Assert.Equal(["answers", "facts", "basis", "decision", "reviewRight"], result.Items.Select(i => i.Key));
    }

    [Fact]
    public void EachMissingElement_IsNamed()
    {
        Assert.False(Met(Check(Complete.Replace("根据《物业管理条例》第七条、第十一条，", "", StringComparison.Ordinal)), "basis"));
        Assert.False(Met(Check(Complete.Replace("经核查，", "", StringComparison.Ordinal).Replace("情况属实", "", StringComparison.Ordinal)), "facts"));

        var noPeriod = Check(Complete.Replace("自收到本意见之日起30日内", "", StringComparison.Ordinal));
        var review = noPeriod.Items.Single(i => i.Key == "reviewRight");
        Assert.False(review.Met);
        Assert.Contains("缺少 30 日期限", review.Hint, StringComparison.Ordinal);
        Assert.True(Met(Check(Complete.Replace("30日", "三十日", StringComparison.Ordinal)), "reviewRight"));
    }

    [Fact]
    public void AReplyAboutSomethingElse_DoesNotAnswerTheRequest()
    {
        var result = Check("经核查，根据有关规定，决定对道路进行修缮。如不服，可于30日内请求复查。");
        var answers = result.Items.Single(i => i.Key == "answers");
        Assert.False(answers.Met);
        Assert.Contains("物业", answers.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherPeoplesNumbers_AreFlaggedMasked_ThePetitionersOwnAreNot()
    {
        var result = Check(Complete + "请联系13812345678（本人）或物业经理13998765432，身份证510411196001011234。");
        Assert.Equal(["139****5432", "510411********1234"], result.OtherPersonalData);
        Assert.False(result.Complete);
    }

    [Fact]
    public void TheReReviewOpinion_IsFinal_AndNamesNoFurtherReview()
    {
        var result = Check(Complete.Replace("如对本答复意见不服，可自收到本意见之日起30日内向区人民政府请求复查。", "本复核意见为终结意见。", StringComparison.Ordinal),
            CaseAction.AnswerReReview);
        Assert.DoesNotContain(result.Items, i => i.Key == "reviewRight");
        Assert.True(result.Complete);
        Assert.Equal("复核", Check(Complete, CaseAction.AnswerReview).Items.Single(i => i.Key == "reviewRight").Name[2..4]);
    }
}
