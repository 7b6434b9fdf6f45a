using Xinfang.Core.Cases;
using Xinfang.Core.Intake;
using Xinfang.Core.Intake.Features;
using Xinfang.Core.Outbox;

namespace Xinfang.UnitTests.Intake;

public class IntakeRulesTests
{
    [Theory]
    [InlineData("2024-03-01 09:15", "2024-03-01T09:15:00+08:00")]
    [InlineData("2024/3/2 8:05", "2024-03-02T08:05:00+08:00")]
    [InlineData("2024-03-01T09:15:00", "2024-03-01T09:15:00+08:00")]
    [InlineData("2024-03-01T01:15:00Z", "2024-03-01T01:15:00+00:00")]
    [InlineData("2024-03-01T09:15:00+08:00", "2024-03-01T09:15:00+08:00")]
    [InlineData("2024年3月1日", "2024-03-01T00:00:00+08:00")]
    public void ParseTime_WithoutAnOffset_IsChinaTime(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ImportIntakeFile.ParseTime(text));
    }

    [Theory]
    [InlineData("2024-02-30 09:15")]
    [InlineData("昨天上午")]
    [InlineData("2024-13-01")]
    public void ParseTime_WhenNotADate_IsNull(string text) => Assert.Null(ImportIntakeFile.ParseTime(text));

    [Fact]
    public void Match_WhenAHeadingRepeatsOrIsBlank_TakesTheFirstAndDoesNotThrow()
    {
        var matched = IntakeMapping.Default(Channel.Hotline12345).Match(["工单编号", " 工单编号", "", "", "诉求内容", "备注"]);
        Assert.Equal("工单编号", matched[IntakeFields.ExternalId]);
        Assert.Equal("诉求内容", matched[IntakeFields.Text]);
        Assert.False(matched.ContainsKey(IntakeFields.Phone));
    }

    [Fact]
    public void ToRequest_NamesEveryUnreadableCellWithItsLine()
    {
        var row = new IntakeFileRow(7, new Dictionary<string, string?>
        {
            ["工单编号"] = "GD-7", ["来电时间"] = "2024-02-30", ["诉求内容"] = "路灯坏了", ["诉求类别"] = "抱怨", ["人数"] = "很多",
        });
        var matched = IntakeMapping.Default(Channel.Hotline12345).Match([.. row.Cells.Keys]);
        var (request, errors) = ImportIntakeFile.ToRequest(row, matched);
        Assert.Equal(("GD-7", "路灯坏了"), (request.ExternalId, request.Text));
        // A form in the file's own words is no error: it is handed on as said, for 补录.
        Assert.Equal("抱怨", request.Form);
        Assert.Equal([IntakeFields.ReceivedAt, IntakeFields.PeopleCount], errors.Select(e => e.Field));
        Assert.All(errors, e => Assert.StartsWith("第7行", e.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("投诉", CaseForm.Complaint)]
    [InlineData("complaint", CaseForm.Complaint)]
    [InlineData("Help", CaseForm.Help)]
    [InlineData("1", null)]
    [InlineData("-1", null)]
    [InlineData("抱怨", null)]
    [InlineData("Complaint, Report", null)]
    public void Form_IsReadFromChineseOrThePlatformsNames_NeverFromNumbers(string text, CaseForm? expected) =>
        Assert.Equal(expected, IntakeValues.ParseForm(text));

    [Theory]
    [InlineData(CaseAction.Accept, CaseStatus.AwaitingAcceptance, CaseStatus.InProgress, true)]
    [InlineData(CaseAction.ApproveResult, CaseStatus.ResultReported, CaseStatus.Replied, true)]
    [InlineData(CaseAction.Callback, CaseStatus.Replied, CaseStatus.Closed, true)]
    [InlineData(CaseAction.Dispatch, CaseStatus.Registered, CaseStatus.Dispatched, false)]
    [InlineData(CaseAction.Urge, CaseStatus.InProgress, CaseStatus.InProgress, false)]
    [InlineData(CaseAction.Sign, CaseStatus.Dispatched, CaseStatus.AwaitingAcceptance, false)]
    public void Reports_TheStepsAChannelIsToldOf(CaseAction action, CaseStatus before, CaseStatus after, bool told) =>
        Assert.Equal(told, CaseStatusMessages.Reports(action, before, after));

    [Fact]
    public void Signature_VerifiesOnlyTheSameSecretTimeAndBody()
    {
        var signature = OutboxSignature.Sign("secret", 1796630400, "{\"a\":1}");
        Assert.StartsWith("sha256=", signature, StringComparison.Ordinal);
        Assert.True(OutboxSignature.Verify("secret", 1796630400, "{\"a\":1}", signature));
        Assert.False(OutboxSignature.Verify("other", 1796630400, "{\"a\":1}", signature));
        Assert.False(OutboxSignature.Verify("secret", 1796630401, "{\"a\":1}", signature));
        Assert.False(OutboxSignature.Verify("secret", 1796630400, "{\"a\":2}", signature));
        Assert.False(OutboxSignature.Verify("secret", 1796630400, "{\"a\":1}", null));
    }

    [Fact]
    public void ApiKey_IsFoundByItsPrefixAndCheckedByItsHash()
    {
        var key = ApiKey.New();
        Assert.Equal(key.Prefix, ApiKey.PrefixOf(key.Value));
        Assert.True(ApiKey.Matches(key.Value, key.Hash));
        Assert.False(ApiKey.Matches(key.Value[..^1] + (key.Value[^1] == 'a' ? 'b' : 'a'), key.Hash));
        Assert.Null(ApiKey.PrefixOf("Bearer abc"));
        Assert.NotEqual(key.Value, ApiKey.New().Value);
    }
}
