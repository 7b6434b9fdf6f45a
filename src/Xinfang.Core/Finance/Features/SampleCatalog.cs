using Xinfang.Core.Finance.Model;
using Xinfang.Core.Finance.Samples;

namespace Xinfang.Core.Finance.Features;

/// <summary>The built-in samples by name.</summary>
public static class SampleCatalog
{
    public static readonly IReadOnlyDictionary<string, Func<FinalAccounts>> Samples = new Dictionary<string, Func<FinalAccounts>>
    {
        [Renhe2022Sample.Id] = Renhe2022Sample.Create,
    };

    public static FinalAccounts? Find(string name) => Samples.TryGetValue(name, out var create) ? create() : null;
}
