using System.Text.Json.Nodes;

namespace OpenClaw.Manifests.Generation.Chart;

/// <summary>Nested values (a JSON tree) built from dotted paths, in the order the paths are set.</summary>
internal static class ValueTree
{
    /// <summary>Sets <paramref name="value"/> at <paramref name="path"/>, creating parent mappings.</summary>
    public static void Set(JsonObject root, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var node = root;
        foreach (var part in parts[..^1])
        {
            if (node[part] is not JsonObject child)
            {
                child = new JsonObject();
                node[part] = child;
            }
            node = child;
        }
        node[parts[^1]] = value;
    }

    /// <summary>The value at <paramref name="path"/>, or null when any part is missing.</summary>
    public static JsonNode? Get(JsonObject root, string path)
    {
        JsonNode? node = root;
        foreach (var part in path.Split('.'))
            node = node is JsonObject o && o.TryGetPropertyValue(part, out var child) ? child : null;
        return node;
    }

    /// <summary>The chart's defaults: the content of values.yaml.</summary>
    public static JsonObject Defaults()
    {
        var root = new JsonObject();
        foreach (var v in ValueCatalog.All)
        {
            if (v.Kind is ValueKind.Group or ValueKind.Image) Set(root, v.Path, new JsonObject());
            else Set(root, v.Path, v.Default?.DeepClone());
        }
        return root;
    }
}
