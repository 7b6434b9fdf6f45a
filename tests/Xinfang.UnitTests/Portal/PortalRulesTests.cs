using System.Security.Cryptography;
using Xinfang.Core.Cases;
using Xinfang.Core.Data;
using Xinfang.Core.Messages;
using Xinfang.Core.Messages.Features;
using Xinfang.Core.Notices;
using Xinfang.Core.Portal;
using Xinfang.Core.Portal.Features;

namespace Xinfang.UnitTests.Portal;

/// <summary>The rules behind the portal, the text messages and the notices that need no database.</summary>
public sealed class PortalRulesTests
{
    [Theory]
    [InlineData("13912345678", true)]
    [InlineData("139 1234 5678", true)]
    [InlineData("+8613912345678", true)]
    [InlineData("12912345678", false)]
    [InlineData("0812-3334444", false)]
    [InlineData("1391234567", false)]
    [InlineData(null, false)]
    public void OnlyAMobileNumber_ReceivesTextMessages(string? phone, bool mobile) => Assert.Equal(mobile, TextMessageWriter.IsMobile(phone));

    [Fact]
    public void MessageTemplate_MustKeepItsRequiredPlaceholders_AndUseOnlyItsOwn()
    {
        var code = MessageTemplateCatalog.Of(TextMessageKind.PhoneCode);
        Assert.Null(MessageTemplates.Problem(code, "验证码{验证码}"));
        Assert.Equal("message.placeholder_required", MessageTemplates.Problem(code, "您的验证码已发送")!.Code);
        Assert.Equal("message.unknown_placeholder", MessageTemplates.Problem(code, "{验证码}，查询码{查询码}")!.Code);
        Assert.Equal("message.text_required", MessageTemplates.Problem(code, "")!.Code);
        Assert.Equal("message.text_invalid", MessageTemplates.Problem(code, "{验证码}" + new string('字', 300))!.Code);
        Assert.All(MessageTemplateCatalog.All, e => Assert.Null(MessageTemplates.Problem(e, e.DefaultText)));
    }

    [Fact]
    public void Templates_FillKnownPlaceholders_AndLeaveOthersAsWritten() =>
        Assert.Equal("事项RH2026-000001已受理，{未知}", Xinfang.Core.Common.Placeholders.Fill("事项{编号}已受理，{未知}", new Dictionary<string, string> { ["编号"] = "RH2026-000001" }));

    [Fact]
    public void SmsEnvelope_ShowsTheNumberMasked_AndSealsNumberAndText()
    {
        var protector = new PersonalDataProtector(RandomNumberGenerator.GetBytes(32));
        var body = SmsEnvelope.Write(TextMessageKind.Registered, "RH2026-000001", "13912345678", "查询码ABCD2345", protector);
        Assert.DoesNotContain("13912345678", body, StringComparison.Ordinal);
        Assert.DoesNotContain("ABCD2345", body, StringComparison.Ordinal);
        var envelope = SmsEnvelope.Read(body);
        Assert.Equal(("Registered", "RH2026-000001", "139****5678"), (envelope.Kind, envelope.CaseNumber, envelope.To));
        Assert.Equal(new SmsContent("13912345678", "查询码ABCD2345"), envelope.Open(protector));
    }

    [Fact]
    public void QueryCodes_AvoidLookAlikes_AndDoNotRepeat()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => PortalSecrets.NewQueryCode()).ToList();
        Assert.All(codes, c => Assert.Matches("^[2-9A-HJKMNP-Z]{8}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(Enumerable.Range(0, 100).Select(_ => PortalSecrets.NewPhoneCode()), c => Assert.Matches("^\\d{6}$", c));
    }

    [Theory]
    [InlineData(CaseStatus.Registered, 0)]
    [InlineData(CaseStatus.Dispatched, 0)]
    [InlineData(CaseStatus.InProgress, 2)]
    [InlineData(CaseStatus.Replied, 3)]
    [InlineData(CaseStatus.Closed, 4)]
    public void EveryStatus_HasPlainWords_AndAStage(CaseStatus status, int stage)
    {
        var (words, at) = PortalWords.Of(status);
        Assert.Equal(stage, at);
        Assert.DoesNotMatch("[A-Za-z]", words);
    }

    [Fact]
    public void NoticeNumbers_FollowTheKindsSeries()
    {
        Assert.Equal("仁信受〔2026〕12号", NoticeCatalog.Number("仁信", NoticeKind.Acceptance, 2026, 12));
        Assert.Equal("仁信不受〔2027〕1号", NoticeCatalog.Number("仁信", NoticeKind.Refusal, 2027, 1));
        Assert.Equal(Enum.GetValues<NoticeKind>().Length, NoticeCatalog.All.Select(e => e.NumberWord).Distinct().Count());
        // Every default body uses only the placeholders its step fills in.
        Assert.All(NoticeCatalog.All, e => Assert.Empty(Xinfang.Core.Common.Placeholders.In(e.DefaultBody).Except(e.Placeholders)));
    }
}
