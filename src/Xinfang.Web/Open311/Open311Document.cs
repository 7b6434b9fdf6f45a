using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;

namespace Xinfang.Web.Open311;

/// <summary>
/// One GeoReport v2 answer, built once as a JSON tree and written as JSON or as the standard's XML. The XML is the
/// tree under a root element, each list as a container whose items carry the element name the standard gives them
/// (the Spark convention, read backwards); JSON leaves the root out, and empty values are omitted.
/// </summary>
public sealed class Open311Document(string root, string? item, JsonNode body)
{
    /// <summary>The element name of each list's items, by the list's name.</summary>
    private static readonly Dictionary<string, string> ItemNames = new(StringComparer.Ordinal)
    {
        ["attributes"] = "attribute",
        ["values"] = "value",
        ["endpoints"] = "endpoint",
        ["formats"] = "format",
    };

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A list answer (<c>&lt;services&gt;&lt;service&gt;…</c>, or <c>[…]</c> in JSON).</summary>
    public static Open311Document List(string root, string item, IEnumerable<JsonObject> items) => new(root, item, new JsonArray([.. items]));

    /// <summary>A single-object answer (the service definition, discovery).</summary>
    public static Open311Document Object(string root, JsonObject body) => new(root, null, body);

    public IResult ToResult(string format, int status = StatusCodes.Status200OK) => format == "xml"
        ? Results.Text(Xml(), "text/xml; charset=utf-8", Encoding.UTF8, status)
        : Results.Text(body.ToJsonString(Json), "application/json; charset=utf-8", Encoding.UTF8, status);

    private string Xml()
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(new Utf8StringWriter(text), new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement(root);
            if (body is JsonArray list)
            {
                foreach (var child in list)
                {
                    Write(writer, item!, child);
                }
            }
            else
            {
                WriteMembers(writer, (JsonObject)body);
            }

            writer.WriteEndElement();
        }

        return text.ToString();
    }

    private static void Write(XmlWriter writer, string name, JsonNode? node)
    {
        if (node is null)
        {
            return;
        }

        writer.WriteStartElement(name);
        switch (node)
        {
            case JsonObject members:
                WriteMembers(writer, members);
                break;
            case JsonArray list:
                var itemName = ItemNames.GetValueOrDefault(name, "item");
                foreach (var child in list)
                {
                    Write(writer, itemName, child);
                }

                break;
            default:
                writer.WriteString(Scalar((JsonValue)node));
                break;
        }

        writer.WriteEndElement();
    }

    private static void WriteMembers(XmlWriter writer, JsonObject members)
    {
        foreach (var (name, value) in members)
        {
            Write(writer, name, value);
        }
    }

    private static string Scalar(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.ToJsonString(),
        _ => value.GetValue<string>(),
    };

    private sealed class Utf8StringWriter(StringBuilder text) : StringWriter(text, System.Globalization.CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
