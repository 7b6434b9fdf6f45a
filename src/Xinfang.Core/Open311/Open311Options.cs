namespace Xinfang.Core.Open311;

/// <summary>The Open311 endpoint's settings (<c>Open311</c> section). One district is one jurisdiction: its
/// administrative division code by default; a request naming another jurisdiction is answered 404.</summary>
public sealed class Open311Options
{
    public string JurisdictionId { get; set; } = "510411";

    /// <summary>Who answers questions about the endpoint (discovery's <c>contact</c>).</summary>
    public string? Contact { get; set; }
}
