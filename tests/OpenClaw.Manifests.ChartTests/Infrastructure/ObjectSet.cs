using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DiffPlex.Renderer;
using k8s;
using k8s.Models;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenClaw.Manifests.ChartTests.Infrastructure;

/// <summary>
/// Kubernetes objects as parsed JSON trees keyed by kind/namespace/name, so two renderings compare as
/// objects, not as text. Both sides go through JSON: the renderer via KubernetesJson, Helm's output via
/// a YAML parser that keeps quoted scalars as strings (as the API server would read them).
/// </summary>
internal sealed class ObjectSet
{
    private ObjectSet(SortedDictionary<string, JsonNode> objects) => Objects = objects;

    public SortedDictionary<string, JsonNode> Objects { get; }

    public static ObjectSet FromRenderer(IEnumerable<IKubernetesObject<V1ObjectMeta>> objects)
    {
        var map = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var o in objects)
        {
            var node = JsonNode.Parse(KubernetesJson.Serialize(o))!;
            map.Add(Key(node), node);
        }
        return new ObjectSet(map);
    }

    public static ObjectSet FromYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var map = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var doc in stream.Documents)
        {
            if (doc.RootNode is YamlScalarNode { Value: null or "" }) continue;
            var node = ToJson(doc.RootNode)!;
            if (!map.TryAdd(Key(node), node)) throw new InvalidOperationException("object rendered twice: " + Key(node));
        }
        return new ObjectSet(map);
    }

    private static string Key(JsonNode o) => $"{o["kind"]}/{o["metadata"]?["namespace"]}/{o["metadata"]?["name"]}";

    /// <summary>A YAML node as JSON, plain scalars typed as the API server reads them, quoted ones kept as strings.</summary>
    public static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode m => new JsonObject(m.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, ToJson(p.Value)))),
        YamlSequenceNode s => new JsonArray(s.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain } p => Plain(p.Value ?? ""),
        YamlScalarNode q => JsonValue.Create(q.Value ?? ""),
        _ => throw new InvalidOperationException("unexpected YAML node"),
    };

    private static JsonNode? Plain(string s) => s switch
    {
        "" or "null" or "~" => null,
        "true" => JsonValue.Create(true),
        "false" => JsonValue.Create(false),
        _ when long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
        _ => JsonValue.Create(s),
    };

    /// <summary>Null when equal; else a readable report: missing/extra objects and a unified diff of each differing one.</summary>
    public static string? Compare(ObjectSet expected, ObjectSet actual, string expectedName, string actualName)
    {
        var sb = new StringBuilder();
        foreach (var key in expected.Objects.Keys.Except(actual.Objects.Keys)) sb.Append($"missing from {actualName}: {key}\n");
        foreach (var key in actual.Objects.Keys.Except(expected.Objects.Keys)) sb.Append($"only in {actualName}: {key}\n");
        foreach (var (key, e) in expected.Objects)
        {
            if (!actual.Objects.TryGetValue(key, out var a) || JsonNode.DeepEquals(Canonical(e), Canonical(a))) continue;
            sb.Append($"{key} differs:\n");
            sb.Append(UnidiffRenderer.GenerateUnidiff(Pretty(e), Pretty(a), expectedName, actualName, false, false, 3));
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, NewLine = "\n" };

    private static string Pretty(JsonNode node) => Canonical(node)!.ToJsonString(Indented) + "\n";

    /// <summary>A copy with every object's keys in ordinal order, so trees compare regardless of key order.</summary>
    public static JsonNode? Canonical(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Canonical(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Canonical).ToArray()),
        JsonValue v => JsonNode.Parse(v.ToJsonString()),
        _ => null,
    };
}
