using Microsoft.Extensions.Configuration;

namespace Xinfang.Core.Portal;

/// <summary>The portal's anti-abuse limits (<c>Portal</c> section). Counts run over the last 24 hours and are kept in
/// the database, so every instance applies the same ones; the per-minute request limit is the web server's.</summary>
public sealed record PortalSettings
{
    public int CodeValidMinutes { get; init; } = 10;
    public int CodeResendSeconds { get; init; } = 60;
    public int CodeMaxTries { get; init; } = 5;
    public int CodesPerPhonePerDay { get; init; } = 5;
    public int CodesPerAddressPerDay { get; init; } = 20;
    public int SubmissionsPerPhonePerDay { get; init; } = 3;
    public int SubmissionsPerAddressPerDay { get; init; } = 10;
    public int RequestsPerMinute { get; init; } = 60;
    public int MaxFiles { get; init; } = 5;
    public int MaxFileMegabytes { get; init; } = 5;
    public int MaxContentLength { get; init; } = 5000;

    public static PortalSettings From(IConfiguration configuration) => configuration.GetSection("Portal").Get<PortalSettings>() ?? new PortalSettings();
}
