using System.Text.Json;
using System.Text.Json.Serialization;
using Xinfang.Core.Performance.Model;

namespace Xinfang.Core.Performance.Features;

/// <summary>A performance year as JSON, for storage (camelCase, enums as strings).</summary>
public static class PerformanceYearJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Write(PerformanceYear year) => JsonSerializer.Serialize(year, Options);

    public static PerformanceYear Read(string json) =>
        JsonSerializer.Deserialize<PerformanceYear>(json, Options) ?? throw new InvalidDataException("Empty performance year.");
}
