using System.Text;
using Xinfang.Core.Hotline;
using Xinfang.Documents.Hotline;

namespace Xinfang.UnitTests.Hotline;

/// <summary>Reading the exchange's Master.csv: Asterisk's quoting, devices, withheld numbers, the user field, and the
/// problems that make a line unusable, each naming its column.</summary>
public sealed class CdrRowsTests
{
    private static readonly HotlineSettings Settings = new();

    private static CdrLine Read(string text) => Assert.Single(CdrFileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text))));

    [Fact]
    public void AnAsteriskLine_WithQuotesInTheCallerId_IsReadField_ByField()
    {
        var line = Read("\"\",\"13800001111\",\"96097\",\"from-pstn\",\"\"\"Zhang, San\"\" <13800001111>\",\"SIP/trunk-00000001\",\"SIP/8003-0000002a\",\"Dial\",\"SIP/8003,30\","
            + "\"2026-03-02 23:58:00\",\"2026-03-02 23:58:07\",\"2026-03-03 00:03:07\",307,300,\"ANSWERED\",\"DOCUMENTATION\",\"1772463480.17\",\"rec=/mon/17.wav;survey=4\"");
        Assert.Equal(18, line.Fields.Count);
        Assert.Equal("\"Zhang, San\" <13800001111>", line.Fields[4]);
        var (call, problems) = CdrRows.Parse(line, Settings);
        Assert.Empty(problems);
        Assert.Equal(("1772463480.17", "13800001111", "SIP/8003", 300, CallDisposition.Answered, "/mon/17.wav", 4),
            (call!.UniqueId, call.Caller, call.Device, call.TalkSeconds, call.Disposition, call.Recording, call.Survey));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 23, 58, 0, TimeSpan.FromHours(8)), call.Start);
        Assert.Equal(TimeSpan.FromSeconds(7), call.Answer - call.Start);
        Assert.True(CdrRows.IsInbound(line, Settings));
    }

    [Theory]
    [InlineData("SIP/8001-0000002a", "SIP/8001")]
    [InlineData("PJSIP/seat-3-00000011", "PJSIP/seat-3")]
    [InlineData("SIP/8001", "SIP/8001")]
    [InlineData("", null)]
    public void TheDevice_IsTheChannelWithoutItsSequence(string dstchannel, string? device) => Assert.Equal(device, CdrRows.Device(dstchannel));

    [Theory]
    [InlineData("anonymous", null)]
    [InlineData("Unknown", null)]
    [InlineData("", null)]
    [InlineData(" 08123334444 ", "08123334444")]
    public void AWithheldNumber_IsNoNumber(string src, string? caller) => Assert.Equal(caller, CdrRows.Caller(src));

    [Theory]
    [InlineData("/var/spool/asterisk/monitor/1.wav", "/var/spool/asterisk/monitor/1.wav", null)]
    [InlineData("survey=5", null, 5)]
    [InlineData("survey=9", null, null)]
    [InlineData("recording=a.mp3|score=2", "a.mp3", 2)]
    [InlineData("vip=1", null, null)]
    public void TheUserField_CarriesTheRecordingAndTheSurvey(string userfield, string? recording, int? survey) =>
        Assert.Equal((recording, survey), CdrRows.UserField(userfield));

    [Fact]
    public void AnUnusableLine_NamesEveryColumnAtFault()
    {
        var line = new CdrLine(7, ["", "138", "96097", "from-pstn", "", "", "", "", "", "2026-02-30 10:00:00", "yesterday", "2026-03-02 10:00:00", "1", "-5",
            "ON HOLD", "DOCUMENTATION", "", ""]);
        var (call, problems) = CdrRows.Parse(line, Settings);
        Assert.Null(call);
        Assert.Equal(["answer", "billsec", "disposition", "start", "uniqueid"], problems.Select(p => p.Column).Order());
        Assert.Equal("uniqueid", Assert.Single(CdrRows.Parse(new CdrLine(1, ["", "138", "96097"]), Settings).Problems).Column);
        Assert.Equal("answer", Assert.Single(CdrRows.Parse(new CdrLine(1, ["", "138", "96097", "from-pstn", "", "", "", "", "", "2026-03-02 10:00:00", "",
            "2026-03-02 10:01:00", "60", "60", "ANSWERED", "", "1.1", ""]), Settings).Problems).Column);
    }

    [Fact]
    public void InternalAndOutboundCalls_AreNotHotlineCalls()
    {
        Assert.False(CdrRows.IsInbound(new CdrLine(1, ["", "8001", "8002", "from-internal"]), Settings));
        Assert.True(CdrRows.IsInbound(new CdrLine(1, ["", "13800001111", "s", "from-trunk"]), Settings));
        Assert.True(CdrRows.IsHeader(new CdrLine(1, [.. CdrRows.Columns])));
    }
}
