using System.Globalization;
using System.Text.RegularExpressions;

namespace Xinfang.Core.Hotline;

/// <summary>One line of an Asterisk <c>cdr-csv</c> file as its fields, in the standard order: accountcode, src, dst,
/// dcontext, clid, channel, dstchannel, lastapp, lastdata, start, answer, end, duration, billsec, disposition,
/// amaflags, uniqueid, userfield (more columns, as some configurations add, are ignored).</summary>
public sealed record CdrLine(int Line, IReadOnlyList<string> Fields);

/// <summary>A call as the CDR states it.</summary>
public sealed record CdrCall(string UniqueId, string? Caller, string Destination, string? Device, DateTimeOffset Start, DateTimeOffset? Answer,
    DateTimeOffset End, int TalkSeconds, CallDisposition Disposition, string? Recording, int? Survey);

public sealed record CdrProblem(string Column, string Message);

/// <summary>Reads one CDR line: a hotline call, a line to skip (not an inbound hotline call, or the header), or the
/// problems that make it unusable, each naming its column.</summary>
public static partial class CdrRows
{
    public const int StandardColumns = 18;

    public static readonly IReadOnlyList<string> Columns =
    [
        "accountcode", "src", "dst", "dcontext", "clid", "channel", "dstchannel", "lastapp", "lastdata", "start", "answer", "end", "duration",
        "billsec", "disposition", "amaflags", "uniqueid", "userfield",
    ];

    public static bool IsHeader(CdrLine line) => line.Fields.Count > 16 && line.Fields[9].Trim().Equals("start", StringComparison.OrdinalIgnoreCase);

    public static bool IsInbound(CdrLine line, HotlineSettings settings) => line.Fields.Count > 3
        && (settings.Numbers.Contains(line.Fields[2].Trim()) || settings.InboundContexts.Contains(line.Fields[3].Trim()));

    public static (CdrCall? Call, IReadOnlyList<CdrProblem> Problems) Parse(CdrLine line, HotlineSettings settings)
    {
        var f = line.Fields;
        if (f.Count < 17)
        {
            return (null, [new CdrProblem("uniqueid", $"只有{f.Count}列，话单应有{StandardColumns}列（Master.csv 标准格式，含 uniqueid）。")]);
        }

        var problems = new List<CdrProblem>();
        var uniqueId = f[16].Trim();
        if (uniqueId.Length is 0 or > 64)
        {
            problems.Add(new CdrProblem("uniqueid", "uniqueid 为空或超过64个字符。"));
        }

        var start = Time(f[9], settings);
        var answer = string.IsNullOrWhiteSpace(f[10]) ? null : Time(f[10], settings);
        var end = Time(f[11], settings);
        if (start is null) problems.Add(new CdrProblem("start", $"无法识别的开始时间“{f[9]}”（应为 yyyy-MM-dd HH:mm:ss）。"));
        if (!string.IsNullOrWhiteSpace(f[10]) && answer is null) problems.Add(new CdrProblem("answer", $"无法识别的应答时间“{f[10]}”。"));
        if (end is null) problems.Add(new CdrProblem("end", $"无法识别的结束时间“{f[11]}”。"));
        if (start is not null && end is not null && end < start) problems.Add(new CdrProblem("end", "结束时间早于开始时间。"));
        if (start is not null && answer is not null && (answer < start || (end is not null && answer > end)))
        {
            problems.Add(new CdrProblem("answer", "应答时间不在开始与结束之间。"));
        }

        if (!int.TryParse(f[13].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var billsec))
        {
            problems.Add(new CdrProblem("billsec", $"通话秒数“{f[13]}”不是非负整数。"));
        }

        var disposition = Disposition(f[14].AsSpan().Trim());
        if (disposition is null)
        {
            problems.Add(new CdrProblem("disposition", $"未知的 disposition“{f[14]}”（应为 ANSWERED、NO ANSWER、BUSY 或 FAILED）。"));
        }
        else if (disposition == CallDisposition.Answered && answer is null)
        {
            problems.Add(new CdrProblem("answer", "ANSWERED 的话单缺少应答时间。"));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var (recording, survey) = UserField(f.Count > 17 ? f[17] : "");
        return (new CdrCall(uniqueId, Caller(f[1]), f[2].Trim(), Device(f[6]), start!.Value,
            disposition == CallDisposition.Answered ? answer : null, end!.Value, disposition == CallDisposition.Answered ? billsec : 0,
            disposition!.Value, recording, survey), []);
    }

    /// <summary><c>SIP/8001-0000002a</c> → <c>SIP/8001</c>.</summary>
    public static string? Device(string dstchannel)
    {
        var text = dstchannel.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var dash = text.LastIndexOf('-');
        return dash > text.IndexOf('/', StringComparison.Ordinal) && dash > 0 ? text[..dash] : text;
    }

    /// <summary>The caller's number, or null when withheld.</summary>
    public static string? Caller(string src)
    {
        var text = src.Trim();
        return text.Length == 0 || text.Equals("anonymous", StringComparison.OrdinalIgnoreCase) || text.Equals("unknown", StringComparison.OrdinalIgnoreCase)
            || text.Length > 32
            ? null
            : text;
    }

    /// <summary><c>userfield</c> as <c>key=value</c> pairs (<c>rec=…;survey=5</c>), or a bare recording path.</summary>
    public static (string? Recording, int? Survey) UserField(string userfield)
    {
        var text = userfield.Trim();
        if (text.Length == 0)
        {
            return (null, null);
        }

        string? recording = null;
        int? survey = null;
        foreach (Match pair in Pair().Matches(text))
        {
            var key = pair.Groups[1].Value.ToLowerInvariant();
            var value = pair.Groups[2].Value.Trim();
            if (key is "rec" or "recording" or "record")
            {
                recording = value;
            }
            else if (key is "survey" or "score" or "satisfaction" && int.TryParse(value, CultureInfo.InvariantCulture, out var score) && score is >= 1 and <= 5)
            {
                survey = score;
            }
        }

        if (recording is null && survey is null && !text.Contains('=', StringComparison.Ordinal))
        {
            recording = text;
        }

        return (recording is { Length: > 300 } ? recording[..300] : recording, survey);
    }

    private static CallDisposition? Disposition(ReadOnlySpan<char> text) =>
        text.Equals("ANSWERED", StringComparison.OrdinalIgnoreCase) ? CallDisposition.Answered
        : text.Equals("NO ANSWER", StringComparison.OrdinalIgnoreCase) || text.Equals("NOANSWER", StringComparison.OrdinalIgnoreCase) ? CallDisposition.NoAnswer
        : text.Equals("BUSY", StringComparison.OrdinalIgnoreCase) ? CallDisposition.Busy
        : text.Equals("FAILED", StringComparison.OrdinalIgnoreCase) || text.Equals("CONGESTION", StringComparison.OrdinalIgnoreCase) ? CallDisposition.Failed
        : null;

    private static readonly string[] OtherTimeFormats = ["yyyy-MM-dd HH:mm:ss.fff", "yyyy/MM/dd HH:mm:ss"];

    // The usual format is tried alone first: parsing against a list of formats costs several times more, per field.
    private static DateTimeOffset? Time(string text, HotlineSettings settings)
    {
        var span = text.AsSpan().Trim();
        return (DateTime.TryParseExact(span, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
                || DateTime.TryParseExact(span, OtherTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out local))
            && local.Year is > 1990 and < 2200
            ? new DateTimeOffset(local, settings.CdrOffset)
            : null;
    }

    [GeneratedRegex(@"([A-Za-z]+)\s*=\s*([^;,|]*)")]
    private static partial Regex Pair();
}
