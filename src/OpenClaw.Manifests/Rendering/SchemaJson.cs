using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenClaw.Manifests.Rendering;

/// <summary>
/// How the JSON Schemas (the chart's values.schema.json, tenant.schema.json) are written: indented, LF, object keys
/// in ordinal order everywhere so that a schema change diffs minimally, string arrays sorted.
/// </summary>
internal static class SchemaJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(JsonObject schema) => Sorted(schema)!.ToJsonString(Options) + "\n";

    public static JsonArray Strings(IEnumerable<string> items) => new(items.Order(StringComparer.Ordinal).Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());

    /// <summary>Drops the keys whose value is null (optional keywords left unset).</summary>
    public static JsonObject Compact(JsonObject o)
    {
        foreach (var key in o.Where(p => p.Value is null).Select(p => p.Key).ToList()) o.Remove(key);
        return o;
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Sorted).ToArray()),
        _ => node?.DeepClone(),
    };
}
