using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenClaw.Manifests.Rendering;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenClaw.Manifests.Generation.Chart.Templates;

/// <summary>
/// Reads back a string the renderer wrote with <see cref="PodTemplateText"/> (the pod template): block YAML whose
/// every scalar is JSON. Accepted only when writing the result again gives the very same text, so nothing the
/// chart rebuilds from it can differ from what the renderer printed.
/// </summary>
internal static class EmbeddedYaml
{
    /// <summary>The named template that prints the pod template in the chart.</summary>
    public const string PodTemplateHelper = "openclaw.podTemplate";

    public static JsonNode? TryRead(string text)
    {
        var stream = new YamlStream();
        try { stream.Load(new StringReader(text)); }
        catch (YamlException) { return null; }
        if (stream.Documents.Count != 1 || Node(stream.Documents[0].RootNode) is not JsonObject root) return null;
        using var doc = JsonDocument.Parse(root.ToJsonString());
        return PodTemplateText.Write(doc.RootElement) == text ? root : null;
    }

    private static JsonNode? Node(YamlNode node) => node switch
    {
        YamlMappingNode m => new JsonObject(m.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Node(c.Value)))),
        YamlSequenceNode s => new JsonArray(s.Children.Select(Node).ToArray()),
        // Strings are double-quoted (JSON); plain scalars are the numbers and booleans.
        YamlScalarNode { Style: ScalarStyle.DoubleQuoted } q => JsonValue.Create(q.Value),
        YamlScalarNode { Value: "true" } => JsonValue.Create(true),
        YamlScalarNode { Value: "false" } => JsonValue.Create(false),
        YamlScalarNode p when long.TryParse(p.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
        _ => throw new InvalidOperationException($"unexpected YAML in an embedded template: {node}"),
    };
}
