using Microsoft.Extensions.Configuration;

namespace Xinfang.Core.Hotline;

/// <summary>How the exchange's records are read (<c>Hotline</c> section): the numbers and dial-plan contexts of inbound
/// hotline calls (other rows of Master.csv — internal and outbound calls — are skipped), the offset of the times the
/// exchange writes (Asterisk writes local time unless <c>usegmtime</c>), and the roster's shifts.</summary>
public sealed record HotlineSettings
{
    public IReadOnlyList<string> Numbers { get; init; } = ["96097"];
    public IReadOnlyList<string> InboundContexts { get; init; } = ["from-pstn", "from-trunk", "hotline"];
    public TimeSpan CdrOffset { get; init; } = TimeSpan.FromHours(8);
    public HotlineShifts Shifts { get; init; } = HotlineShifts.Default;

    public static HotlineSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Hotline");
        var settings = new HotlineSettings();
        if (section.GetSection("Numbers").Get<string[]>() is { Length: > 0 } numbers)
        {
            settings = settings with { Numbers = numbers };
        }

        if (section.GetSection("InboundContexts").Get<string[]>() is { Length: > 0 } contexts)
        {
            settings = settings with { InboundContexts = contexts };
        }

        if (section["CdrOffsetHours"] is { Length: > 0 } hours)
        {
            settings = settings with { CdrOffset = TimeSpan.FromHours(double.Parse(hours, System.Globalization.CultureInfo.InvariantCulture)) };
        }

        if (section.GetSection("Shifts").Get<HotlineShift[]>() is { Length: > 0 } shifts)
        {
            settings = settings with { Shifts = new HotlineShifts(shifts) };
        }

        return settings;
    }
}
