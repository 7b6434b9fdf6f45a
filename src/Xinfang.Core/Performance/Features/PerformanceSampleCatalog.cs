using Xinfang.Core.Performance.Model;
using Xinfang.Core.Performance.Samples;

namespace Xinfang.Core.Performance.Features;

/// <summary>The built-in performance samples by name (the same names as the Finance samples).</summary>
public static class PerformanceSampleCatalog
{
    public static readonly IReadOnlyDictionary<string, Func<PerformanceYear>> Samples = new Dictionary<string, Func<PerformanceYear>>
    {
        [Renhe2022Performance.Id] = Renhe2022Performance.Create,
    };

    public static PerformanceYear? Find(string name) => Samples.TryGetValue(name, out var create) ? create() : null;
}
