using Xinfang.Core.Cases;

namespace Xinfang.Core.Intake;

/// <summary>An administrator's mapping, one JSON row per name.</summary>
public sealed class StoredIntakeMapping
{
    private StoredIntakeMapping() { }

    public StoredIntakeMapping(string name, Channel channel, string json, DateTimeOffset at)
    {
        Name = name;
        Replace(channel, json, at);
    }

    public string Name { get; private set; } = "";
    public Channel Channel { get; private set; }
    public string ColumnsJson { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    internal void Replace(Channel channel, string json, DateTimeOffset at)
    {
        Channel = channel;
        ColumnsJson = json;
        UpdatedAt = at;
    }
}
